package fetch_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jsloop/jsloop/fetch"
)

// A 100 MB body read chunk by chunk keeps the process's memory flat: the
// socket is read only as fast as the script reads.
func TestHundredMegabytesStreamFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	const size = 100 << 20
	chunk := []byte(strings.Repeat("x", 64<<10))
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(size))
		for n := 0; n < size; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}))
	defer s.Close()
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
			// The live heap, not the heap in use: garbage the collector
			// has not reached yet (it lags when CI runs packages in
			// parallel) says nothing about buffering.
			runtime.GC()
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.Load() {
				peak.Store(ms.HeapAlloc)
			}
		}
	}()
	out, err := run(t, s.URL, `
		fetch(BASE).then(async (r) => {
			const reader = r.body.getReader();
			let n = 0, chunks = 0;
			for (;;) {
				const { value, done } = await reader.read();
				if (done) break;
				n += value.byteLength;
				chunks++;
			}
			console.log(n, chunks > 100);
		});`)
	close(done)
	if err != nil {
		t.Fatal(err)
	}
	if out != fmt.Sprintf("%d true\n", size) {
		t.Fatalf("out %q", out)
	}
	grew := int64(peak.Load()) - int64(base.HeapAlloc)
	t.Logf("live heap grew by at most %d MB while streaming 100 MB", grew>>20)
	if grew > 48<<20 {
		t.Errorf("heap grew by %d MB: the body was buffered, not streamed", grew>>20)
	}
}

// Aborts: before the headers, in the middle of the body, by
// AbortSignal.timeout; each rejects with the signal's reason and nothing
// hangs.
func TestAbort(t *testing.T) {
	release := make(chan struct{})
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/slow-headers":
			select {
			case <-r.Context().Done():
			case <-release:
			}
		case "/slow-body":
			w.Write([]byte("first part "))
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
			case <-release:
			}
		}
	}))
	defer s.Close()
	defer close(release)
	out, err := run(t, s.URL, `
		(async () => {
			let c = new AbortController();
			setTimeout(() => c.abort(), 20);
			await fetch(BASE + '/slow-headers', { signal: c.signal }).catch((e) => console.log('headers:', e.name, e.message));
			c = new AbortController();
			const r = await fetch(BASE + '/slow-body', { signal: c.signal });
			setTimeout(() => c.abort(new Error('my reason')), 20);
			await r.text().catch((e) => console.log('body:', e.message));
			await fetch(BASE + '/slow-headers', { signal: AbortSignal.timeout(30) }).catch((e) => console.log('timeout:', e.name, e.message));
			const pre = AbortSignal.abort('why');
			await fetch(BASE + '/slow-headers', { signal: pre }).catch((e) => console.log('pre-aborted:', e));
		})();`)
	if err != nil {
		t.Fatal(err)
	}
	want := "headers: AbortError This operation was aborted\nbody: my reason\n" +
		"timeout: TimeoutError The operation was aborted due to timeout\npre-aborted: why\n"
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

// A response nobody reads does not keep the loop alive, and its connection
// is closed when the run ends.
func TestUnreadBodyReleased(t *testing.T) {
	closed := make(chan struct{})
	s := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("y", 1<<20))) // larger than what is read with the head
		w.(http.Flusher).Flush()
		<-r.Context().Done()
		close(closed)
	}))
	s.Start()
	defer s.Close()
	start := time.Now()
	out, err := run(t, s.URL, `fetch(BASE).then((r) => console.log('status', r.status));`)
	if err != nil || out != "status 200\n" {
		t.Fatalf("out %q err %v", out, err)
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("the unread body kept the loop alive for %v", time.Since(start))
	}
	select {
	case <-closed:
	case <-time.After(5 * time.Second):
		t.Error("the connection of the unread body was not closed when the run ended")
	}
}

// The request timeout and the in-flight limit an embedder can set.
func TestTimeoutAndInFlightLimits(t *testing.T) {
	var inflight, peak atomic.Int64
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inflight.Add(1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		defer inflight.Add(-1)
		switch r.URL.Path {
		case "/hang":
			<-r.Context().Done()
			return
		case "/slow-body":
			w.Header().Set("Content-Length", "4")
			w.(http.Flusher).Flush()
			time.Sleep(250 * time.Millisecond)
			w.Write([]byte("done"))
			return
		}
		time.Sleep(10 * time.Millisecond)
		w.Write([]byte("ok"))
	}))
	defer s.Close()
	// The timeout bounds the wait for the head, not the body.
	out, err := run(t, s.URL, `
		fetch(BASE + '/hang').catch((e) => console.log(e.message, e.cause.code))
			.then(() => fetch(BASE + '/slow-body')).then((r) => r.text()).then(console.log);`,
		fetch.WithTimeout(100*time.Millisecond))
	if err != nil || out != "fetch failed ETIMEDOUT\ndone\n" {
		t.Errorf("timeout: out %q err %v", out, err)
	}
	out, err = run(t, s.URL, `
		Promise.all(Array.from({ length: 20 }, () => fetch(BASE + '/x').then((r) => r.text())))
			.then((a) => console.log(a.length));`,
		fetch.WithMaxInFlight(4))
	if err != nil || out != "20\n" || peak.Load() > 4 {
		t.Errorf("in flight: out %q err %v peak %d", out, err, peak.Load())
	}
}
