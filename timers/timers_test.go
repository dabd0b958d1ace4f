package timers_test

import (
	"context"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/jsloop/jsloop/jsloop"
	"github.com/jsloop/jsloop/timers"
)

// run runs src with the timer globals and a record() function; it returns
// the recorded lines, stderr and Run's error.
func run(t *testing.T, src string) ([]string, string, error) {
	t.Helper()
	var stderr strings.Builder
	l := jsloop.New(jsloop.WithStderr(&stderr))
	if err := timers.Enable(l); err != nil {
		t.Fatal(err)
	}
	var log []string
	l.VM().Set("record", func(s string) { log = append(log, s) })
	err := l.RunScript(context.Background(), "t.js", src)
	return log, stderr.String(), err
}

func TestTimers(t *testing.T) {
	cases := []struct {
		name, src, want string
		elapsed         time.Duration
	}{
		{"order by deadline then insertion", `
			for (let i = 0; i < 3; i++) setTimeout(() => record('t' + i), 10);
			setTimeout(() => record('a5'), 5);
			setTimeout(() => record('b0'), 0);
			setTimeout(() => record('c1'), 1);`, "b0 c1 a5 t0 t1 t2", 10 * time.Millisecond},
		{"delay coercion", `
			setTimeout(() => record('nan'), NaN);
			setTimeout(() => record('neg'), -5);
			setTimeout(() => record('str3'), '3');
			setTimeout(() => record('frac'), 2.9);
			setTimeout(() => record('big'), 2 ** 31);`, "nan neg big frac str3", 3 * time.Millisecond},
		{"extra args and this", `
			const t = setTimeout(function (a, b) { record(a + b + (this === t)); }, 1, 'x', 'y');`, "xytrue", time.Millisecond},
		{"interval cleared inside its callback", `
			let n = 0;
			const iv = setInterval(() => { record('tick' + ++n); if (n === 3) clearInterval(iv); }, 10);`,
			"tick1 tick2 tick3", 30 * time.Millisecond},
		{"clear by primitive id and cross-clear", `
			const a = setTimeout(() => record('never a'), 5); clearTimeout(+a);
			const b = setTimeout(() => record('never b'), 5); clearInterval(String(+b));
			const c = setInterval(() => record('never c'), 5); clearTimeout(c);
			for (const v of [undefined, null, {}, 'x', 12345, NaN, Symbol('s')]) { clearTimeout(v); clearImmediate(v); }
			setTimeout(() => record('ok'), 1);`, "ok", time.Millisecond},
		{"unref does not keep the loop alive", `
			setTimeout(() => record('never'), 1000).unref();
			const t = setTimeout(() => record('reffed'), 2);
			record(String(t.hasRef()));`, "true reffed", 2 * time.Millisecond},
		{"refresh re-arms after firing", `
			let k = 0;
			const r = setTimeout(() => { record('k' + ++k); if (k === 1) r.refresh(); }, 5);`, "k1 k2", 10 * time.Millisecond},
		{"immediates queued during check wait for the next iteration", `
			setImmediate(() => { record('i1'); setImmediate(() => record('i3')); });
			setImmediate(() => record('i2'));`, "i1 i2 i3", 0},
		{"immediate wins over a 0ms timeout inside a timer", `
			setTimeout(() => { setTimeout(() => record('timeout'), 0); setImmediate(() => record('immediate')); }, 1);`,
			"immediate timeout", 2 * time.Millisecond},
		{"clearImmediate", `
			const i = setImmediate(() => record('never')); clearImmediate(i); clearImmediate(i);
			setImmediate(() => record('ok'));`, "ok", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				start := time.Now()
				log, stderr, err := run(t, c.src)
				if err != nil {
					t.Fatalf("err %v\n%s", err, stderr)
				}
				if got := strings.Join(log, " "); got != c.want {
					t.Errorf("got %q want %q", got, c.want)
				}
				if el := time.Since(start); el != c.elapsed {
					t.Errorf("elapsed %v want %v", el, c.elapsed)
				}
			})
		})
	}
}

func TestOverflowWarning(t *testing.T) {
	_, stderr, err := run(t, `setTimeout(() => {}, 2 ** 31)`)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.") {
		t.Errorf("stderr = %q", stderr)
	}
}

func TestInvalidCallback(t *testing.T) {
	for _, call := range []string{`setTimeout('code', 1)`, `setInterval()`, `setImmediate(null)`, `setTimeout(42)`} {
		log, _, err := run(t, `try { `+call+` } catch (e) { record(e.name + ' ' + e.code + ' ' + e.message) }`)
		if err != nil || len(log) != 1 || !strings.HasPrefix(log[0], `TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received`) {
			t.Errorf("%s: log %v err %v", call, log, err)
		}
	}
}

// A million pending timers cost one goroutine: the loop's.
func TestNoGoroutinePerTimer(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log, _, err := run(t, `
			let n = 0;
			for (let i = 0; i < 10000; i++) setTimeout(() => { n++ }, 1 + (i % 100));
			setTimeout(() => record(String(n)), 200);`)
		if err != nil || strings.Join(log, "") != "10000" {
			t.Errorf("log %v err %v", log, err)
		}
	})
}

func TestAfterFuncFromAnotherGoroutine(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := jsloop.New()
		if err := timers.Enable(l); err != nil {
			t.Fatal(err)
		}
		var got []string
		start := time.Now()
		err := l.Run(context.Background(), func() error {
			res := l.Reserve()
			go func() {
				timers.AfterFunc(l, 20*time.Millisecond, false, func() { got = append(got, "go 20ms") })
				g, _ := timers.AfterFunc(l, 10*time.Millisecond, false, func() { got = append(got, "never") })
				g.Stop()
				res.Settle(nil)
			}()
			l.VM().Set("record", func(s string) { got = append(got, s) })
			_, err := l.VM().RunString(`setTimeout(() => record('js 10ms'), 10)`)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, ", ") != "js 10ms, go 20ms" || time.Since(start) != 20*time.Millisecond {
			t.Errorf("got %v after %v", got, time.Since(start))
		}
	})
}
