package timers

import (
	"sync"
	"time"

	"github.com/jsloop/jsloop/jsloop"
)

// GoTimer is a Go callback scheduled on a loop's timer heap from any
// goroutine: it runs on the loop goroutine as its own macrotask, ordered
// with the JS timers by deadline, and keeps the loop alive until it fires
// or is stopped.
type GoTimer struct {
	loop    *jsloop.Loop
	mu      sync.Mutex
	t       *jsloop.Timer
	stopped bool
}

// AfterFunc runs fn on l's loop goroutine after d (every d when repeat is
// true). It may be called from any goroutine; it returns jsloop.ErrClosed
// when the loop's run has ended.
func AfterFunc(l *jsloop.Loop, d time.Duration, repeat bool, fn func()) (*GoTimer, error) {
	g := &GoTimer{loop: l}
	err := l.Post(func() {
		g.mu.Lock()
		defer g.mu.Unlock()
		if !g.stopped {
			g.t = l.SetTimer(d, repeat, fn)
		}
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// Stop cancels the timer; the callback does not run afterwards (a run
// already under way on the loop finishes). Any goroutine.
func (g *GoTimer) Stop() {
	g.mu.Lock()
	g.stopped = true
	g.mu.Unlock()
	g.loop.Post(func() {
		g.mu.Lock()
		t := g.t
		g.mu.Unlock()
		if t != nil {
			t.Stop()
		}
	})
}
