// Package gctune is the jsloop CLI's garbage-collector policy: a floor
// under the collector's headroom. The bench runners use it too, so that a
// comparison with a bare goja runtime measures the loop, not the GC
// settings.
package gctune

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

type sentinel struct{ _ *sentinel }

// gcMaxPercent bounds the GOGC the floor may ask for, so that a live heap
// measured near zero between two bursts cannot let the next one run away.
const gcMaxPercent = 400

// gcHeadroom is the least the heap may grow past the live heap before the
// next collection.
const gcHeadroom = 16 << 20

// Start gives the collector a floor under its headroom. Go's default
// (GOGC=100) lets the heap grow to twice the live heap, which for the few
// megabytes most scripts keep live (the runtime, the bindings, a working
// set) means a collection every few megabytes allocated; goja allocates
// for every object, closure and promise, so a busy script spent a quarter
// of its CPU in the collector (fetch_10k). After each collection the goal
// becomes live + max(live, gcHeadroom): GOGC=100 once the live heap passes
// gcHeadroom, so large heaps (100k pending timers, say) are paced exactly as
// before. It stays out of the way when GOGC or GOMEMLIMIT is set.
func Start() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	sample := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/scan/globals:bytes"},
		{Name: "/gc/scan/stack:bytes"},
	}
	percent := 100
	var last uint64
	var arm func()
	arm = func() {
		// A finalizer runs after each cycle that found its object dead
		// (one with a pointer: the tiny allocator's may never run).
		runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
			metrics.Read(sample)
			live := sample[0].Value.Uint64()
			p := gcPercent(live, sample[1].Value.Uint64()+sample[2].Value.Uint64(), last)
			last = live
			if p != percent {
				percent = p
				debug.SetGCPercent(p)
			}
			arm()
		})
	}
	arm()
}

// gcPercent is the GOGC that puts the next goal gcHeadroom past the live
// heap (the pacer's goal is live + (live + roots) * GOGC/100, roots being
// the globals and stacks it scans), within [100, gcMaxPercent]. A live
// heap that grew by more than an eighth since the last cycle (a script
// building up data) gets Go's default.
func gcPercent(live, roots, lastLive uint64) int {
	base := live + roots
	if base == 0 || base >= gcHeadroom || live > lastLive+lastLive/8 {
		return 100
	}
	return max(100, min(int(gcHeadroom*100/base), gcMaxPercent))
}
