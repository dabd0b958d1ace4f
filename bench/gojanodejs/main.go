// Command gojanodejs runs a JavaScript file on goja_nodejs's event loop
// (github.com/dop251/goja_nodejs/eventloop) so that bench/run.sh can measure
// goja_nodejs in the same run as jsloop and node.
//
//	go run ./bench/gojanodejs FILE.js
//
// The loop provides setTimeout/setInterval/setImmediate (and their clear*
// counterparts), require() and console. console.log writes the formatted line
// to stdout without the log-package timestamp goja_nodejs uses by default, so
// the last stdout line of a workload can be parsed as JSON. There is no
// `process`, `performance` or `queueMicrotask` global.
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/console"
	"github.com/dop251/goja_nodejs/eventloop"
	"github.com/dop251/goja_nodejs/require"
)

type printer struct{ out, err *bufio.Writer }

func (p printer) Log(s string)   { p.out.WriteString(s); p.out.WriteByte('\n') }
func (p printer) Warn(s string)  { p.err.WriteString(s); p.err.WriteByte('\n'); p.err.Flush() }
func (p printer) Error(s string) { p.Warn(s) }

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gojanodejs FILE.js")
		os.Exit(2)
	}
	path := os.Args[1]
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	prog, err := goja.Compile(path, string(src), false)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	out := bufio.NewWriter(os.Stdout)
	errw := bufio.NewWriter(os.Stderr)
	reg := require.NewRegistry()
	reg.RegisterNativeModule(console.ModuleName, console.RequireWithPrinter(printer{out, errw}))
	loop := eventloop.NewEventLoop(eventloop.WithRegistry(reg))

	var runErr error
	loop.Run(func(vm *goja.Runtime) {
		_, runErr = vm.RunProgram(prog)
	})
	out.Flush()
	errw.Flush()
	if runErr != nil {
		fmt.Fprintln(os.Stderr, runErr)
		os.Exit(1)
	}
}
