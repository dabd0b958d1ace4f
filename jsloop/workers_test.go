package jsloop_test

import (
	"context"
	"runtime"
	"sync"
	"testing"
	"time"
)

// Go reuses idle workers, keeps at most 128 waiting after a burst, and Run
// returns only after every worker has exited.
func TestGoWorkers(t *testing.T) {
	before := runtime.NumGoroutine()
	l, _, _ := newLoop(t)
	const burst = 300
	var peak, afterBurst int
	err := l.Run(context.Background(), func() error {
		release := make(chan struct{})
		var started sync.WaitGroup
		started.Add(burst)
		left := burst
		for i := 0; i < burst; i++ {
			res := l.Reserve()
			l.Go(func() {
				started.Done()
				<-release
				res.Settle(func() {
					if left--; left > 0 {
						return
					}
					// Workers past their Settle are still on their way
					// to wait or exit.
					deadline := time.Now().Add(2 * time.Second)
					for afterBurst = runtime.NumGoroutine(); afterBurst > before+128+5 && time.Now().Before(deadline); {
						time.Sleep(time.Millisecond)
						afterBurst = runtime.NumGoroutine()
					}
					// A second wave runs on the workers left waiting.
					for j := 0; j < 100; j++ {
						res := l.Reserve()
						l.Go(func() { res.Settle(nil) })
					}
				})
			})
		}
		started.Wait()
		peak = runtime.NumGoroutine()
		close(release)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if peak < before+burst {
		t.Errorf("peak %d goroutines, want at least %d: blocked jobs did not each get a worker", peak, before+burst)
	}
	if afterBurst > before+128+5 {
		t.Errorf("%d goroutines after the burst, want at most %d idle workers", afterBurst-before, 128)
	}
	waitGoroutines(t, before)
}
