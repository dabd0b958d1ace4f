package jsloop

import "testing"

// TestJobProbe pins the engine fact batching rests on: the probe sees goja's
// promise-job queue, empty between calls and non-empty while a job waits
// inside one. A goja upgrade that breaks it turns batching off (slower,
// still correct); this test says so.
func TestJobProbe(t *testing.T) {
	l := New()
	if !l.jobs.ok() {
		t.Fatal("goja.Runtime has no jobQueue slice any more: timers and immediates no longer run in batches")
	}
	if !l.jobs.empty() {
		t.Fatal("job queue not empty on a fresh runtime")
	}
	var during []bool
	l.vm.Set("probe", func() { during = append(during, l.jobs.empty()) })
	if _, err := l.vm.RunString("probe(); Promise.resolve().then(() => probe()); probe()"); err != nil {
		t.Fatal(err)
	}
	want := []bool{true, false, true}
	if len(during) != 3 || during[0] != want[0] || during[1] != want[1] || during[2] != want[2] {
		t.Fatalf("probe saw empty=%v, want %v", during, want)
	}
	if !l.jobs.empty() {
		t.Fatal("job queue not empty after the call returned")
	}
}
