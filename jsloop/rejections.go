package jsloop

import (
	"fmt"

	"github.com/dop251/goja"
)

// trackRejection is goja's HostPromiseRejectionTracker. Node's bookkeeping
// (lib/internal/process/promises.js): a rejection without a handler is
// pending until the checkpoint; a handler added later removes it, or, when
// it was already reported, queues a 'rejectionHandled'.
func (l *Loop) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		if !l.rejSet[p] {
			l.rejSet[p] = true
			l.pendingRej = append(l.pendingRej, p)
		}
	case goja.PromiseRejectionHandle:
		if l.rejSet[p] {
			delete(l.rejSet, p)
			return
		}
		if l.warned[p] {
			delete(l.warned, p)
			l.handledRej = append(l.handledRej, p)
		}
	}
}

// processRejections is Node's processPromiseRejections, run as a Go task
// inside the checkpoint once the tick and microtask queues are empty.
func (l *Loop) processRejections() {
	for len(l.handledRej) > 0 && !l.stopping {
		p := l.handledRej[0]
		l.handledRej = l.handledRej[1:]
		if h := l.hooks.RejectionHandled; h != nil {
			h(l.vm.ToValue(p))
		}
	}
	n := len(l.pendingRej)
	for i := 0; i < n && !l.stopping; i++ {
		p := l.pendingRej[0]
		l.pendingRej = l.pendingRej[1:]
		if !l.rejSet[p] {
			continue // handled in time
		}
		delete(l.rejSet, p)
		l.warned[p] = true
		reason := p.Result()
		if h := l.hooks.UnhandledRejection; h != nil && h(reason, l.vm.ToValue(p)) {
			continue
		}
		if !isErrorObject(l.vm, reason) {
			reason = l.unhandledRejectionError(reason)
		}
		l.reportException(reason, nil, true)
	}
	if len(l.pendingRej) == 0 {
		l.pendingRej = nil
	}
}

// unhandledRejectionError builds Node's UnhandledPromiseRejection for a
// non-Error reason.
func (l *Loop) unhandledRejectionError(reason goja.Value) goja.Value {
	msg := "This error originated either by throwing inside of an async function without a catch block, " +
		"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason " +
		fmt.Sprintf("%q.", noSideEffectsToString(l.vm, reason))
	e, err := l.vm.New(l.vm.Get("Error"), l.vm.ToValue(msg))
	if err != nil {
		return reason
	}
	e.Set("name", "UnhandledPromiseRejection")
	e.DefineDataProperty("name", l.vm.ToValue("UnhandledPromiseRejection"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	e.Set("code", "ERR_UNHANDLED_REJECTION")
	stack := "UnhandledPromiseRejection: " + msg +
		"\n    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)" +
		"\n    at processPromiseRejections (node:internal/process/promises:470:17)" +
		"\n    at process.processTicksAndRejections (node:internal/process/task_queues:96:32)"
	e.DefineDataProperty("stack", l.vm.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return e
}

// noSideEffectsToString is V8's NoSideEffectsToString as Node uses it in
// that message: primitives as String(), objects as "#<Ctor>".
func noSideEffectsToString(vm *goja.Runtime, v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		if goja.IsUndefined(v) {
			return "undefined"
		}
		if goja.IsNull(v) {
			return "null"
		}
		return v.String()
	}
	if _, ok := goja.AssertFunction(o); ok {
		return v.String()
	}
	name := "Object"
	if c := o.Get("constructor"); c != nil {
		if co, ok := c.(*goja.Object); ok {
			if n := co.Get("name"); n != nil && n.String() != "" {
				name = n.String()
			}
		}
	}
	return "#<" + name + ">"
}
