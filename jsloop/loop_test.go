package jsloop_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

// newLoop returns a loop whose script can call record(s) and whose output
// is collected.
func newLoop(t *testing.T, opts ...jsloop.Option) (*jsloop.Loop, *[]string, *strings.Builder) {
	t.Helper()
	var stderr strings.Builder
	l := jsloop.New(append([]jsloop.Option{jsloop.WithStderr(&stderr)}, opts...)...)
	var log []string
	l.VM().Set("record", func(s string) { log = append(log, s) })
	return l, &log, &stderr
}

// Timers fire by deadline, then insertion order, and the elapsed (fake)
// time is exactly the longest delay.
func TestTimerOrderAndElapsed(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l, log, _ := newLoop(t)
		start := time.Now()
		err := l.Run(context.Background(), func() error {
			for _, d := range []int{30, 10, 20, 10, 0} {
				d := d
				l.SetTimer(time.Duration(d)*time.Millisecond, false, func() {
					*log = append(*log, fmt.Sprint(d))
				})
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(*log, " "); got != "0 10 10 20 30" {
			t.Errorf("order = %q", got)
		}
		if el := time.Since(start); el != 30*time.Millisecond {
			t.Errorf("elapsed = %v, want 30ms", el)
		}
	})
}

// An interval is due again delay after the start of its run, and Stop from
// inside its callback ends it.
func TestIntervalReschedulesFromStart(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l, _, _ := newLoop(t)
		var at []time.Duration
		l.Run(context.Background(), func() error {
			var iv *jsloop.Timer
			iv = l.SetTimer(20*time.Millisecond, true, func() {
				at = append(at, l.Now())
				time.Sleep(5 * time.Millisecond) // a slow callback
				if len(at) == 3 {
					iv.Stop()
				}
			})
			return nil
		})
		want := []time.Duration{20 * time.Millisecond, 40 * time.Millisecond, 60 * time.Millisecond}
		if fmt.Sprint(at) != fmt.Sprint(want) {
			t.Errorf("runs at %v, want %v", at, want)
		}
	})
}

func TestUnrefTimerDoesNotKeepAlive(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l, _, _ := newLoop(t)
		fired := false
		start := time.Now()
		l.Run(context.Background(), func() error {
			l.SetTimer(time.Hour, false, func() { fired = true }).Unref()
			l.SetTimer(time.Millisecond, false, func() {})
			return nil
		})
		if fired || time.Since(start) != time.Millisecond {
			t.Errorf("fired=%v elapsed=%v", fired, time.Since(start))
		}
	})
}

// The virtual clock jumps to each deadline: an hour passes in no real time
// and Date.now follows.
func TestVirtualClock(t *testing.T) {
	l, log, _ := newLoop(t, jsloop.WithVirtualTime())
	start := time.Now()
	err := l.Run(context.Background(), func() error {
		t0 := l.Now()
		l.SetTimer(time.Hour, false, func() { *log = append(*log, (l.Now() - t0).String()) })
		_, err := l.VM().RunString(`var d0 = Date.now()`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("virtual hour took %v of real time", time.Since(start))
	}
	if strings.Join(*log, "") != "1h0m0s" {
		t.Errorf("log = %v", *log)
	}
	v, _ := l.VM().RunString(`Date.now() - d0`)
	if v.ToInteger() != 3600000 {
		t.Errorf("Date.now advanced %v ms", v)
	}
}

// Node's checkpoint order: the callback, its ticks, then promise jobs; ticks
// queued by promise jobs run after the promise queue drains.
func TestCheckpointOrder(t *testing.T) {
	l, log, _ := newLoop(t)
	err := l.Run(context.Background(), func() error {
		vm := l.VM()
		vm.Set("nextTick", func(fn goja.Value) { l.NextTick(fn, goja.Undefined()) })
		_, err := vm.RunString(`
			Promise.resolve().then(() => { record("p1"); nextTick(() => record("tick from p1")); });
			nextTick(() => { record("t1"); Promise.resolve().then(() => record("p from t1")); nextTick(() => record("t from t1")); });
			record("sync");
		`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "sync t1 t from t1 p1 p from t1 tick from p1"
	if got := strings.Join(*log, " "); got != want {
		t.Errorf("order\n got %s\nwant %s", got, want)
	}
}

func TestUncaughtErrorStopsEverything(t *testing.T) {
	l, log, stderr := newLoop(t)
	err := l.RunScript(context.Background(), "/x/main.js", `
Promise.resolve().then(() => record("never: job queued before the throw"));
record("before");
throw new RangeError("boom");
`)
	var ue *jsloop.UncaughtError
	if !errors.As(err, &ue) || ue.ExitCode() != 1 || ue.Message != "RangeError: boom" {
		t.Fatalf("err = %#v", err)
	}
	if strings.Join(*log, ",") != "before" {
		t.Errorf("log = %v", *log)
	}
	for _, want := range []string{"/x/main.js:4\n", "throw new RangeError(\"boom\");\n^\n", "RangeError: boom\n    at /x/main.js:4:7"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestUnhandledRejection(t *testing.T) {
	l, _, stderr := newLoop(t)
	err := l.RunScript(context.Background(), "r.js", `Promise.reject(42)`)
	var ur *jsloop.UnhandledRejectionError
	if !errors.As(err, &ur) || ur.ExitCode() != 1 {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(stderr.String(), `The promise rejected with the reason "42".`) {
		t.Errorf("stderr = %s", stderr)
	}
}

// A Go panic in a host function becomes a JS error the script can catch.
func TestGoPanicBecomesJSError(t *testing.T) {
	l, log, _ := newLoop(t)
	err := l.Run(context.Background(), func() error {
		l.VM().Set("bad", l.Func(func(goja.FunctionCall) goja.Value {
			s, i := []int{}, 3
			return l.VM().ToValue(s[i]) // index out of range: a runtime panic
		}))
		_, err := l.VM().RunString(`try { bad() } catch (e) { record(e.message) }`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(*log) != 1 || !strings.Contains((*log)[0], "go panic: runtime error: index out of range [3] with length 0") {
		t.Errorf("log = %v", *log)
	}
}

// A panic in a Go task that is not wrapped is an uncaught error, not a crash.
func TestGoPanicInTask(t *testing.T) {
	l, _, _ := newLoop(t)
	err := l.Run(context.Background(), func() error {
		l.SetTimer(time.Millisecond, false, func() { panic("task exploded") })
		return nil
	})
	var ue *jsloop.UncaughtError
	if !errors.As(err, &ue) || !strings.Contains(ue.Message, "task exploded") {
		t.Fatalf("err = %v", err)
	}
}

func TestSettleTwicePanics(t *testing.T) {
	l, _, _ := newLoop(t)
	l.Run(context.Background(), func() error {
		r := l.Reserve()
		r.Settle(nil)
		defer func() {
			if recover() == nil {
				t.Error("second Settle did not panic")
			}
		}()
		r.Settle(nil)
		return nil
	})
}

// Cancelling the context interrupts a runaway script and cancels every
// reservation; Run returns only after the goroutines settled.
func TestContextCancelStopsRunawayAndReservations(t *testing.T) {
	before := runtime.NumGoroutine()
	l, _, _ := newLoop(t)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	var settled sync.WaitGroup
	settled.Add(1)
	err := l.Run(ctx, func() error {
		res := l.Reserve()
		go func() {
			defer settled.Done()
			<-res.Context().Done()
			res.Settle(func() { t.Error("task ran after shutdown") })
		}()
		_, err := l.VM().RunString(`for (;;) {}`)
		return err
	})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
	settled.Wait()
	waitGoroutines(t, before)
	if err := l.Post(func() {}); !errors.Is(err, jsloop.ErrClosed) {
		t.Errorf("Post after Run = %v", err)
	}
}

// Microtask starvation is stopped by the deadline too.
func TestContextCancelStopsMicrotaskStarvation(t *testing.T) {
	l, _, _ := newLoop(t)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	err := l.RunScript(ctx, "s.js", `function f() { Promise.resolve().then(f) } f()`)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
}

func TestExitCode(t *testing.T) {
	l, _, _ := newLoop(t)
	err := l.Run(context.Background(), func() error {
		l.SetExitCode(3)
		return nil
	})
	var ee *jsloop.ExitError
	if !errors.As(err, &ee) || ee.Code != 3 {
		t.Fatalf("err = %v", err)
	}
}

// Hammer the any-goroutine API: many goroutines post and settle at once.
func TestConcurrentPostAndSettle(t *testing.T) {
	before := runtime.NumGoroutine()
	l, _, _ := newLoop(t)
	const workers, each = 16, 500
	count := 0
	err := l.Run(context.Background(), func() error {
		for w := 0; w < workers; w++ {
			res := l.Reserve()
			go func() {
				var wg sync.WaitGroup
				for i := 0; i < each; i++ {
					wg.Add(1)
					go func() {
						defer wg.Done()
						if err := l.Post(func() { count++ }); err != nil {
							t.Error(err)
						}
					}()
				}
				wg.Wait()
				res.Settle(func() { count++ })
			}()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if count != workers*each+workers {
		t.Errorf("count = %d", count)
	}
	waitGoroutines(t, before)
}

func TestRunTwice(t *testing.T) {
	l, _, _ := newLoop(t)
	l.Run(context.Background(), func() error { return nil })
	if err := l.Run(context.Background(), func() error { return nil }); !errors.Is(err, jsloop.ErrRunning) {
		t.Errorf("second Run = %v", err)
	}
}

func waitGoroutines(t *testing.T, want int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > want {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines left (want %d):\n%s", runtime.NumGoroutine(), want, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestDefineLazyGlobal(t *testing.T) {
	l, log, _ := newLoop(t)
	built := 0
	l.DefineLazyGlobal("Thing", func() goja.Value { built++; return l.VM().ToValue("thing") })
	l.DefineLazyGlobal("Other", func() goja.Value { built += 10; return nil })
	if err := l.RunScript(context.Background(), "g.js", `
		record(typeof Thing + ' ' + Thing + ' ' + Thing);
		Other = 5; record(String(Other));
		record(String(Object.getOwnPropertyDescriptor(globalThis, 'Thing').enumerable));
	`); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(*log, "|"); got != "string thing thing|5|false" || built != 1 {
		t.Errorf("log %q, built %d (Thing built once, Other never)", got, built)
	}
}

// A non-Error thrown from a callback is located through the callback's
// source when it has a single throw; with two, no source line is guessed.
func TestNonErrorThrowSite(t *testing.T) {
	run := func(src string) string {
		l, _, stderr := newLoop(t)
		l.Run(context.Background(), func() error {
			fn, err := l.Eval("/x/cb.js", src)
			if err != nil {
				return err
			}
			l.SetTimer(0, false, func() { l.RunCallback(fn, goja.Undefined()) })
			return nil
		})
		return stderr.String()
	}
	one := run("(function () { throw 'single'; })")
	if !strings.Contains(one, "/x/cb.js:1\n(function () { throw 'single'; })\n               ^\nsingle\n") {
		t.Errorf("single throw: stderr\n%s", one)
	}
	two := run("(function () { if (Math.random() > 2) throw 'a'; throw 'b'; })")
	if strings.Contains(two, "cb.js") || !strings.Contains(two, "\nb\n") {
		t.Errorf("two throws: stderr\n%s", two)
	}
}
