package jsloop

import (
	"context"
	"sync/atomic"

	"github.com/dop251/goja"
)

// Reservation is one in-flight operation a goroutine will report back on
// (libuv's "request"): while it is unsettled it keeps the loop alive (unless
// unref'd) and Run does not return. It must be settled exactly once, on
// success, error, abort and shutdown alike; settling twice panics.
type Reservation struct {
	l       *Loop
	settled atomic.Bool
	unref   bool // loop goroutine, under l.mu
}

// Reserve registers an operation the loop must wait for. Loop goroutine
// only. After the run has ended it returns a reservation whose Settle drops
// its task.
func (l *Loop) Reserve() *Reservation {
	r := &Reservation{l: l}
	l.mu.Lock()
	l.refs++
	l.inflight++
	l.mu.Unlock()
	return r
}

// Context returns a context that is cancelled when the loop's run ends; the
// goroutine doing the work should watch it.
func (r *Reservation) Context() context.Context { return r.l.Context() }

// Settle queues fn to run on the loop as a macrotask (in the I/O phase) and
// releases the reservation. It may be called from any goroutine, exactly
// once; a second call panics. After the run has ended fn is dropped. fn may
// be nil.
func (r *Reservation) Settle(fn func()) {
	if !r.settled.CompareAndSwap(false, true) {
		panic("jsloop: reservation settled twice")
	}
	l := r.l
	l.mu.Lock()
	if !r.unref {
		l.refs--
	}
	l.inflight--
	if !l.closed && fn != nil {
		l.inbox = append(l.inbox, fn)
	}
	l.mu.Unlock()
	l.wakeUp()
}

// Unref lets the loop exit while r is unsettled (a server that should not
// keep the process alive). Loop goroutine only.
func (r *Reservation) Unref() {
	r.l.mu.Lock()
	if !r.unref && !r.settled.Load() {
		r.unref = true
		r.l.refs--
	}
	r.l.mu.Unlock()
}

// Ref undoes Unref. Loop goroutine only.
func (r *Reservation) Ref() {
	r.l.mu.Lock()
	if r.unref && !r.settled.Load() {
		r.unref = false
		r.l.refs++
	}
	r.l.mu.Unlock()
}

// Post queues fn to run on the loop as a macrotask in the I/O phase. It may
// be called from any goroutine. It returns ErrClosed once the run has ended
// (fn is then never called). A posted task keeps the loop alive only while
// it is queued: work that will post later should hold a Reservation.
func (l *Loop) Post(fn func()) error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return ErrClosed
	}
	l.inbox = append(l.inbox, fn)
	l.mu.Unlock()
	l.wakeUp()
	return nil
}

// JSError is implemented by Go errors that know the JS value they should
// reject or throw as (a TypeError with a Node code, a DOMException...).
type JSError interface {
	error
	JSValue(vm *goja.Runtime) goja.Value
}

// ToJSError converts a Go error to the JS value a promise rejects with: the
// error's own JSValue when it has one, else a JS Error carrying the message.
func (l *Loop) ToJSError(err error) goja.Value {
	if je, ok := err.(JSError); ok {
		return je.JSValue(l.vm)
	}
	return l.vm.NewGoError(err)
}

// Async runs fn on a worker goroutine (see Go) and returns a JS Promise that settles on
// the loop with its result: resolved with vm.ToValue(value), or rejected with
// ToJSError(err). fn's context is cancelled when the run ends. Loop goroutine
// only.
func Async[T any](l *Loop, fn func(ctx context.Context) (T, error)) *goja.Promise {
	p := l.NewPromise()
	res := l.Reserve()
	ctx := res.Context()
	l.Go(func() {
		v, err := fn(ctx)
		res.Settle(func() {
			if err != nil {
				p.Reject(l.ToJSError(err))
				return
			}
			p.Resolve(l.vm.ToValue(v))
		})
	})
	return p.Promise()
}
