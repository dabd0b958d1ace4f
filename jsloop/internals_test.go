package jsloop

import (
	"testing"

	"github.com/dop251/goja"
)

// TestVMInternals pins the engine facts the loop's speed rests on: it sees
// goja's promise-job queue (empty between calls, not empty while a job waits
// inside one) and can lend goja its value stack. A goja upgrade that breaks
// either makes the loop slower, not wrong; this test says so.
func TestVMInternals(t *testing.T) {
	l := New()
	if !l.vmi.ok() {
		t.Fatal("goja.Runtime has no jobQueue slice any more: timers and immediates no longer run in batches")
	}
	if l.vmi.stack == nil {
		t.Fatal("goja's vm has no stack []Value any more: every entry grows a new value stack")
	}
	if !l.vmi.empty() {
		t.Fatal("job queue not empty on a fresh runtime")
	}
	var during []bool
	l.vm.Set("probe", func() { during = append(during, l.vmi.empty()) })
	if _, err := l.vm.RunString("probe(); Promise.resolve().then(() => probe()); probe()"); err != nil {
		t.Fatal(err)
	}
	want := []bool{true, false, true}
	if len(during) != 3 || during[0] != want[0] || during[1] != want[1] || during[2] != want[2] {
		t.Fatalf("probe saw empty=%v, want %v", during, want)
	}
	if !l.vmi.empty() {
		t.Fatal("job queue not empty after the call returned")
	}
	if *l.vmi.stack != nil {
		t.Fatal("goja keeps its stack between calls now: lending it is no longer needed")
	}
}

// TestLentStack checks that an entry runs on the kept stack, that a deeper
// call's bigger stack is kept, and that going idle clears what entries left.
func TestLentStack(t *testing.T) {
	l := New()
	spare := &l.vmi.spare[:1][0]
	var onLent bool
	l.vm.Set("probe", func() { onLent = len(*l.vmi.stack) > 0 && &(*l.vmi.stack)[0] == spare })
	fn, err := l.vm.RunString("(function(o){ probe(); return o })")
	if err != nil {
		t.Fatal(err)
	}
	call, _ := goja.AssertFunction(fn)
	l.enter(call, l.vm.NewObject())
	if !onLent {
		t.Fatal("the entry did not run on the lent stack")
	}
	if l.vmi.spare[:cap(l.vmi.spare)][0] == nil {
		t.Fatal("nothing written to the lent stack")
	}
	l.vmi.scrub()
	for i, v := range l.vmi.spare[:cap(l.vmi.spare)] {
		if v != nil {
			t.Fatalf("slot %d still holds %v after scrub", i, v)
		}
	}
	deep, err := l.vm.RunString("(function(){ let f = n => n ? f(n-1) + 1 : (probe(), 0); return f(500) })")
	if err != nil {
		t.Fatal(err)
	}
	call, _ = goja.AssertFunction(deep)
	l.vm.Set("probe", func() { l.vmi.keep() })
	l.enter(call)
	if cap(l.vmi.spare) <= 128 {
		t.Fatalf("deep call's stack not kept: cap %d", cap(l.vmi.spare))
	}
}
