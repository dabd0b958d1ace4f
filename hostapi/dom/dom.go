package dom

import (
	_ "embed"
	"errors"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

// The scripts are named under the module path so that jsloop.NodeStack
// drops their frames from printed stacks, as Node shows its own frames only
// under node:internal (a DOMException's stack starts at the user's code).
var (
	//go:embed domexception.js
	domExceptionJS      string
	domExceptionProgram = sync.OnceValue(func() *goja.Program {
		return goja.MustCompile("github.com/jsloop/jsloop/hostapi/dom/domexception.js", domExceptionJS, true)
	})

	//go:embed events.js
	eventsJS      string
	eventsProgram = sync.OnceValue(func() *goja.Program {
		return goja.MustCompile("github.com/jsloop/jsloop/hostapi/dom/events.js", eventsJS, true)
	})
)

// signalKey is the symbol under which AbortSignal.prototype exposes a
// signal's internal state to this package's Go API. A goja symbol belongs to
// no runtime, so one serves every loop and IsAbortSignal needs no loop.
var signalKey = goja.NewSymbol("jsloop.dom.signalState")

// realm is one loop's instance of the package: the classes, built on first
// use.
type realm struct {
	l  *jsloop.Loop
	vm *goja.Runtime

	domException *goja.Object // the DOMException constructor, once built
	events       *goja.Object // events.js's exports, once built

	timeoutFired  goja.Callable
	onAbort       goja.Callable
	newController goja.Callable
	anySignal     goja.Callable // AbortSignal.any, as the build found it
}

type realmKey struct{}

// Enable installs DOMException, Event, CustomEvent, EventTarget,
// AbortController and AbortSignal on l as lazy globals: nothing is built
// until a script first reads one of them or the Go API needs them. Loop
// goroutine only, before Run. It never fails; the error is for the Enable
// convention.
func Enable(l *jsloop.Loop) error {
	r := realmOf(l)
	l.DefineLazyGlobal("DOMException", func() goja.Value { return r.domExceptionCtor() })
	for _, name := range []string{"Event", "CustomEvent", "EventTarget", "AbortController", "AbortSignal"} {
		l.DefineLazyGlobal(name, func() goja.Value { return r.exports().Get(name) })
	}
	return nil
}

// realmOf returns l's realm, creating it (without building anything) on
// first use, so that the Go API works on a loop Enable was not called on.
func realmOf(l *jsloop.Loop) *realm {
	if r, ok := l.Data(realmKey{}).(*realm); ok {
		return r
	}
	r := &realm{l: l, vm: l.VM()}
	l.SetData(realmKey{}, r)
	return r
}

// run evaluates a factory script and calls it with args. A failure is a bug
// in the script or an interrupted run; it is raised as a JS exception at the
// use that triggered the build.
func (r *realm) run(p *goja.Program, args ...goja.Value) *goja.Object {
	v, err := r.vm.RunProgram(p)
	if err == nil {
		factory, _ := goja.AssertFunction(v)
		v, err = factory(goja.Undefined(), args...)
	}
	if err != nil {
		panic(err)
	}
	return v.(*goja.Object)
}

func (r *realm) domExceptionCtor() *goja.Object {
	if r.domException == nil {
		r.domException = r.run(domExceptionProgram()).Get("DOMException").(*goja.Object)
	}
	return r.domException
}

func (r *realm) exports() *goja.Object {
	if r.events != nil {
		return r.events
	}
	l, vm := r.l, r.vm
	host := vm.NewObject()
	host.Set("DOMException", r.domExceptionCtor())
	host.Set("nodeError", l.Func(func(c goja.FunctionCall) goja.Value {
		return jsloop.NodeError(vm, c.Argument(0).String(), c.Argument(1).String(), c.Argument(2).String())
	}))
	host.Set("invalidArgType", l.Func(func(c goja.FunctionCall) goja.Value {
		return jsloop.InvalidArgType(vm, c.Argument(0).String(), c.Argument(1).String(), c.Argument(2))
	}))
	// Event.timeStamp: milliseconds on performance.now()'s clock.
	host.Set("now", l.Func(func(goja.FunctionCall) goja.Value {
		return vm.ToValue(float64(l.Now().Nanoseconds()) / 1e6)
	}))
	host.Set("nextTick", l.Func(func(c goja.FunctionCall) goja.Value {
		l.NextTick(c.Argument(0), c.Argument(1))
		return goja.Undefined()
	}))
	host.Set("startTimeout", l.Func(func(c goja.FunctionCall) goja.Value {
		r.startTimeout(c.Argument(0), c.Argument(1).ToInteger())
		return goja.Undefined()
	}))
	host.Set("signalKey", signalKey)
	host.Set("callListener", l.Func(func(c goja.FunctionCall) goja.Value {
		f, ok := goja.AssertFunction(c.Argument(0))
		if !ok {
			return goja.Undefined()
		}
		v, err := f(c.Argument(1), c.Argument(2))
		if err != nil {
			// The listener's exception, rethrown as it was.
			panic(err)
		}
		return v
	}))
	r.events = r.run(eventsProgram(), host)
	r.timeoutFired = r.callable("timeoutFired")
	r.onAbort = r.callable("onAbort")
	r.newController = r.callable("newController")
	r.anySignal, _ = goja.AssertFunction(r.events.Get("AbortSignal").(*goja.Object).Get("any"))
	return r.events
}

func (r *realm) callable(name string) goja.Callable {
	f, ok := goja.AssertFunction(r.events.Get(name))
	if !ok {
		panic("dom: events.js exports no " + name)
	}
	return f
}

// startTimeout arms AbortSignal.timeout's timer: a Go-side timer on the
// loop's heap, unref'd because a pending timeout signal does not keep the
// process alive (DOM: the timeout "does not keep the event loop alive";
// Node unrefs its timer too).
func (r *realm) startTimeout(signal goja.Value, ms int64) {
	// Node schedules it with setTimeout, where 0 ms means 1 ms.
	if ms < 1 {
		ms = 1
	}
	t := r.l.SetTimer(time.Duration(ms)*time.Millisecond, false, func() {
		if _, err := r.timeoutFired(goja.Undefined(), signal); err != nil {
			// Listener errors are reported inside; this is an interrupt
			// or a bug: let the task runner have it.
			panic(err)
		}
	})
	t.Unref()
}

// NewDOMException returns new DOMException(message, name) from l's
// DOMException constructor (building it on first use), with a stack that
// starts at the JS code that called into Go. Loop goroutine only.
func NewDOMException(l *jsloop.Loop, message, name string) *goja.Object {
	r := realmOf(l)
	o, err := r.vm.New(r.domExceptionCtor(), r.vm.ToValue(message), r.vm.ToValue(name))
	if err != nil {
		panic(err)
	}
	return o
}

// state returns a signal's [aborted, reason] pair, or nil when v is not an
// AbortSignal. It may run JS (a getter; a Proxy's traps), so it is for the
// goroutine of v's loop.
func state(v goja.Value) *goja.Object {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	s, _ := o.GetSymbol(signalKey).(*goja.Object)
	return s
}

// IsAbortSignal reports whether v is an AbortSignal: an object built by
// AbortController, AbortSignal.abort, AbortSignal.timeout or AbortSignal.any
// on any loop (a brand check: an object that merely inherits from
// AbortSignal.prototype is not one). Loop goroutine of v's loop only.
func IsAbortSignal(v goja.Value) bool { return state(v) != nil }

// SignalState reports whether the AbortSignal v is aborted, and its abort
// reason (undefined until it aborts). For a value that is not an AbortSignal
// it returns false and nil. Loop goroutine of v's loop only.
func SignalState(v goja.Value) (aborted bool, reason goja.Value) {
	s := state(v)
	if s == nil {
		return false, nil
	}
	return s.Get("0").ToBoolean(), s.Get("1")
}

// OnAbort adds fn to the abort algorithms of the AbortSignal signal (DOM
// "add an abort algorithm"): when the signal aborts, fn runs with the abort
// reason, on the loop goroutine, inside the abort: after the signal (and
// the signals that depend on it) are marked aborted and before the 'abort'
// event is dispatched. A panic in fn is reported as an uncaught exception,
// as a listener's throw is. remove unsubscribes fn; it may be called any
// number of times, also after the abort.
//
// If signal is not an AbortSignal or is already aborted, fn is never called
// and remove does nothing: check SignalState first. Loop goroutine only,
// inside a macrotask.
func OnAbort(l *jsloop.Loop, signal goja.Value, fn func(reason goja.Value)) (remove func()) {
	nop := func() {}
	if state(signal) == nil {
		return nop
	}
	r := realmOf(l)
	r.exports()
	rm, err := r.onAbort(goja.Undefined(), signal, l.Func(func(c goja.FunctionCall) goja.Value {
		fn(c.Argument(0))
		return goja.Undefined()
	}))
	if err != nil {
		panic(err)
	}
	f, ok := goja.AssertFunction(rm)
	if !ok {
		return nop
	}
	return func() {
		if _, err := f(goja.Undefined()); err != nil {
			panic(err)
		}
	}
}

// DependentSignal returns a new AbortSignal that aborts when any of sources
// does, with its reason, as AbortSignal.any(sources) (DOM "create a
// dependent abort signal"): aborted at once if a source already is, and
// otherwise marked aborted together with its sources, its abort event
// firing after theirs. A Request's signal is made this way (Fetch: "the
// result of creating a dependent abort signal from «signal»"). A source
// that is not an AbortSignal panics with the TypeError AbortSignal.any
// throws, which a host function wrapped by Loop.Func turns into that JS
// error. Loop goroutine only.
func DependentSignal(l *jsloop.Loop, sources ...goja.Value) *goja.Object {
	r := realmOf(l)
	r.exports()
	list := make([]any, len(sources))
	for i, s := range sources {
		list[i] = s
	}
	v, err := r.anySignal(r.events.Get("AbortSignal"), r.vm.NewArray(list...))
	if err != nil {
		panic(err)
	}
	return v.(*goja.Object)
}

// NewAbortController returns a new AbortController of l (as
// `new AbortController()` in JS) and a function that aborts it, as
// controller.abort(reason) does; a nil or undefined reason means the default
// AbortError DOMException. A second abort does nothing. abort runs the abort
// algorithms and the 'abort' listeners synchronously; their errors are
// reported as uncaught exceptions on the nextTick queue, as Node does. Loop
// goroutine only, inside a macrotask.
func NewAbortController(l *jsloop.Loop) (controller *goja.Object, abort func(reason goja.Value)) {
	r := realmOf(l)
	r.exports()
	v, err := r.newController(goja.Undefined())
	if err != nil {
		panic(err)
	}
	pair := v.(*goja.Object)
	controller = pair.Get("0").(*goja.Object)
	abortFn, _ := goja.AssertFunction(pair.Get("1"))
	return controller, func(reason goja.Value) {
		if reason == nil {
			reason = goja.Undefined()
		}
		if _, err := abortFn(goja.Undefined(), reason); err != nil {
			var ex *goja.Exception
			if errors.As(err, &ex) {
				l.ReportThrown(ex)
				return
			}
			panic(err)
		}
	}
}
