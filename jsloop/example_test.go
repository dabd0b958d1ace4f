package jsloop_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi"
	"github.com/jsloop/jsloop/jsloop"
	"github.com/jsloop/jsloop/timers"
)

// Create a loop, give the script a Go function, run a script.
func Example() {
	l := jsloop.New()
	l.VM().Set("print", func(s string) { fmt.Println(s) })
	err := l.RunScript(context.Background(), "main.js", `
		Promise.resolve().then(() => print("promise job"));
		print("sync");
	`)
	fmt.Println("err:", err)
	// Output:
	// sync
	// promise job
	// err: <nil>
}

// A Go function that returns a Promise: the work runs on its own goroutine
// and the promise settles on the loop.
func ExampleAsync() {
	l := jsloop.New()
	vm := l.VM()
	vm.Set("print", func(s string) { fmt.Println(s) })
	vm.Set("slowDouble", func(n int) *goja.Promise {
		return jsloop.Async(l, func(ctx context.Context) (int, error) {
			select {
			case <-time.After(10 * time.Millisecond):
				return 2 * n, nil
			case <-ctx.Done():
				return 0, ctx.Err()
			}
		})
	})
	l.RunScript(context.Background(), "main.js", `
		slowDouble(21).then((v) => print("result " + v));
		print("waiting");
	`)
	// Output:
	// waiting
	// result 42
}

// Post from another goroutine: a Reservation keeps the loop alive until the
// goroutine settles it with the task to run on the loop.
func ExampleReservation_Settle() {
	l := jsloop.New()
	l.Run(context.Background(), func() error {
		res := l.Reserve()
		go func() {
			msg := "computed on another goroutine" // plain Go values cross goroutines
			res.Settle(func() {
				l.VM().Set("msg", msg)
				v, _ := l.VM().RunString(`msg.toUpperCase()`)
				fmt.Println(v)
			})
		}()
		return nil
	})
	// Output:
	// COMPUTED ON ANOTHER GOROUTINE
}

// Go-side timers share the loop's heap with the JS ones.
func ExampleLoop_SetTimer() {
	l := jsloop.New(jsloop.WithVirtualTime())
	l.Run(context.Background(), func() error {
		l.SetTimer(20*time.Millisecond, false, func() { fmt.Println("20ms at", l.Now()) })
		l.SetTimer(10*time.Millisecond, false, func() { fmt.Println("10ms at", l.Now()) })
		return nil
	})
	// Output:
	// 10ms at 10ms
	// 20ms at 20ms
}

// An uncaught exception ends the run with an error carrying the JS stack.
func ExampleUncaughtError() {
	l := jsloop.New(jsloop.WithStderr(new(discard)))
	err := l.RunScript(context.Background(), "bad.js", `throw new TypeError("bad input")`)
	var ue *jsloop.UncaughtError
	if e, ok := err.(*jsloop.UncaughtError); ok {
		ue = e
	}
	fmt.Println(ue.Message, ue.ExitCode())
	// Output:
	// TypeError: bad input 1
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// The embedding setup the CLI uses: enable the timer and host bindings,
// then run a file as the main module.
func ExampleLoop_RunFile() {
	dir, _ := os.MkdirTemp("", "jsloop-example")
	defer os.RemoveAll(dir)
	main := filepath.Join(dir, "main.js")
	os.WriteFile(main, []byte(`
		setTimeout(() => console.log('timeout'), 0);
		process.nextTick(() => console.log('nextTick'));
		Promise.resolve().then(() => console.log('promise'));
		console.log('sync', [1, 2, 3], { a: 1 });
	`), 0o644)

	l := jsloop.New(jsloop.WithStdout(os.Stdout))
	timers.Enable(l)
	hostapi.Enable(l, hostapi.WithArgv("jsloop", main))
	err := l.Run(context.Background(), func() error { return hostapi.RunMain(l, main) })
	fmt.Println("err:", err)
	// Output:
	// sync [ 1, 2, 3 ] { a: 1 }
	// nextTick
	// promise
	// timeout
	// err: <nil>
}

// A promise that Go settles itself, here from a Reservation: Resolve and
// Reject take JS values and settle it once.
func ExampleLoop_NewPromise() {
	l := jsloop.New()
	vm := l.VM()
	vm.Set("print", func(s string) { fmt.Println(s) })
	vm.Set("later", func(v goja.Value) goja.Value {
		p := l.NewPromise()
		res := l.Reserve()
		go res.Settle(func() { p.Resolve(v) })
		return p.Value()
	})
	l.RunScript(context.Background(), "main.js", `
		later("settled from Go").then(print);
		print("first");
	`)
	// Output:
	// first
	// settled from Go
}
