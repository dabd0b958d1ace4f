package jsloop

import (
	"sync/atomic"
	"time"
)

// Clock is the loop's source of time. Now returns the time elapsed since the
// loop's epoch; it must be monotonic. Wall returns the wall-clock time that
// corresponds to Now (Date.now() reads it).
//
// The loop reads the clock only on its own goroutine, except Wall, which
// hostapi may also call from the loop goroutine only.
type Clock interface {
	Now() time.Duration
	Wall() time.Time
	// Virtual reports whether the loop may advance the clock itself when
	// nothing is runnable (see VirtualClock).
	Virtual() bool
	// Advance moves a virtual clock forward to at least t. A real clock
	// ignores it.
	Advance(t time.Duration)
}

// RealClock is the monotonic wall clock.
type RealClock struct {
	start time.Time
}

// NewRealClock returns a real clock whose epoch is now.
func NewRealClock() *RealClock { return &RealClock{start: time.Now()} }

// Now returns the monotonic time since the epoch.
func (c *RealClock) Now() time.Duration { return time.Since(c.start) }

// Wall returns time.Now().
func (c *RealClock) Wall() time.Time { return time.Now() }

// Virtual returns false.
func (c *RealClock) Virtual() bool { return false }

// Advance does nothing: real time cannot be moved.
func (c *RealClock) Advance(time.Duration) {}

// VirtualClock is a clock the loop moves itself: whenever nothing is runnable
// and no real I/O is in flight, the loop jumps it straight to the next timer's
// deadline. A script that waits an hour finishes at once with the same output
// and ordering. Date.now() and performance.now() follow it.
type VirtualClock struct {
	wallStart time.Time
	now       atomic.Int64
}

// NewVirtualClock returns a virtual clock at zero whose wall time starts at
// wallStart (time.Now() when zero).
func NewVirtualClock(wallStart time.Time) *VirtualClock {
	if wallStart.IsZero() {
		wallStart = time.Now()
	}
	return &VirtualClock{wallStart: wallStart}
}

// Now returns the virtual time.
func (c *VirtualClock) Now() time.Duration { return time.Duration(c.now.Load()) }

// Wall returns the start wall time plus the virtual time.
func (c *VirtualClock) Wall() time.Time { return c.wallStart.Add(c.Now()) }

// Virtual returns true.
func (c *VirtualClock) Virtual() bool { return true }

// Advance moves the clock forward to t; it never moves backwards.
func (c *VirtualClock) Advance(t time.Duration) {
	for {
		cur := c.now.Load()
		if int64(t) <= cur || c.now.CompareAndSwap(cur, int64(t)) {
			return
		}
	}
}
