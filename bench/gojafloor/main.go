// Command gojafloor runs a JavaScript file on a bare goja.Runtime with no
// event loop: the "goja floor" for the promise/microtask workloads
// (microtask_1m, promise_chain_1m, await_1m). RunProgram drains goja's
// promise job queue before it returns, so a pure microtask workload runs to
// completion without any loop. What jsloop spends beyond this floor is the
// cost of its loop/microtask machinery.
//
//	go run ./bench/gojafloor FILE.js
//
// Globals added: console.log/info/debug (stdout), console.warn/error (stderr),
// and queueMicrotask(cb) polyfilled as Promise.resolve().then(cb). There are no
// timers; a workload that uses them fails with a ReferenceError.
//
// Set GOJAFLOOR_CPUPROFILE=file to write a Go CPU profile of the run.
package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime/pprof"
	"strings"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/internal/gctune"
)

func main() {
	gctune.Start() // the CLI's GC policy: the floor differs from jsloop only by the loop
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gojafloor FILE.js")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	prog, err := goja.Compile(path, string(src), false)
	if err != nil {
		return err
	}

	if pf := os.Getenv("GOJAFLOOR_CPUPROFILE"); pf != "" {
		f, err := os.Create(pf)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	vm := goja.New()
	logTo := func(w *bufio.Writer, flush bool) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			parts := make([]string, len(call.Arguments))
			for i, a := range call.Arguments {
				parts[i] = a.String()
			}
			w.WriteString(strings.Join(parts, " "))
			w.WriteByte('\n')
			if flush {
				w.Flush()
			}
			return goja.Undefined()
		}
	}
	errw := bufio.NewWriter(os.Stderr)
	defer errw.Flush()
	con := vm.NewObject()
	con.Set("log", logTo(out, false))
	con.Set("info", logTo(out, false))
	con.Set("debug", logTo(out, false))
	con.Set("warn", logTo(errw, true))
	con.Set("error", logTo(errw, true))
	vm.Set("console", con)
	if _, err := vm.RunString(`globalThis.queueMicrotask = function queueMicrotask(cb) { Promise.resolve().then(cb); };`); err != nil {
		return err
	}
	_, err = vm.RunProgram(prog)
	return err
}
