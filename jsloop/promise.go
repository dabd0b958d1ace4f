package jsloop

import (
	_ "unsafe" // go:linkname

	"github.com/dop251/goja"
)

// Promise is a JS promise that Go settles on the loop. goja's
// Runtime.NewPromise makes every promise with two JS resolving functions
// (function objects with their own property maps) and two Go closures
// around them: 25 allocations, 1.7 KB and ~730 ns, twice per fetch. A
// promise that only Go settles needs none of that: Resolve and Reject
// follow the spec's resolving functions step by step on the promise
// itself (~95 ns, 3 allocations).
//
// It reaches six unexported goja functions by go:linkname; go.mod pins
// the goja version, and TestPromise pins their behaviour, so an upgrade
// that changes one fails to build or fails that test rather than
// misbehaving.
//
// A Promise is used on the loop goroutine only (inside Settle, a task or
// a host function).
type Promise struct {
	p    *goja.Promise
	vm   *goja.Runtime
	done bool // resolved or rejected: later calls do nothing
}

//go:linkname gojaNewPromise github.com/dop251/goja.(*Runtime).newPromise
func gojaNewPromise(r *goja.Runtime, proto *goja.Object) *goja.Promise

//go:linkname gojaPromiseProto github.com/dop251/goja.(*Runtime).getPromisePrototype
func gojaPromiseProto(r *goja.Runtime) *goja.Object

//go:linkname gojaFulfill github.com/dop251/goja.(*Promise).fulfill
func gojaFulfill(p *goja.Promise, v goja.Value) goja.Value

//go:linkname gojaReject github.com/dop251/goja.(*Promise).reject
func gojaReject(p *goja.Promise, v goja.Value) goja.Value

//go:linkname gojaResolvingFunctions github.com/dop251/goja.(*Promise).createResolvingFunctions
func gojaResolvingFunctions(p *goja.Promise) (resolve, reject *goja.Object)

//go:linkname gojaToCallable github.com/dop251/goja.(*Runtime).toCallable
func gojaToCallable(r *goja.Runtime, v goja.Value) func(goja.FunctionCall) goja.Value

//go:linkname gojaEnqueueJob github.com/dop251/goja.(*Runtime).enqueuePromiseJob
func gojaEnqueueJob(r *goja.Runtime, job func())

// NewPromise makes a pending promise for Go to settle. Loop goroutine only.
func (l *Loop) NewPromise() *Promise {
	return &Promise{p: gojaNewPromise(l.vm, gojaPromiseProto(l.vm)), vm: l.vm}
}

// Value is the promise as a JS value.
func (p *Promise) Value() goja.Value { return p.vm.ToValue(p.p) }

// Promise is the goja promise.
func (p *Promise) Promise() *goja.Promise { return p.p }

// Settled reports whether Resolve or Reject was called.
func (p *Promise) Settled() bool { return p.done }

// Resolve resolves the promise with v as the promise's resolve function
// would (ECMA-262 "Promise Resolve Functions"): a thenable is followed in a
// promise job, anything else fulfills it. Later calls, and calls after
// Reject, do nothing.
func (p *Promise) Resolve(v goja.Value) {
	if p.done {
		return
	}
	p.done = true
	obj, ok := v.(*goja.Object)
	if !ok {
		gojaFulfill(p.p, v)
		return
	}
	if obj == p.vm.ToValue(p.p) {
		gojaReject(p.p, p.vm.NewTypeError("Promise self-resolution"))
		return
	}
	var then goja.Value
	if ex := p.vm.Try(func() { then = obj.Get("then") }); ex != nil {
		gojaReject(p.p, ex.Value())
		return
	}
	if _, ok := goja.AssertFunction(then); !ok {
		gojaFulfill(p.p, v)
		return
	}
	// NewPromiseResolveThenableJob: then is called in a promise job with
	// fresh resolving functions. The calls are raw, as goja's own job
	// makes them: a goja.Callable would drain the job queue from inside
	// this job (it is an outermost call) and run later jobs too early.
	vm := p.vm
	gojaEnqueueJob(vm, func() {
		resolve, reject := gojaResolvingFunctions(p.p)
		if ex := vm.Try(func() {
			gojaToCallable(vm, then)(goja.FunctionCall{This: v, Arguments: []goja.Value{resolve, reject}})
		}); ex != nil {
			gojaToCallable(vm, reject)(goja.FunctionCall{Arguments: []goja.Value{ex.Value()}})
		}
	})
}

// Reject rejects the promise with reason (tracked as an unhandled
// rejection if nothing handles it). Later calls, and calls after Resolve,
// do nothing.
func (p *Promise) Reject(reason goja.Value) {
	if p.done {
		return
	}
	p.done = true
	gojaReject(p.p, reason)
}
