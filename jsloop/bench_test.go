package jsloop_test

import (
	"context"
	"testing"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
	"github.com/jsloop/jsloop/timers"
)

// BenchmarkBareCall is the floor: calling an empty JS function from Go on a
// bare goja runtime (an outermost call, so goja also checks its job queue).
func BenchmarkBareCall(b *testing.B) {
	vm := goja.New()
	v, _ := vm.RunString(`(function () {})`)
	f, _ := goja.AssertFunction(v)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f(goja.Undefined())
	}
}

// BenchmarkMacrotask is the loop's cost to run the same empty function as
// one macrotask: the trampoline (exception capture, nextTick drain), the
// promise-job drain and the checkpoint.
func BenchmarkMacrotask(b *testing.B) {
	l := jsloop.New()
	fn, _ := l.VM().RunString(`(function () {})`)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.RunCallback(fn, goja.Undefined())
	}
}

// BenchmarkTimerMacrotask adds the timer heap: schedule and fire a Go timer
// per iteration.
func BenchmarkGoTimerTask(b *testing.B) {
	l := jsloop.New(jsloop.WithVirtualTime())
	n := 0
	l.Run(context.Background(), func() error {
		var tick func()
		tick = func() {
			if n++; n < b.N {
				l.SetTimer(0, false, tick)
			}
		}
		b.ResetTimer()
		l.SetTimer(0, false, tick)
		return nil
	})
}

// BenchmarkTimeoutBatch is a JS timer through the loop: setTimeout(f, 0)
// from JS, then the firing. Due timers run in batches, several per entry
// into the VM, so the per-timer cost can fall below one outermost call.
func BenchmarkTimeoutBatch(b *testing.B) {
	l := jsloop.New(jsloop.WithVirtualTime())
	if err := timers.Enable(l); err != nil {
		b.Fatal(err)
	}
	l.VM().Set("N", b.N)
	b.ResetTimer()
	err := l.RunScript(context.Background(), "bench.js", `
		let n = 0;
		function f() { n++; }
		for (let i = 0; i < N; i++) setTimeout(f, 0);`)
	if err != nil {
		b.Fatal(err)
	}
}
