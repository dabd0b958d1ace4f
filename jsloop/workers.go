package jsloop

import (
	"sync"
	"sync/atomic"
)

// maxIdleWorkers bounds the goroutines Go keeps waiting for work.
const maxIdleWorkers = 128

// workers are the goroutines Go runs Go-side work on. A worker that
// finishes a job waits for the next one instead of exiting, so a stream of
// requests reuses goroutines whose stacks have already grown to what
// net/http needs (growing a fresh goroutine's stack cost a concurrent fetch
// workload about 6% of its CPU). At most maxIdleWorkers wait; the rest
// exit. All exit when the run ends, and Run waits for them.
type workers struct {
	jobs chan func()   // unbuffered: a send succeeds only into a waiting worker
	quit chan struct{} // closed when the run ends
	idle atomic.Int32
	wg   sync.WaitGroup
}

// Go runs fn on a worker goroutine: Go-side work (I/O, a blocking call)
// whose result comes back through a Reservation's Settle. fn must return
// soon after the loop's context is done: Run waits for it. Call it on the
// loop goroutine or in a function Go runs (never on a goroutine Run does
// not wait for); after the run has ended fn runs on a goroutine of its own.
func (l *Loop) Go(fn func()) {
	w := &l.workers
	if l.closedNow() {
		go fn()
		return
	}
	select {
	case w.jobs <- fn:
		return
	default:
	}
	w.wg.Add(1)
	go w.work(fn)
}

func (w *workers) work(fn func()) {
	defer w.wg.Done()
	for {
		fn()
		if w.idle.Add(1) > maxIdleWorkers {
			w.idle.Add(-1)
			return
		}
		select {
		case fn = <-w.jobs:
			w.idle.Add(-1)
		case <-w.quit:
			return
		}
	}
}

// stop ends the idle workers and waits for the busy ones to finish.
func (w *workers) stop() {
	close(w.quit)
	w.wg.Wait()
}
