package jsloop

import "github.com/dop251/goja"

// Immediate is a callback queued for the loop's check phase (setImmediate).
// Its methods may be called only on the loop goroutine.
type Immediate struct {
	loop   *Loop
	owner  any // an ImmediateOwner or a JSImmediateOwner
	queued bool
	unref  bool
}

// ImmediateOwner runs an immediate in the check phase: the binding that
// embeds it, or a Go func for SetImmediate.
type ImmediateOwner interface {
	FireImmediate(im *Immediate)
}

// JSImmediateOwner is the owner of an immediate whose callback is a JS
// object run the way Node's processImmediate runs an Immediate:
// obj._onImmediate(...obj._argv) with obj as `this`. ImmediateObject is
// called as it starts to run and returns obj and its arguments (undefined
// for none); ImmediateDone right after the callback, before ticks, promise
// jobs or an exception handler (Node clears _onImmediate then). Like JS timers, several run in
// one entry into the VM when nothing is pending between them.
type JSImmediateOwner interface {
	ImmediateObject() (obj *goja.Object, args goja.Value)
	ImmediateDone()
}

type goImmediate func()

func (f goImmediate) FireImmediate(im *Immediate) { im.loop.runTask(f) }

// SetImmediate queues fn for the check phase of the current or next loop
// iteration. Loop goroutine only.
func (l *Loop) SetImmediate(fn func()) *Immediate {
	im := &Immediate{loop: l, owner: goImmediate(fn)}
	im.queue()
	return im
}

// QueueImmediate queues im, which may be embedded in a binding's own struct
// (sparing an allocation per immediate); owner.FireImmediate runs it.
// Loop goroutine only.
func (l *Loop) QueueImmediate(im *Immediate, owner ImmediateOwner) {
	*im = Immediate{loop: l, owner: owner}
	im.queue()
}

// QueueJSImmediate is QueueImmediate for an immediate whose callback is a
// JS object (see JSImmediateOwner). Loop goroutine only.
func (l *Loop) QueueJSImmediate(im *Immediate, owner JSImmediateOwner) {
	*im = Immediate{loop: l, owner: owner}
	im.queue()
}

func (im *Immediate) queue() {
	l := im.loop
	im.queued = true
	if !im.unref {
		l.refImm++
	}
	l.immediates = append(l.immediates, im)
}

// Clear dequeues im; it reports whether im was still queued.
func (im *Immediate) Clear() bool {
	if !im.queued {
		return false
	}
	im.queued = false
	if !im.unref {
		im.loop.refImm--
	}
	return true
}

// Ref makes im keep the loop alive (the default).
func (im *Immediate) Ref() {
	if im.unref {
		im.unref = false
		if im.queued {
			im.loop.refImm++
		}
	}
}

// Unref lets the loop exit while im is queued.
func (im *Immediate) Unref() {
	if !im.unref {
		im.unref = true
		if im.queued {
			im.loop.refImm--
		}
	}
}

// HasRef reports whether im keeps the loop alive.
func (im *Immediate) HasRef() bool { return !im.unref }

// runImmediates is the check phase: the immediates queued before it started
// run in FIFO order; ones queued meanwhile wait for the next iteration. JS
// immediates run in batches (see nextImmediate).
func (l *Loop) runImmediates() {
	if len(l.immediates) == 0 {
		return
	}
	l.immQueue, l.immNext = l.immediates, 0
	l.immediates = nil
	for !l.stopping {
		im := l.queuedImmediate()
		if im == nil {
			break
		}
		if js, ok := im.owner.(JSImmediateOwner); ok {
			l.takeImmediate(im)
			l.batchImm = js
			obj, args := js.ImmediateObject()
			l.enterWith(l.jsImmediates, obj, args)
			l.finishImmediate() // if an uncatchable error cut the batch short
			l.checkpoint()
			continue
		}
		l.takeImmediate(im)
		im.owner.(ImmediateOwner).FireImmediate(im)
	}
	q := l.immQueue
	clear(q)
	l.immQueue, l.immNext = nil, 0
	if !l.stopping && l.immediates == nil {
		l.immediates = q[:0]
	}
}

// nextCheckPhase moves a batch of immediates on to the next loop
// iteration's check phase when nothing would run before it: no timer due,
// no completion posted, the loop alive and not stopping. A chain of
// immediates then runs in one entry into the VM while the loop is
// otherwise idle, in the order the loop's phases would give.
func (l *Loop) nextCheckPhase() bool {
	if len(l.immediates) == 0 || l.refImm == 0 || l.ctx.Err() != nil {
		return false
	}
	if !l.timers.empty() && l.timers.expiry() <= l.clock.Now() {
		return false
	}
	l.mu.Lock()
	posted := len(l.inbox) > 0
	l.mu.Unlock()
	if posted {
		return false
	}
	done := l.immQueue
	clear(done)
	l.immQueue, l.immNext = l.immediates, 0
	l.immediates = done[:0]
	return true
}

// queuedImmediate returns the next immediate of the running check phase
// that is still queued, or nil.
func (l *Loop) queuedImmediate() *Immediate {
	for ; l.immNext < len(l.immQueue); l.immNext++ {
		if im := l.immQueue[l.immNext]; im.queued {
			return im
		}
	}
	return nil
}

// takeImmediate dequeues im, the immediate queuedImmediate returned, as it
// starts to run.
func (l *Loop) takeImmediate(im *Immediate) {
	l.immNext++
	im.queued = false
	if !im.unref {
		l.refImm--
	}
}

// nextImmediate is the Go half of support.js's immediates(), as
// nextTimeout is for timers.
func (l *Loop) nextImmediate(c goja.FunctionCall) goja.Value {
	l.vmi.keep()
	l.finishImmediate()
	threw := c.Argument(0).ToBoolean()
	if l.stopping || !threw && (c.Argument(1).ToBoolean() || !l.quiet()) {
		return goja.Undefined()
	}
	im := l.queuedImmediate()
	if im == nil && l.nextCheckPhase() {
		im = l.queuedImmediate()
	}
	if im == nil {
		return goja.Undefined()
	}
	js, ok := im.owner.(JSImmediateOwner)
	if !ok {
		return goja.Undefined()
	}
	l.takeImmediate(im)
	l.batchImm = js
	obj, _ := js.ImmediateObject()
	return obj
}

// finishImmediate is Node's `finally` for the JS immediate that ran last.
func (l *Loop) finishImmediate() {
	if js := l.batchImm; js != nil {
		l.batchImm = nil
		js.ImmediateDone()
	}
}
