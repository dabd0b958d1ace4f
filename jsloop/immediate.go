package jsloop

// Immediate is a callback queued for the loop's check phase (setImmediate).
// Its methods may be called only on the loop goroutine.
type Immediate struct {
	loop   *Loop
	owner  ImmediateOwner
	queued bool
	unref  bool
}

// ImmediateOwner runs an immediate in the check phase: the binding that
// embeds it, or a Go func for SetImmediate.
type ImmediateOwner interface {
	FireImmediate(im *Immediate)
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
// run in FIFO order; ones queued meanwhile wait for the next iteration.
func (l *Loop) runImmediates() {
	q := l.immediates
	if len(q) == 0 {
		return
	}
	l.immediates = nil
	for i, im := range q {
		q[i] = nil
		if !im.queued || l.stopping {
			continue
		}
		im.queued = false
		if !im.unref {
			l.refImm--
		}
		im.owner.FireImmediate(im)
	}
	if l.stopping {
		return
	}
	if l.immediates == nil {
		l.immediates = q[:0]
	}
}
