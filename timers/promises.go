package timers

import (
	_ "embed"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

//go:embed promises.js
var promisesJS string

// promisesProgram is compiled on first use (start-up time is a headline figure).
var promisesProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("node:timers/promises", promisesJS, true)
})

// PromisesModule returns the exports of node:timers/promises for l:
// setTimeout, setImmediate, setInterval (an async iterator) and
// scheduler.wait / scheduler.yield, each honouring options.signal and
// options.ref. Built on first use. Loop goroutine only.
func PromisesModule(l *jsloop.Loop) *goja.Object {
	m := moduleOf(l)
	if m == nil {
		return nil
	}
	if m.promises != nil {
		return m.promises
	}
	vm := m.vm
	v, err := vm.RunProgram(promisesProgram())
	if err != nil {
		panic(err)
	}
	factory, _ := goja.AssertFunction(v)
	invalid := l.Func(func(c goja.FunctionCall) goja.Value {
		return jsloop.InvalidArgType(vm, c.Argument(0).String(), c.Argument(1).String(), c.Argument(2))
	})
	abort := l.Func(func(c goja.FunctionCall) goja.Value {
		e := jsloop.NodeError(vm, "Error", "ABORT_ERR", "The operation was aborted")
		e.Set("name", "AbortError")
		if r := c.Argument(0); !goja.IsUndefined(r) {
			e.Set("cause", r)
		}
		return e
	})
	exp, err := factory(goja.Undefined(), m.exports, invalid, abort)
	if err != nil {
		panic(err)
	}
	m.promises = exp.(*goja.Object)
	return m.promises
}
