package fetch

import (
	"io"
	"sync"
	"time"

	"github.com/jsloop/jsloop/jsloop"
)

// prefetchMax is the largest body of known length read with the head.
const prefetchMax = 64 << 10

// prefetchWait is how long the head waits for such a body to arrive.
const prefetchWait = time.Millisecond

// lateBody is a small body still arriving when its head went to the
// script: reads wait for all of it (or the error that ended it).
type lateBody struct {
	done sync.WaitGroup // done when data and err are set
	data []byte
	err  error
}

func (b *lateBody) Read(p []byte) (int, error) {
	b.done.Wait()
	if len(b.data) == 0 {
		if b.err != nil {
			return 0, b.err
		}
		return 0, io.EOF
	}
	n := copy(p, b.data)
	b.data = b.data[n:]
	return n, nil
}

// Close does nothing: the body's cancel ends the request, and so the read.
func (b *lateBody) Close() error { return nil }

// prefetches are the small bodies being read with their heads (see
// core.start). A body still arriving prefetchWait after its head makes the
// head go to the script first; its reads then wait for the rest. One
// watchdog on a loop worker checks every prefetchWait while any are
// pending, instead of a timer per request (a timer's allocation and heap
// operations cost ~0.8 µs, a few percent of a fetch).
type prefetches struct {
	mu       sync.Mutex
	pending  []*prefetch
	watching bool // a watchdog runs
}

// prefetch is one body being read with its head.
type prefetch struct {
	ps    *prefetches
	since time.Time
	i     int // index in ps.pending while pending
	head  func(rd io.ReadCloser, pre []byte, prefetched bool, err error)
	late  *lateBody // set when the watchdog sent the head without the body
}

// add registers a body whose read starts now; head is how its head goes
// to the script.
func (ps *prefetches) add(l *jsloop.Loop, head func(io.ReadCloser, []byte, bool, error)) *prefetch {
	pf := &prefetch{ps: ps, since: time.Now(), head: head}
	ps.mu.Lock()
	pf.i = len(ps.pending)
	ps.pending = append(ps.pending, pf)
	start := !ps.watching
	ps.watching = true
	ps.mu.Unlock()
	if start {
		l.Go(ps.watch)
	}
	return pf
}

// finish hands over the body's bytes (or the error that ended its read):
// with the head if the watchdog has not sent that yet, else to the reads
// waiting for it.
func (pf *prefetch) finish(data []byte, err error) {
	ps := pf.ps
	ps.mu.Lock()
	late := pf.late
	if late == nil {
		ps.remove(pf)
	}
	ps.mu.Unlock()
	switch {
	case late != nil:
		late.data, late.err = data, err
		late.done.Done()
	case err != nil:
		// Reported on the body read, as a streamed body would.
		pf.head(errReader{err}, nil, false, nil)
	default:
		pf.head(nil, data, true, nil)
	}
}

// remove takes pf out of the pending list. ps.mu held.
func (ps *prefetches) remove(pf *prefetch) {
	last := len(ps.pending) - 1
	ps.pending[pf.i] = ps.pending[last]
	ps.pending[pf.i].i = pf.i
	ps.pending[last] = nil
	ps.pending = ps.pending[:last]
}

// watch sends the heads of the bodies pending for prefetchWait or longer,
// until none is pending.
func (ps *prefetches) watch() {
	var due []*prefetch
	for {
		time.Sleep(prefetchWait / 2)
		now := time.Now()
		ps.mu.Lock()
		for i := 0; i < len(ps.pending); {
			pf := ps.pending[i]
			if now.Sub(pf.since) < prefetchWait {
				i++
				continue
			}
			pf.late = &lateBody{}
			pf.late.done.Add(1)
			ps.remove(pf)
			due = append(due, pf)
		}
		idle := len(ps.pending) == 0
		if idle {
			ps.watching = false
		}
		ps.mu.Unlock()
		for i, pf := range due {
			pf.head(pf.late, nil, false, nil)
			due[i] = nil
		}
		due = due[:0]
		if idle {
			return
		}
	}
}
