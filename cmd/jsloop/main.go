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
	"github.com/dop251/goja"
	"os"
	"runtime/pprof"

	"github.com/jsloop/jsloop/internal/gctune"
)

func main() {
	gctune.Start()
	// JSLOOP_JSPROFILE=file writes goja's profile of the JavaScript functions
	// that ran (pprof format, sampled every 10 ms).
	if path := os.Getenv("JSLOOP_JSPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil && goja.StartProfile(f) == nil {
			code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
			goja.StopProfile()
			f.Close()
			os.Exit(code)
		}
	}
	// JSLOOP_CPUPROFILE=file writes a CPU profile of the run (for bench/).
	if path := os.Getenv("JSLOOP_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
