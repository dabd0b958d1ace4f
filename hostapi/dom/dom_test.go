package dom_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jsloop/jsloop/hostapi/hostapitest"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi/dom"
	"github.com/jsloop/jsloop/jsloop"
)

var update = flag.Bool("update", false, "rewrite testdata/*.out from this package's output")

func newLoop(t testing.TB, out, errOut *bytes.Buffer, opts ...jsloop.Option) *jsloop.Loop {
	return hostapitest.NewLoop(t, out, errOut, opts...)
}

func run(t testing.TB, name, src string, opts ...jsloop.Option) (stdout, stderr string, code int) {
	return hostapitest.Run(t, name, src, opts...)
}

// TestScripts runs the testdata scripts (on virtual time: the timeout
// cases finish at once, in order); their recordings are Node 20's output
// except for the "// Deviation from Node" cases, which pin the DOM
// Standard's behaviour.
func TestScripts(t *testing.T) { hostapitest.Scripts(t, *update, jsloop.WithVirtualTime()) }

// TestScriptsNode checks the recordings against a live node.
func TestScriptsNode(t *testing.T) { hostapitest.ScriptsNode(t) }

// TestLazyGlobals: Enable builds nothing; each global is built on first use
// and then is an ordinary data property.
func TestLazyGlobals(t *testing.T) {
	stdout, stderr, code := run(t, "lazy.js", `
		const names = ['DOMException', 'Event', 'CustomEvent', 'EventTarget', 'AbortController', 'AbortSignal'];
		const before = names.map((n) => typeof Object.getOwnPropertyDescriptor(globalThis, n).get).join();
		const types = names.map((n) => typeof globalThis[n]).join();
		const after = names.map((n) => {
			const d = Object.getOwnPropertyDescriptor(globalThis, n);
			return [typeof d.value, d.writable, d.enumerable, d.configurable].join('/');
		}).join(' ');
		console.log(before);
		console.log(types);
		console.log(after);
		DOMException = 1;
		console.log(DOMException, new AbortController().signal.reason);
	`)
	want := "function,function,function,function,function,function\n" +
		"function,function,function,function,function,function\n" +
		strings.Repeat("function/true/false/true ", 5) + "function/true/false/true\n" +
		"1 undefined\n"
	if stdout != want || code != 0 {
		t.Errorf("got %q (exit %d, stderr %s), want %q", stdout, code, stderr, want)
	}
}

// withScript runs fn inside the first macrotask of a loop on which src has
// run, as a host function would, and returns the script's output.
func withScript(t *testing.T, src string, fn func(l *jsloop.Loop)) string {
	t.Helper()
	var out, errOut bytes.Buffer
	l := newLoop(t, &out, &errOut, jsloop.WithVirtualTime())
	err := l.Run(context.Background(), func() error {
		if _, err := l.Eval("setup.js", src); err != nil {
			return err
		}
		fn(l)
		return nil
	})
	if err != nil {
		t.Fatalf("%v\nstderr:\n%s", err, errOut.String())
	}
	return out.String()
}

func TestNewDOMException(t *testing.T) {
	out := withScript(t, `globalThis.show = (e) => console.log(e instanceof DOMException, e.name, e.message, e.code, Object.prototype.toString.call(e), typeof e.stack);`, func(l *jsloop.Loop) {
		show, _ := goja.AssertFunction(l.VM().Get("show"))
		for _, c := range [][2]string{{"gone", "NotFoundError"}, {"stopped", "AbortError"}, {"", "Custom"}} {
			if _, err := show(goja.Undefined(), dom.NewDOMException(l, c[0], c[1])); err != nil {
				t.Fatal(err)
			}
		}
	})
	want := "true NotFoundError gone 8 [object DOMException] string\n" +
		"true AbortError stopped 20 [object DOMException] string\n" +
		"true Custom  0 [object DOMException] string\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestIsAbortSignalAndState(t *testing.T) {
	withScript(t, `
		globalThis.live = new AbortController();
		globalThis.values = {
			fresh: live.signal,
			aborted: AbortSignal.abort('why'),
			defaultReason: AbortSignal.abort(),
			any: AbortSignal.any([live.signal]),
			timeout: AbortSignal.timeout(1000),
			inherits: Object.create(live.signal),
			duck: { aborted: false, reason: undefined, addEventListener() {} },
			target: new EventTarget(),
			controller: live,
			number: 1,
			nul: null,
		};
	`, func(l *jsloop.Loop) {
		vals := l.VM().Get("values").(*goja.Object)
		cases := []struct {
			key      string
			signal   bool
			aborted  bool
			reasonIs string
		}{
			{"fresh", true, false, "undefined"},
			{"aborted", true, true, "why"},
			{"defaultReason", true, true, "AbortError: This operation was aborted"},
			{"any", true, false, "undefined"},
			{"timeout", true, false, "undefined"},
			{"inherits", false, false, ""},
			{"duck", false, false, ""},
			{"target", false, false, ""},
			{"controller", false, false, ""},
			{"number", false, false, ""},
			{"nul", false, false, ""},
		}
		for _, c := range cases {
			v := vals.Get(c.key)
			if got := dom.IsAbortSignal(v); got != c.signal {
				t.Errorf("IsAbortSignal(%s) = %v", c.key, got)
			}
			aborted, reason := dom.SignalState(v)
			if aborted != c.aborted {
				t.Errorf("SignalState(%s) aborted = %v", c.key, aborted)
			}
			if !c.signal {
				if reason != nil {
					t.Errorf("SignalState(%s) reason = %v, want nil", c.key, reason)
				}
				continue
			}
			if reason == nil || reason.String() != c.reasonIs {
				t.Errorf("SignalState(%s) reason = %v, want %s", c.key, reason, c.reasonIs)
			}
		}
		if dom.IsAbortSignal(nil) {
			t.Error("IsAbortSignal(nil)")
		}
	})
}

// TestOnAbort: the Go algorithm runs with the reason after the signal and
// its dependents are aborted and before the abort event's listeners; remove
// unsubscribes; an aborted signal never calls fn.
func TestOnAbort(t *testing.T) {
	var log []string
	out := withScript(t, `
		globalThis.c = new AbortController();
		globalThis.dep = AbortSignal.any([c.signal]);
		c.signal.addEventListener('abort', () => console.log('listener'));
		globalThis.c2 = new AbortController();
	`, func(l *jsloop.Loop) {
		vm := l.VM()
		c := vm.Get("c").(*goja.Object)
		signal := c.Get("signal")
		dom.OnAbort(l, signal, func(reason goja.Value) {
			aborted, _ := dom.SignalState(vm.Get("dep"))
			log = append(log, "fn "+reason.String()+" dep aborted "+strconv.FormatBool(aborted))
		})
		removed := dom.OnAbort(l, signal, func(goja.Value) { log = append(log, "removed fn ran") })
		removed()
		removed()
		// An algorithm on a second signal runs on its own abort.
		c2 := vm.Get("c2").(*goja.Object)
		dom.OnAbort(l, c2.Get("signal"), func(goja.Value) { log = append(log, "c2 fn") })
		if _, err := vm.RunString(`c.abort('stop'); console.log('after abort')`); err != nil {
			t.Fatal(err)
		}
		// Already aborted: fn is never called and remove is a no-op.
		rm := dom.OnAbort(l, signal, func(goja.Value) { log = append(log, "late fn ran") })
		rm()
		dom.OnAbort(l, vm.ToValue(5), func(goja.Value) { log = append(log, "non-signal fn ran") })()
		if _, err := vm.RunString(`c2.abort()`); err != nil {
			t.Fatal(err)
		}
	})
	if got, want := strings.Join(log, "|"), "fn stop dep aborted true|c2 fn"; got != want {
		t.Errorf("log %q, want %q", got, want)
	}
	if want := "listener\nafter abort\n"; out != want {
		t.Errorf("out %q, want %q", out, want)
	}
}

func TestOnAbortPanic(t *testing.T) {
	var out, errOut bytes.Buffer
	l := newLoop(t, &out, &errOut)
	err := l.Run(context.Background(), func() error {
		if _, err := l.Eval("setup.js", `
			process.on('uncaughtException', (e) => console.log('uncaught:', e.message));
			globalThis.c = new AbortController();
			c.signal.addEventListener('abort', () => console.log('listener still runs'));
		`); err != nil {
			return err
		}
		dom.OnAbort(l, l.VM().Get("c").(*goja.Object).Get("signal"), func(goja.Value) { panic("go side failed") })
		_, err := l.Eval("abort.js", `c.abort(); console.log('sync end')`)
		return err
	})
	code := 0
	var ec interface{ ExitCode() int }
	if errors.As(err, &ec) {
		code = ec.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	stdout, stderr := out.String(), errOut.String()
	if want := "listener still runs\nsync end\nuncaught: go panic: go side failed\n"; stdout != want || code != 0 {
		t.Errorf("stdout %q exit %d (stderr %s), want %q", stdout, code, stderr, want)
	}
}

func TestNewAbortController(t *testing.T) {
	out := withScript(t, `globalThis.watch = (c) => c.signal.addEventListener('abort', (e) => console.log('abort', e.isTrusted, c.signal.reason instanceof DOMException ? c.signal.reason.name : c.signal.reason));`, func(l *jsloop.Loop) {
		vm := l.VM()
		watch, _ := goja.AssertFunction(vm.Get("watch"))
		for _, reason := range []goja.Value{nil, goja.Undefined(), vm.ToValue("custom")} {
			c, abort := dom.NewAbortController(l)
			if _, err := watch(goja.Undefined(), c); err != nil {
				t.Fatal(err)
			}
			if !dom.IsAbortSignal(c.Get("signal")) {
				t.Error("controller.signal is not an AbortSignal")
			}
			abort(reason)
			abort(vm.ToValue("second abort is ignored"))
		}
	})
	if want := "abort true AbortError\nabort true AbortError\nabort true custom\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// TestDependentSignal: the dependent signal follows its sources, its abort
// event after theirs (a Request's signal and its clone's).
func TestDependentSignal(t *testing.T) {
	out := withScript(t, `
		globalThis.c = new AbortController();
		c.signal.addEventListener('abort', () => console.log('source', dep.aborted));
		globalThis.done = AbortSignal.abort('early');
	`, func(l *jsloop.Loop) {
		vm := l.VM()
		c := vm.Get("c").(*goja.Object)
		dep := dom.DependentSignal(l, c.Get("signal"))
		vm.Set("dep", dep)
		clone := dom.DependentSignal(l, dep)
		vm.Set("clone", clone)
		early := dom.DependentSignal(l, vm.Get("c").(*goja.Object).Get("signal"), vm.Get("done"))
		if aborted, reason := dom.SignalState(early); !aborted || reason.String() != "early" {
			t.Errorf("early: %v %v", aborted, reason)
		}
		if _, err := vm.RunString(`
			dep.onabort = () => console.log('dep', dep.reason, clone.aborted);
			clone.onabort = () => console.log('clone', clone.reason);
			c.abort('why');
		`); err != nil {
			t.Fatal(err)
		}
		func() {
			defer func() {
				if r := recover(); r == nil {
					t.Error("DependentSignal(5) did not panic")
				}
			}()
			dom.DependentSignal(l, vm.ToValue(5))
		}()
	})
	if want := "source true\ndep why true\nclone why\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// TestGoAPIWithoutEnable: the Go API works on a loop whose globals dom did
// not install.
func TestGoAPIWithoutEnable(t *testing.T) {
	l := jsloop.New()
	var names []string
	err := l.Run(context.Background(), func() error {
		c, abort := dom.NewAbortController(l)
		dom.OnAbort(l, c.Get("signal"), func(r goja.Value) {
			names = append(names, r.ToObject(l.VM()).Get("name").String())
		})
		abort(nil)
		names = append(names, dom.NewDOMException(l, "m", "DataCloneError").Get("code").String())
		return nil
	})
	if err != nil || strings.Join(names, " ") != "AbortError 25" {
		t.Errorf("err %v, got %v", err, names)
	}
	if v := l.VM().Get("AbortController"); v != nil {
		t.Errorf("AbortController global defined without Enable: %v", v)
	}
}

// TestTimeoutRealTime: AbortSignal.timeout on the real clock fires after its
// delay and does not keep the loop alive by itself.
func TestTimeoutRealTime(t *testing.T) {
	start := time.Now()
	stdout, stderr, code := run(t, "timeout.js", `
		const start = Date.now();
		const s = AbortSignal.timeout(30);
		s.onabort = () => console.log(s.reason.name, Date.now() - start >= 29);
		setTimeout(() => {}, 60);
		AbortSignal.timeout(5000).onabort = () => console.log('never');
	`)
	if stdout != "TimeoutError true\n" || code != 0 {
		t.Errorf("stdout %q exit %d stderr %s", stdout, code, stderr)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("the unref'd 5 s timeout kept the loop alive: %v", d)
	}
}

// BenchmarkAbort is the common path of a cancellable operation: a
// controller, one listener, an abort.
func BenchmarkAbort(b *testing.B) {
	benchScript(b, `(function () {
		const c = new AbortController();
		c.signal.addEventListener('abort', () => {});
		c.abort();
	})`)
}

// BenchmarkAbortUnused: a controller whose signal is handed out and never
// aborted (most fetches).
func BenchmarkAbortUnused(b *testing.B) {
	benchScript(b, `(function () { return new AbortController().signal; })`)
}

func BenchmarkDispatch(b *testing.B) {
	benchScript(b, `(function () {
		const t = new EventTarget();
		const f = () => {};
		t.addEventListener('x', f);
		return function () { t.dispatchEvent(new Event('x')); };
	})()`)
}

func BenchmarkDOMException(b *testing.B) {
	benchScript(b, `(function () { return new DOMException('m', 'AbortError'); })`)
}

// BenchmarkBuild is the cost of the lazy globals' first use in a new loop.
func BenchmarkBuild(b *testing.B) {
	for i := 0; i < b.N; i++ {
		l := jsloop.New()
		dom.Enable(l)
		if _, err := l.VM().RunString(`EventTarget`); err != nil {
			b.Fatal(err)
		}
	}
}

func benchScript(b *testing.B, src string) {
	var out, errOut bytes.Buffer
	l := newLoop(b, &out, &errOut)
	v, err := l.VM().RunString(src)
	if err != nil {
		b.Fatal(err)
	}
	f, _ := goja.AssertFunction(v)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := f(goja.Undefined()); err != nil {
			b.Fatal(err)
		}
	}
}
