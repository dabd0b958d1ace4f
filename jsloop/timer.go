package jsloop

import (
	"time"

	"github.com/dop251/goja"
)

// Timer is a callback scheduled on the loop. Timers live in Node's layout:
// one FIFO list per delay (timers with equal delays are created in deadline
// order, so appending keeps each list sorted) and a min-heap of those lists
// keyed by their head's (deadline, sequence). Equal deadlines fire in
// insertion order, a million timers of one delay cost O(1) each, and one
// time.Timer serves the earliest deadline, whatever the number of timers.
//
// A Timer's methods may be called only on the loop goroutine.
type Timer struct {
	loop       *Loop
	deadline   time.Duration
	seq        uint64
	delay      time.Duration
	list       *timerList // nil when not scheduled
	prev, next *Timer
	repeat     bool
	unref      bool
	cleared    bool
	owner      any // a TimerOwner or a JSTimerOwner
}

// TimerOwner runs a timer when it is due: a Go func for SetTimer, or a
// binding that embeds the Timer in its own struct (InitTimer).
type TimerOwner interface {
	FireTimer(t *Timer)
}

// JSTimerOwner is the owner of a timer whose callback is a JS object run
// the way Node's listOnTimeout runs a Timeout: obj._onTimeout(...
// obj._timerArgs) with obj as `this`, a throw reported as an uncaught
// exception. The loop runs such timers itself, several in one entry into
// the VM when no nextTick, promise job or rejection is pending between them
// (Node runs them in one call too). TimerObject returns obj and its
// arguments (undefined for none) as the timer starts to run; TimerDone runs
// after the callback and its microtask checkpoint, before an interval is
// re-armed.
type JSTimerOwner interface {
	TimerObject() (obj *goja.Object, args goja.Value)
	TimerDone(t *Timer)
}

// goTimer is the owner of a SetTimer timer.
type goTimer func()

func (f goTimer) FireTimer(t *Timer) { t.loop.runTask(f) }

// SetTimer schedules fn to run on the loop after delay (and every delay after
// that when repeat is true). The returned timer keeps the loop alive until it
// fires, is stopped or is unref'd. Loop goroutine only.
func (l *Loop) SetTimer(delay time.Duration, repeat bool, fn func()) *Timer {
	t := &Timer{loop: l, owner: goTimer(fn), repeat: repeat}
	t.schedule(delay)
	return t
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
	if t.list != nil {
		l.timers.unlink(t)
	} else if !t.unref {
		l.refTimers++
	}
	t.delay = delay
	t.deadline = start + delay
	l.timerSeq++
	t.seq = l.timerSeq
	l.timers.insert(t)
}

// Stop unschedules t. It reports whether t was scheduled. Loop goroutine only.
func (t *Timer) Stop() bool {
	t.cleared = true
	if t.list == nil {
		return false
	}
	t.loop.timers.unlink(t)
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
func (t *Timer) Active() bool { return t.list != nil }

// Delay returns the timer's delay.
func (t *Timer) Delay() time.Duration { return t.delay }

// Ref makes t keep the loop alive (the default).
func (t *Timer) Ref() {
	if t.unref {
		t.unref = false
		if t.list != nil {
			t.loop.refTimers++
		}
	}
}

// Unref lets the loop exit while t is still scheduled.
func (t *Timer) Unref() {
	if !t.unref {
		t.unref = true
		if t.list != nil {
			t.loop.refTimers--
		}
	}
}

// HasRef reports whether t keeps the loop alive when scheduled.
func (t *Timer) HasRef() bool { return !t.unref }

// timerList is the FIFO of scheduled timers sharing one delay.
type timerList struct {
	delay      time.Duration
	head, tail *Timer
	index      int // position in the heap
}

// timerQueue holds the lists in a binary min-heap ordered by the (deadline,
// seq) of their heads, written out rather than through container/heap to
// keep interface calls off the hot path.
type timerQueue struct {
	heap  []*timerList
	lists map[time.Duration]*timerList
}

// Len reports whether any timer is scheduled.
func (q *timerQueue) empty() bool { return len(q.heap) == 0 }

// first returns the timer with the earliest (deadline, seq).
func (q *timerQueue) first() *Timer { return q.heap[0].head }

func before(a, b *Timer) bool {
	return a.deadline < b.deadline || a.deadline == b.deadline && a.seq < b.seq
}

func (q *timerQueue) insert(t *Timer) {
	if q.lists == nil {
		q.lists = map[time.Duration]*timerList{}
	}
	tl := q.lists[t.delay]
	if tl == nil {
		tl = &timerList{delay: t.delay}
		q.lists[t.delay] = tl
		t.list = tl
		tl.head, tl.tail = t, t
		tl.index = len(q.heap)
		q.heap = append(q.heap, tl)
		q.up(tl.index)
		return
	}
	t.list = tl
	// Appending keeps the list sorted except for an interval rescheduled
	// from the start of its run: walk back to its place.
	at := tl.tail
	for at != nil && before(t, at) {
		at = at.prev
	}
	if at == nil {
		t.next = tl.head
		tl.head.prev = t
		tl.head = t
		q.fix(tl.index)
		return
	}
	t.prev, t.next = at, at.next
	if at.next != nil {
		at.next.prev = t
	} else {
		tl.tail = t
	}
	at.next = t
}

// unlink removes a scheduled timer.
func (q *timerQueue) unlink(t *Timer) {
	tl := t.list
	wasHead := tl.head == t
	if t.prev != nil {
		t.prev.next = t.next
	} else {
		tl.head = t.next
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else {
		tl.tail = t.prev
	}
	t.prev, t.next, t.list = nil, nil, nil
	switch {
	case tl.head == nil:
		q.removeList(tl)
	case wasHead:
		q.fix(tl.index)
	}
}

// popFirst removes and returns the earliest timer.
func (q *timerQueue) popFirst() *Timer {
	t := q.heap[0].head
	q.unlink(t)
	return t
}

func (q *timerQueue) removeList(tl *timerList) {
	delete(q.lists, tl.delay)
	i := tl.index
	n := len(q.heap) - 1
	if i != n {
		q.swap(i, n)
	}
	q.heap[n] = nil
	q.heap = q.heap[:n]
	if i != n {
		q.fix(i)
	}
}

func (q *timerQueue) clear() {
	for _, tl := range q.heap {
		for t := tl.head; t != nil; {
			next := t.next
			t.prev, t.next, t.list = nil, nil, nil
			t = next
		}
	}
	q.heap, q.lists = nil, nil
}

func (q *timerQueue) less(i, j int) bool { return before(q.heap[i].head, q.heap[j].head) }

func (q *timerQueue) swap(i, j int) {
	h := q.heap
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}

func (q *timerQueue) fix(i int) {
	if !q.down(i) {
		q.up(i)
	}
}

func (q *timerQueue) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !q.less(j, i) {
			break
		}
		q.swap(i, j)
		j = i
	}
}

func (q *timerQueue) down(i0 int) bool {
	n := len(q.heap)
	i := i0
	for {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 {
			break
		}
		j := j1
		if j2 := j1 + 1; j2 < n && q.less(j2, j1) {
			j = j2
		}
		if !q.less(j, i) {
			break
		}
		q.swap(i, j)
		i = j
	}
	return i > i0
}

// InitTimer prepares a Timer embedded in a binding's own struct (sparing an
// allocation per timer); owner.FireTimer runs when it is due. Loop
// goroutine only.
func (l *Loop) InitTimer(t *Timer, owner TimerOwner) {
	*t = Timer{loop: l, owner: owner}
}

// InitJSTimer is InitTimer for a timer whose callback is a JS object (see
// JSTimerOwner). Loop goroutine only.
func (l *Loop) InitJSTimer(t *Timer, owner JSTimerOwner) {
	*t = Timer{loop: l, owner: owner}
}

// Loop returns the loop t belongs to.
func (t *Timer) Loop() *Loop { return t.loop }

// Repeats reports whether t is an interval.
func (t *Timer) Repeats() bool { return t.repeat }

// Cleared reports whether Stop was called since t was last started.
func (t *Timer) Cleared() bool { return t.cleared }
