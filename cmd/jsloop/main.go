// Command jsloop runs JavaScript files the way `node` does, on the jsloop
// event loop:
//
//	jsloop [options] [FILE | -] [ARGS...]
//
// Options: -e/--eval CODE, -p/--print CODE, --virtual-time, --version,
// --help. With no FILE and a piped stdin, the script is read from stdin.
// Exit codes: 0; 1 for an uncaught exception; 2 for a usage error; n for
// process.exit(n) or process.exitCode = n; 130 on SIGINT.
package main

import (
	"io"
	"os"
	"runtime/pprof"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/internal/gctune"
)

func main() {
	gctune.Start()
	// JSLOOP_CPUPROFILE=file writes a Go CPU profile of the run (for bench/);
	// JSLOOP_JSPROFILE=file goja's profile of the JavaScript functions that
	// ran (pprof format, sampled every 10 ms).
	stopCPU := profile("JSLOOP_CPUPROFILE", pprof.StartCPUProfile, pprof.StopCPUProfile)
	stopJS := profile("JSLOOP_JSPROFILE", goja.StartProfile, goja.StopProfile)
	code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stopJS()
	stopCPU()
	os.Exit(code)
}

// profile starts a profile into the file the environment variable names,
// if any, and returns what ends it.
func profile(env string, start func(io.Writer) error, stop func()) func() {
	path := os.Getenv(env)
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		return func() {}
	}
	if start(f) != nil {
		f.Close()
		return func() {}
	}
	return func() {
		stop()
		f.Close()
	}
}
