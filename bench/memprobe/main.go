// Command memprobe writes a heap profile after a script has run its main
// body, to see what pending timers cost: go run ./bench/memprobe FILE OUT.
package main

import (
	"context"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/jsloop/jsloop/hostapi"
	"github.com/jsloop/jsloop/jsloop"
	"github.com/jsloop/jsloop/timers"
)

func main() {
	l := jsloop.New()
	timers.Enable(l)
	hostapi.Enable(l)
	l.Run(context.Background(), func() error {
		err := hostapi.RunMain(l, os.Args[1])
		runtime.GC()
		f, _ := os.Create(os.Args[2])
		pprof.WriteHeapProfile(f)
		f.Close()
		l.Exit(0)
		return err
	})
}
