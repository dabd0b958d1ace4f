package jsloop

import "time"

// Timer is a callback scheduled on the loop's timer heap: one min-heap keyed
// by (deadline, sequence), so equal deadlines fire in insertion order, and
// one time.Timer for the earliest deadline, whatever the number of timers.
//
// A Timer's methods may be called only on the loop goroutine.
type Timer struct {
	loop     *Loop
	fn       func()
	deadline time.Duration
	seq      uint64
	delay    time.Duration
	index    int // position in the heap; -1 when not scheduled
	repeat   bool
	unref    bool
	cleared  bool
	// Fire, when set, replaces fn: the timers package uses it to run a JS
	// callback through the loop's fast trampoline.
	fire func(t *Timer)
	// Data is free for the owner of the timer (the timers package keeps its
	// JS handle here).
	Data any
}

// SetTimer schedules fn to run on the loop after delay (and every delay after
// that when repeat is true). The returned timer keeps the loop alive until it
// fires, is stopped or is unref'd. Loop goroutine only.
func (l *Loop) SetTimer(delay time.Duration, repeat bool, fn func()) *Timer {
	t := &Timer{loop: l, fn: fn, repeat: repeat, index: -1}
	t.schedule(delay)
	return t
}

// NewTimer returns an unscheduled timer whose firing calls fire(t); Start
// schedules it. It exists so that bindings can avoid a closure per timer.
// Loop goroutine only.
func (l *Loop) NewTimer(fire func(*Timer)) *Timer {
	return &Timer{loop: l, fire: fire, index: -1}
}

// Start schedules t to fire after delay, every delay if repeat. A timer that
// is already scheduled is moved. Loop goroutine only.
func (t *Timer) Start(delay time.Duration, repeat bool) {
	t.repeat = repeat
	t.schedule(delay)
}

func (t *Timer) schedule(delay time.Duration) {
	t.scheduleFrom(t.loop.clock.Now(), delay)
}

func (t *Timer) scheduleFrom(start, delay time.Duration) {
	l := t.loop
	t.cleared = false
	if t.index >= 0 {
		l.timers.remove(t)
	} else if !t.unref {
		l.refTimers++
	}
	t.delay = delay
	t.deadline = start + delay
	l.timerSeq++
	t.seq = l.timerSeq
	l.timers.push(t)
}

// Stop unschedules t. It reports whether t was scheduled. Loop goroutine only.
func (t *Timer) Stop() bool {
	t.cleared = true
	if t.index < 0 {
		return false
	}
	t.loop.timers.remove(t)
	if !t.unref {
		t.loop.refTimers--
	}
	return true
}

// Refresh re-arms t with its last delay counted from now, even after it
// fired (Node's timeout.refresh()). Loop goroutine only.
func (t *Timer) Refresh() { t.schedule(t.delay) }

func (t *Timer) stopped() bool { return t.cleared }

// Active reports whether t is scheduled.
func (t *Timer) Active() bool { return t.index >= 0 }

// Delay returns the timer's delay.
func (t *Timer) Delay() time.Duration { return t.delay }

// Ref makes t keep the loop alive (the default).
func (t *Timer) Ref() {
	if t.unref {
		t.unref = false
		if t.index >= 0 {
			t.loop.refTimers++
		}
	}
}

// Unref lets the loop exit while t is still scheduled.
func (t *Timer) Unref() {
	if !t.unref {
		t.unref = true
		if t.index >= 0 {
			t.loop.refTimers--
		}
	}
}

// HasRef reports whether t keeps the loop alive when scheduled.
func (t *Timer) HasRef() bool { return !t.unref }

// timerHeap is a binary min-heap ordered by (deadline, seq). It is written out
// rather than using container/heap to avoid the interface calls on the hot
// path of a million timers.
type timerHeap []*Timer

func (h timerHeap) less(i, j int) bool {
	a, b := h[i], h[j]
	return a.deadline < b.deadline || a.deadline == b.deadline && a.seq < b.seq
}

func (h timerHeap) swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}

func (h *timerHeap) push(t *Timer) {
	t.index = len(*h)
	*h = append(*h, t)
	h.up(t.index)
}

func (h *timerHeap) popMin() *Timer {
	old := *h
	n := len(old) - 1
	t := old[0]
	old.swap(0, n)
	old[n] = nil
	*h = old[:n]
	if n > 0 {
		h.down(0)
	}
	t.index = -1
	return t
}

func (h *timerHeap) remove(t *Timer) {
	i := t.index
	old := *h
	n := len(old) - 1
	if i != n {
		old.swap(i, n)
	}
	old[n] = nil
	*h = old[:n]
	if i != n {
		if !h.down(i) {
			h.up(i)
		}
	}
	t.index = -1
}

func (h timerHeap) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		j = i
	}
}

func (h timerHeap) down(i0 int) bool {
	n := len(h)
	i := i0
	for {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 {
			break
		}
		j := j1
		if j2 := j1 + 1; j2 < n && h.less(j2, j1) {
			j = j2
		}
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		i = j
	}
	return i > i0
}

// InitTimer prepares a Timer embedded in a binding's own struct (sparing an
// allocation per timer); fire is called when it is due. Loop goroutine only.
func (l *Loop) InitTimer(t *Timer, fire func(*Timer)) {
	*t = Timer{loop: l, fire: fire, index: -1}
}

// Repeats reports whether t is an interval.
func (t *Timer) Repeats() bool { return t.repeat }

// Cleared reports whether Stop was called since t was last started.
func (t *Timer) Cleared() bool { return t.cleared }
