package jsloop

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

func (l *Loop) installSupport() {
	v, err := l.vm.RunProgram(supportProgram)
	if err != nil {
		panic(err)
	}
	factory, _ := goja.AssertFunction(v)
	// report(err, callback): the trampolines catch what a callback threw;
	// the callback tells where a non-Error came from (see throwSite).
	report := l.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		l.thrower = c.Argument(1)
		l.reportException(c.Argument(0), nil, false)
		l.thrower = nil
		return goja.Undefined()
	})
	mark := l.vm.ToValue(func(goja.FunctionCall) goja.Value {
		l.ticksMarked = true
		return goja.Undefined()
	})
	dispatch := l.vm.ToValue(func(goja.FunctionCall) goja.Value {
		l.vmi.keep()
		fn := l.curTask
		l.curTask = nil
		if fn != nil {
			l.guard(fn)
		}
		return goja.Undefined()
	})
	obj, err := factory(goja.Undefined(), report, mark, dispatch,
		l.vm.ToValue(l.nextTimeout), l.vm.ToValue(l.finishTimeout),
		l.vm.ToValue(l.nextImmediate), l.vm.ToValue(l.finishImmediate))
	if err != nil {
		panic(err)
	}
	o := obj.ToObject(l.vm)
	fn := func(name string) goja.Callable {
		f, ok := goja.AssertFunction(o.Get(name))
		if !ok {
			panic("jsloop: support.js lacks " + name)
		}
		return f
	}
	l.jsEntry = fn("entry")
	l.jsTicks = fn("ticks")
	l.jsTimeouts = fn("timeouts")
	l.jsImmediates = fn("immediates")
	l.jsCall = fn("call")
	l.jsNextTick = fn("nextTick")
}

// guard runs a Go task, turning a Go panic into an uncaught JS error instead
// of a crashed process.
func (l *Loop) guard(fn func()) {
	defer func() {
		if r := recover(); r != nil {
			if isGojaPanic(r) {
				panic(r)
			}
			l.reportException(l.panicError(r), nil, false)
		}
	}()
	fn()
}

// isGojaPanic reports whether r is goja's own way of throwing or unwinding.
func isGojaPanic(r any) bool {
	switch r.(type) {
	case goja.Value, *goja.Exception, *goja.InterruptedError, *goja.StackOverflowError:
		return true
	}
	return false
}

func (l *Loop) panicError(r any) goja.Value {
	msg := fmt.Sprint(r)
	if e, ok := r.(error); ok {
		msg = e.Error()
	}
	err := l.vm.NewGoError(fmt.Errorf("go panic: %s", msg))
	if os.Getenv("JSLOOP_DEBUG_PANIC") != "" {
		os.Stderr.Write(debug.Stack())
	}
	return err
}

// Func wraps a Go host function for JS: a Go panic inside it becomes a JS
// Error thrown at that call, never a crashed process. Loop goroutine only.
func (l *Loop) Func(fn func(goja.FunctionCall) goja.Value) goja.Value {
	return l.vm.ToValue(func(c goja.FunctionCall) (ret goja.Value) {
		defer func() {
			if r := recover(); r != nil {
				if isGojaPanic(r) {
					panic(r)
				}
				panic(l.panicError(r))
			}
		}()
		return fn(c)
	})
}

// Ctor is Func for constructors.
func (l *Loop) Ctor(fn func(goja.ConstructorCall) *goja.Object) goja.Value {
	return l.vm.ToValue(func(c goja.ConstructorCall) (ret *goja.Object) {
		defer func() {
			if r := recover(); r != nil {
				if isGojaPanic(r) {
					panic(r)
				}
				panic(l.panicError(r))
			}
		}()
		return fn(c)
	})
}

// runTask runs fn as one macrotask: fn, then the nextTick queue, inside one
// outermost VM call (so goja drains the promise jobs after both), then the
// rest of the checkpoint.
func (l *Loop) runTask(fn func()) {
	if l.stopping {
		return
	}
	l.curTask = fn
	l.enter(l.jsEntry)
	l.checkpoint()
}

// enterWith calls a trampoline with the first callback's object and
// arguments.
func (l *Loop) enterWith(fn goja.Callable, obj *goja.Object, args goja.Value) {
	l.argv[0], l.argv[1] = obj, args
	l.enter(fn, l.argv[:]...)
}

// RunCallback runs fn(...args) as one macrotask; an exception is uncaught.
func (l *Loop) RunCallback(fn, args goja.Value) {
	if l.stopping {
		return
	}
	l.argv[0], l.argv[1] = fn, args
	l.enter(l.jsCall, l.argv[:]...)
	l.checkpoint()
}

// enter makes one outermost call into the VM.
func (l *Loop) enter(fn goja.Callable, args ...goja.Value) {
	l.ticksMarked = false
	defer func() {
		if r := recover(); r != nil {
			// A Go panic that escaped a host function not wrapped by Func.
			l.vm.ClearInterrupt()
			l.reportException(l.panicError(r), nil, false)
			l.vm.ClearInterrupt()
		}
	}()
	l.vmi.lend()
	_, err := fn(goja.Undefined(), args...)
	// goja copied the arguments onto its stack; drop our references.
	l.argv = [2]goja.Value{}
	if err != nil {
		l.handleEntryError(err)
	}
}

func (l *Loop) handleEntryError(err error) {
	var so *goja.StackOverflowError
	var ie *goja.InterruptedError
	var ex *goja.Exception
	switch {
	case errors.As(err, &so):
		l.vm.ClearInterrupt()
		l.reportException(l.stackOverflow(so), nil, false)
	case errors.Is(err, errStop) || l.stopping:
		// Our own interrupt (exit, fatal error, cancellation) unwinding.
		l.stopping = true
	case errors.As(err, &ie):
		l.stop(err)
	case errors.As(err, &ex):
		l.reportException(ex.Value(), ex, false)
	default:
		l.stop(err)
	}
}

// stackOverflow builds the RangeError V8 throws for runaway recursion, with
// the frames of goja's (uncatchable) StackOverflowError.
func (l *Loop) stackOverflow(ex *goja.StackOverflowError) goja.Value {
	const msg = "Maximum call stack size exceeded"
	e, err := l.vm.New(l.vm.Get("RangeError"), l.vm.ToValue(msg))
	if err != nil {
		return l.vm.ToValue("RangeError: " + msg)
	}
	var b strings.Builder
	b.WriteString("RangeError: " + msg)
	for i, f := range ex.Stack() {
		if i == 10 {
			break
		}
		b.WriteString("\n\tat ")
		var sb bytes.Buffer
		f.Write(&sb)
		b.WriteString(sb.String())
	}
	e.DefineDataProperty("stack", l.vm.ToValue(b.String()), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return e
}

// checkpoint is Node's processTicksAndRejections after a macrotask: ticks,
// then promise jobs (goja runs those when each entry returns), repeated
// until both are empty, then the unhandled rejections.
func (l *Loop) checkpoint() {
	for !l.stopping {
		if l.ticksMarked {
			l.enter(l.jsTicks)
			continue
		}
		if len(l.pendingRej) > 0 || len(l.handledRej) > 0 {
			l.curTask = l.processRejections
			l.enter(l.jsEntry)
			continue
		}
		return
	}
}

// NextTick queues fn(...args) on the nextTick queue. args is undefined or
// an array. Loop goroutine only; argument checks are the caller's.
func (l *Loop) NextTick(fn, args goja.Value) {
	if l.stopping {
		return
	}
	if _, err := l.jsNextTick(goja.Undefined(), fn, args); err != nil {
		panic(err)
	}
}

// Call calls fn nested in the running macrotask. If fn throws, the exception
// is reported as uncaught (Node's behaviour for a throwing callback) and ok
// is false. Loop goroutine only, inside a macrotask.
func (l *Loop) Call(fn goja.Value, this goja.Value, args ...goja.Value) (v goja.Value, ok bool) {
	f, isFn := goja.AssertFunction(fn)
	if !isFn {
		return goja.Undefined(), false
	}
	v, err := f(this, args...)
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			l.reportException(ex.Value(), ex, false)
			return goja.Undefined(), false
		}
		panic(err)
	}
	return v, true
}

// Do runs fn as a macrotask on the loop: from any goroutine, like Post, but
// a Go panic in fn is reported as an uncaught error.
func (l *Loop) reportError(err error) {
	if l.stopping || errors.Is(err, errStop) {
		l.stopping = true
		return
	}
	var ex *goja.Exception
	var syn *goja.CompilerSyntaxError
	var perrs parser.ErrorList
	var perr *parser.Error
	switch {
	case errors.As(err, &syn):
		l.reportSyntaxError(syn)
	case errors.As(err, &perrs) && len(perrs) > 0:
		p := perrs[0]
		l.printSyntaxError(p.Position.Filename, p.Position.Line, p.Position.Column, p.Message)
	case errors.As(err, &perr):
		l.printSyntaxError(perr.Position.Filename, perr.Position.Line, perr.Position.Column, perr.Message)
	case errors.As(err, &ex):
		l.reportException(ex.Value(), ex, false)
	default:
		var so *goja.StackOverflowError
		var ie *goja.InterruptedError
		if errors.As(err, &so) {
			l.reportException(l.stackOverflow(so), nil, false)
			return
		}
		if errors.As(err, &ie) {
			l.stop(err)
			return
		}
		l.stop(err)
	}
}

// ReportUncaught treats v as an exception nothing caught (queueMicrotask
// callbacks, event listeners): 'uncaughtException' listeners get it, else
// the run ends. Loop goroutine only, inside a macrotask.
func (l *Loop) ReportUncaught(v goja.Value) { l.reportExceptionAt(v, nil, false, true) }

// ReportThrown is ReportUncaught for an exception that propagated out of a
// callback the host called directly (an event listener that threw): the
// report points at the throw, as V8's does.
func (l *Loop) ReportThrown(ex *goja.Exception) { l.reportExceptionAt(ex.Value(), ex, false, false) }
