package dom_test

import (
	"context"
	"fmt"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi/dom"
	"github.com/jsloop/jsloop/jsloop"
)

// A host function that takes an AbortSignal, as fetch does: check it,
// subscribe to its abort, and unsubscribe when the work is done.
func ExampleOnAbort() {
	l := jsloop.New()
	dom.Enable(l)
	vm := l.VM()
	vm.Set("print", func(s string) { fmt.Println(s) })
	vm.Set("work", l.Func(func(c goja.FunctionCall) goja.Value {
		signal := c.Argument(0)
		if !dom.IsAbortSignal(signal) {
			panic(jsloop.InvalidArgType(vm, "signal", "an instance of AbortSignal", signal))
		}
		if aborted, reason := dom.SignalState(signal); aborted {
			panic(reason)
		}
		dom.OnAbort(l, signal, func(reason goja.Value) {
			fmt.Println("Go saw the abort:", reason.ToObject(vm).Get("name"))
		})
		return goja.Undefined()
	}))
	err := l.RunScript(context.Background(), "main.js", `
		const c = new AbortController();
		c.signal.addEventListener('abort', () => print('listener'));
		work(c.signal);
		c.abort();
		try { work(c.signal); } catch (e) { print('rejected: ' + e.name); }
		try { work({}); } catch (e) { print(e.message); }
	`)
	fmt.Println("err:", err)
	// Output:
	// Go saw the abort: AbortError
	// listener
	// rejected: AbortError
	// The "signal" argument must be an instance of AbortSignal. Received an instance of Object
	// err: <nil>
}

// Go code that cancels: the controller goes to JS, Go keeps abort.
func ExampleNewAbortController() {
	l := jsloop.New()
	dom.Enable(l)
	l.VM().Set("print", func(s string) { fmt.Println(s) })
	l.Run(context.Background(), func() error {
		controller, abort := dom.NewAbortController(l)
		l.VM().Set("controller", controller)
		if _, err := l.Eval("main.js", `controller.signal.onabort = () => print('aborted: ' + controller.signal.reason.message);`); err != nil {
			return err
		}
		abort(dom.NewDOMException(l, "shutting down", "AbortError"))
		return nil
	})
	// Output:
	// aborted: shutting down
}
