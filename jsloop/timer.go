package jsloop

import (
	"time"

	"github.com/dop251/goja"
)

// Timer is a callback scheduled on the loop. Timers live in Node's layout
// (lib/internal/timers.js): one FIFO list per delay, appended to in
// scheduling order, and a min-heap of those lists keyed by (expiry, id). The
// timers phase takes the earliest list and runs its due timers one after
// another; at the first one not yet due the list gets that timer's deadline
// as its expiry and a fresh id, and goes back into the heap. Clearing a
// timer does not touch its list's expiry. This is Node's order, ties
// included, a million timers of one delay cost O(1) each, and one
// time.Timer serves the earliest expiry, whatever the number of timers.
//
// A Timer's methods may be called only on the loop goroutine.
type Timer struct {
	loop       *Loop
	deadline   time.Duration
	delay      time.Duration
	prev, next *Timer
	owner      any // a TimerOwner or a JSTimerOwner
	scheduled  bool
	repeat     bool
	unref      bool
	cleared    bool
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
// arguments (undefined for none) as the timer starts to run, or a nil obj
// to skip it (Node skips a timer whose _onTimeout was cleared: it is
// neither run nor re-armed, and TimerDone is not called); TimerDone runs
// right after the callback, before ticks, promise jobs or an exception
// handler, and before an interval is re-armed (Node's `finally`).
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
	if t.scheduled {
		// Node's refresh() appends the timer to its list again; the list
		// stays, even when it was the only timer in it.
		l.timers.unlink(t, delay == t.delay)
	} else if !t.unref {
		l.refTimers++
	}
	t.delay = delay
	t.deadline = start + delay
	l.timers.insert(t)
}

// Stop unschedules t. It reports whether t was scheduled. Loop goroutine only.
func (t *Timer) Stop() bool {
	t.cleared = true
	if !t.scheduled {
		return false
	}
	t.loop.timers.unlink(t, false)
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
func (t *Timer) Active() bool { return t.scheduled }

// Delay returns the timer's delay.
func (t *Timer) Delay() time.Duration { return t.delay }

// Ref makes t keep the loop alive (the default).
func (t *Timer) Ref() {
	if t.unref {
		t.unref = false
		if t.scheduled {
			t.loop.refTimers++
		}
	}
}

// Unref lets the loop exit while t is still scheduled.
func (t *Timer) Unref() {
	if !t.unref {
		t.unref = true
		if t.scheduled {
			t.loop.refTimers--
		}
	}
}

// HasRef reports whether t keeps the loop alive when scheduled.
func (t *Timer) HasRef() bool { return !t.unref }

// timerList is the FIFO of scheduled timers sharing one delay (Node's
// TimersList). expiry and id are its key in the heap: set when the list is
// created and when the timers phase stops at a timer not yet due.
type timerList struct {
	delay      time.Duration
	expiry     time.Duration
	id         uint64
	head, tail *Timer
	index      int // position in the heap
}

// timerQueue holds the lists in a binary min-heap ordered by (expiry, id),
// written out rather than through container/heap to keep interface calls
// off the hot path.
type timerQueue struct {
	heap   []*timerList
	lists  map[time.Duration]*timerList
	nextID uint64
}

// empty reports whether no list is queued.
func (q *timerQueue) empty() bool { return len(q.heap) == 0 }

// expiry is the earliest list's expiry: when the timers phase has work
// (perhaps only re-queuing a list whose first timers were cleared).
func (q *timerQueue) expiry() time.Duration { return q.heap[0].expiry }

// insert appends t to the list of its delay, creating the list if needed.
func (q *timerQueue) insert(t *Timer) {
	if q.lists == nil {
		q.lists = map[time.Duration]*timerList{}
	}
	t.scheduled = true
	tl := q.lists[t.delay]
	if tl == nil {
		q.nextID++
		tl = &timerList{delay: t.delay, expiry: t.deadline, id: q.nextID}
		q.lists[t.delay] = tl
		tl.head, tl.tail = t, t
		tl.index = len(q.heap)
		q.heap = append(q.heap, tl)
		q.up(tl.index)
		return
	}
	t.prev = tl.tail
	if tl.tail != nil {
		tl.tail.next = t
	} else {
		tl.head = t
	}
	tl.tail = t
}

// unlink removes a scheduled timer from its list. A list left empty leaves
// the heap unless keep is set (the timer goes straight back in).
func (q *timerQueue) unlink(t *Timer, keep bool) {
	tl := q.lists[t.delay]
	q.detach(tl, t)
	if tl.head == nil && !keep {
		q.removeList(tl)
	}
}

func (q *timerQueue) detach(tl *timerList, t *Timer) {
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
	t.prev, t.next, t.scheduled = nil, nil, false
}

// due returns the next timer to run at now, in Node's order
// (processTimers and listOnTimeout): the due timers of the earliest list,
// then those of the next. A list found empty leaves the heap; one whose
// first timer is not yet due is re-queued with that timer's deadline and a
// fresh id. It returns nil when no timer is due.
func (q *timerQueue) due(now time.Duration) *Timer {
	for len(q.heap) > 0 {
		tl := q.heap[0]
		if tl.expiry > now {
			return nil
		}
		t := tl.head
		switch {
		case t == nil:
			q.removeList(tl)
		case t.deadline <= now:
			return t
		default:
			tl.expiry = t.deadline
			q.nextID++
			tl.id = q.nextID
			q.down(0)
		}
	}
	return nil
}

// dueIn returns the first timer of tl if tl is the earliest list and that
// timer is due at now, else nil.
func (q *timerQueue) dueIn(tl *timerList, now time.Duration) *Timer {
	if len(q.heap) == 0 || q.heap[0] != tl || tl.head == nil || tl.head.deadline > now {
		return nil
	}
	return tl.head
}

// take removes t, the timer due returned, from its list as it starts to
// run. The list stays in the heap, empty or not, until due looks at it
// again: a timer of the same delay scheduled meanwhile joins it, as in
// Node.
func (q *timerQueue) take(t *Timer) {
	q.detach(q.heap[0], t)
}

func (q *timerQueue) removeList(tl *timerList) {
	if q.lists[tl.delay] == tl {
		delete(q.lists, tl.delay)
	}
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
			t.prev, t.next, t.scheduled = nil, nil, false
			t = next
		}
	}
	q.heap, q.lists = nil, nil
}

func (q *timerQueue) less(i, j int) bool {
	a, b := q.heap[i], q.heap[j]
	return a.expiry < b.expiry || a.expiry == b.expiry && a.id < b.id
}

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
