package streams_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/jsloop/jsloop/hostapi/hostapitest"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi/streams"
	"github.com/jsloop/jsloop/jsloop"
)

var update = flag.Bool("update", false, "rewrite testdata/*.out from this package's output")

func newLoop(t testing.TB, out, errOut *bytes.Buffer, opts ...jsloop.Option) *jsloop.Loop {
	return hostapitest.NewLoop(t, out, errOut, opts...)
}

func run(t testing.TB, name, src string, opts ...jsloop.Option) (stdout, stderr string, code int) {
	return hostapitest.Run(t, name, src, opts...)
}

// TestScripts runs the testdata scripts; their recordings are Node 20's
// output except for the "// Deviation from Node" cases, which pin the
// Streams Standard's behaviour.
func TestScripts(t *testing.T) { hostapitest.Scripts(t, *update) }

// TestScriptsNode checks the recordings against a live node.
func TestScriptsNode(t *testing.T) { hostapitest.ScriptsNode(t) }

// TestLazyGlobals: Enable builds nothing; each global is built on first use
// and then is an ordinary data property, and all come from one instance.
func TestLazyGlobals(t *testing.T) {
	stdout, stderr, code := run(t, "lazy.js", `
		const names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
			'ReadableStreamDefaultController', 'ReadableByteStreamController', 'ReadableStreamBYOBRequest',
			'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
			'TransformStream', 'TransformStreamDefaultController', 'ByteLengthQueuingStrategy',
			'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream'];
		const before = names.every((n) => typeof Object.getOwnPropertyDescriptor(globalThis, n).get === 'function');
		const types = names.every((n) => typeof globalThis[n] === 'function');
		const after = names.every((n) => {
			const d = Object.getOwnPropertyDescriptor(globalThis, n);
			return typeof d.value === 'function' && d.writable && !d.enumerable && d.configurable;
		});
		console.log(before, types, after);
		console.log(new ReadableStream().getReader() instanceof ReadableStreamDefaultReader);
	`)
	if want := "true true true\ntrue\n"; stdout != want || code != 0 {
		t.Errorf("got %q (exit %d, stderr %s), want %q", stdout, code, stderr, want)
	}
}

// runGo runs fn as the loop's first macrotask, after src, and returns the
// script's output. fn may start asynchronous work; the loop runs until it
// is done.
func runGo(t *testing.T, src string, fn func(l *jsloop.Loop)) string {
	t.Helper()
	var out, errOut bytes.Buffer
	l := newLoop(t, &out, &errOut)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	err := l.Run(ctx, func() error {
		if src != "" {
			if _, err := l.Eval("setup.js", src); err != nil {
				return err
			}
		}
		fn(l)
		return nil
	})
	if err != nil {
		t.Fatalf("%v\nstderr:\n%s", err, errOut.String())
	}
	return out.String()
}

// chunkSource is a Source that produces total bytes in chunks of size n,
// each "read" on its own goroutine holding a reservation, as a network body
// would. It records how many bytes are queued in the stream and not yet
// consumed, which the consumer decrements.
type chunkSource struct {
	t         *testing.T
	l         *jsloop.Loop
	total, n  int
	sent      int
	inFlight  bool
	pulls     int
	queued    int // enqueued and not yet consumed
	maxQueued int
	cancelled goja.Value
	delay     time.Duration
}

func (s *chunkSource) Pull(c *streams.Controller) {
	if s.inFlight {
		s.t.Error("Pull called while a read was in flight")
	}
	s.inFlight = true
	s.pulls++
	res := s.l.Reserve()
	seq := s.sent / s.n
	size := min(s.n, s.total-s.sent)
	go func() {
		buf := make([]byte, size)
		for i := range buf {
			buf[i] = byte(seq)
		}
		if s.delay > 0 {
			time.Sleep(s.delay)
		}
		res.Settle(func() {
			s.inFlight = false
			if s.cancelled != nil {
				return
			}
			if size == 0 {
				c.Close()
				return
			}
			s.sent += size
			s.queued += size
			s.maxQueued = max(s.maxQueued, s.queued)
			c.Enqueue(buf)
		})
	}()
}

func (s *chunkSource) Cancel(reason goja.Value) { s.cancelled = reason }

// A 100 MB body read chunk by chunk from Go through a GoReader: the stream
// never holds more than its high water mark plus one chunk, however slow
// the consumer, and the heap stays flat.
func TestNewReadableBackpressure(t *testing.T) {
	const total, chunk, hwm = 100 << 20, 64 << 10, 256 << 10
	var src *chunkSource
	var got int
	var chunks int
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base, peak := ms.HeapAlloc, ms.HeapAlloc
	runGo(t, "", func(l *jsloop.Loop) {
		src = &chunkSource{t: t, l: l, total: total, n: chunk}
		stream := streams.NewReadable(l, src, hwm)
		r, err := streams.NewGoReader(l, stream)
		if err != nil {
			t.Fatal(err)
		}
		var read func()
		read = func() {
			r.Read(func(b []byte, done bool, err goja.Value) {
				switch {
				case err != nil:
					t.Errorf("read: %v", err)
				case done:
					r.Release()
				default:
					if len(b) == 0 || b[0] != byte(chunks) || b[len(b)-1] != byte(chunks) {
						t.Errorf("chunk %d: wrong content", chunks)
					}
					chunks++
					got += len(b)
					src.queued -= len(b)
					// A slow consumer: the next read comes a macrotask
					// later, and every 100 chunks it pauses long enough
					// for the source to fill the queue.
					if chunks%100 == 0 {
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapAlloc)
						l.SetTimer(20*time.Millisecond, false, read)
					} else {
						l.SetTimer(0, false, read)
					}
				}
			})
		}
		read()
	})
	if got != total {
		t.Errorf("read %d bytes, want %d", got, total)
	}
	if src.maxQueued > hwm+chunk || src.maxQueued < hwm {
		t.Errorf("max queued %d bytes, want between %d and %d", src.maxQueued, hwm, hwm+chunk)
	}
	if grew := int64(peak) - int64(base); grew > 32<<20 {
		t.Errorf("heap grew by %d MB reading a 100 MB stream", grew>>20)
	}
	t.Logf("%d chunks, %d pulls, max queued %d, heap peak +%d KB", chunks, src.pulls, src.maxQueued, (int64(peak)-int64(base))>>10)
}

// A Go-fed stream read from JS, with a default reader and a BYOB reader.
func TestNewReadableFromJS(t *testing.T) {
	out := runGo(t, `
		globalThis.consume = async (stream) => {
			const r = stream.getReader();
			let n = 0, sum = 0, chunks = 0;
			for (;;) {
				const { value, done } = await r.read();
				if (done) break;
				chunks++;
				n += value.length;
				for (const b of value) sum += b;
			}
			console.log('default reader', value_ok(n, sum), chunks);
		};
		globalThis.value_ok = (n, sum) => n + ' bytes, sum ' + sum;
		globalThis.byob = async (stream) => {
			const r = stream.getReader({ mode: 'byob' });
			const sizes = [];
			for (;;) {
				const { value, done } = await r.read(new Uint8Array(3000));
				if (done) break;
				sizes.push(value.length);
			}
			console.log('byob reader', sizes.join(' '));
		};
		globalThis.both = async (s1, s2) => {
			await consume(s1);
			await byob(s2);
		};
	`, func(l *jsloop.Loop) {
		both, _ := goja.AssertFunction(l.VM().Get("both"))
		s1 := streams.NewReadable(l, &chunkSource{t: t, l: l, total: 10000, n: 4096}, 0)
		s2 := streams.NewReadable(l, &chunkSource{t: t, l: l, total: 10000, n: 4096}, 0)
		if _, err := both(goja.Undefined(), s1, s2); err != nil {
			t.Fatal(err)
		}
	})
	// 4096-byte chunks 0, 1 and a 1808-byte chunk 2: sum 4096*1 + 1808*2.
	want := "default reader 10000 bytes, sum 7712 3\n" +
		"byob reader 3000 1096 3000 1096 1808\n"
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

// A Go stream closing with part of an element read into a BYOB view
// errors the read, as the spec's close does.
func TestNewReadablePartialElement(t *testing.T) {
	out := runGo(t, `
		globalThis.read16 = async (stream) => {
			const r = stream.getReader({ mode: 'byob' });
			const first = await r.read(new Uint16Array(4));
			console.log('first', first.value.length);
			await r.read(new Uint16Array(4)).catch((e) => console.log(e.name, e.code, e.message));
		};
	`, func(l *jsloop.Loop) {
		f, _ := goja.AssertFunction(l.VM().Get("read16"))
		if _, err := f(goja.Undefined(), streams.NewReadable(l, &chunkSource{t: t, l: l, total: 3, n: 3}, 0)); err != nil {
			t.Fatal(err)
		}
	})
	if want := "first 1\nTypeError ERR_INVALID_STATE Invalid state: Partial read\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// A stream nobody reads is pulled up to its high water mark and then holds
// no reservation: the loop exits.
func TestNewReadableUnreadLetsLoopExit(t *testing.T) {
	var src *chunkSource
	start := time.Now()
	runGo(t, "", func(l *jsloop.Loop) {
		src = &chunkSource{t: t, l: l, total: 1 << 30, n: 1000, delay: time.Millisecond}
		streams.NewReadable(l, src, 3000)
	})
	if src.pulls != 3 || src.queued != 3000 {
		t.Errorf("pulls %d, queued %d; want 3 pulls, 3000 bytes", src.pulls, src.queued)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("loop took %v to exit", d)
	}
}

// Cancelling from JS reaches Source.Cancel; the Controller then ignores the
// source.
func TestNewReadableCancel(t *testing.T) {
	var src *chunkSource
	out := runGo(t, `
		globalThis.cancelAfterOne = async (stream) => {
			const r = stream.getReader();
			const first = await r.read();
			console.log('first', first.value.length);
			await r.cancel('no more');
			console.log('cancelled', (await r.read()).done);
		};
	`, func(l *jsloop.Loop) {
		src = &chunkSource{t: t, l: l, total: 1 << 20, n: 100}
		stream := streams.NewReadable(l, src, 0)
		f, _ := goja.AssertFunction(l.VM().Get("cancelAfterOne"))
		if _, err := f(goja.Undefined(), stream); err != nil {
			t.Fatal(err)
		}
	})
	if out != "first 100\ncancelled true\n" {
		t.Errorf("got %q", out)
	}
	if src.cancelled == nil || src.cancelled.String() != "no more" {
		t.Errorf("Source.Cancel got %v", src.cancelled)
	}
}

// errSource answers the first pull with a chunk and the second with err.
type errSource struct {
	n   int
	err goja.Value
}

func (s *errSource) Pull(c *streams.Controller) {
	s.n++
	if s.n == 1 {
		c.Enqueue([]byte("ab"))
		return
	}
	c.Error(s.err)
}
func (s *errSource) Cancel(goja.Value) {}

func TestReadAll(t *testing.T) {
	type result struct {
		data string
		err  string
	}
	var results []result
	record := func(data []byte, err goja.Value) {
		r := result{data: string(data)}
		if err != nil {
			r.err = err.String()
			if o, ok := err.(*goja.Object); ok {
				if c := o.Get("code"); c != nil && !goja.IsUndefined(c) && c.String() != "" {
					r.err += " " + c.String()
				}
			}
		}
		results = append(results, r)
	}
	runGo(t, `
		globalThis.jsBytes = new ReadableStream({
			start(c) { c.enqueue(new Uint8Array([104, 105])); setTimeout(() => { c.enqueue(new Uint8Array([33])); c.close(); }, 1); },
		});
		globalThis.jsStrings = new ReadableStream({ start(c) { c.enqueue('text'); c.close(); } });
		globalThis.jsErrored = new ReadableStream({ start(c) { c.error(new Error('broken')); } });
		globalThis.jsLocked = new ReadableStream();
		jsLocked.getReader();
		globalThis.jsEmpty = new ReadableStream({ start(c) { c.close(); } });
		globalThis.many = new ReadableStream({ start(c) { for (let i = 0; i < 20000; i++) c.enqueue(new Uint8Array([i & 0x7f])); c.close(); } });
	`, func(l *jsloop.Loop) {
		vm := l.VM()
		// Each ReadAll calls back asynchronously; chain them to keep the
		// results in order.
		steps := []goja.Value{
			streams.NewReadable(l, &chunkSource{t: t, l: l, total: 5, n: 2}, 0),
			vm.Get("jsBytes"), vm.Get("jsStrings"), vm.Get("jsErrored"), vm.Get("jsLocked"),
			vm.Get("jsEmpty"), vm.ToValue(42),
			streams.NewReadable(l, &errSource{err: jsloop.NodeError(vm, "TypeError", "", "terminated")}, 0),
			streams.NewReadable(l, &errSource{err: goja.Undefined()}, 0),
			vm.Get("many"),
		}
		var next func(i int)
		next = func(i int) {
			if i == len(steps) {
				return
			}
			streams.ReadAll(l, steps[i], func(data []byte, err goja.Value) {
				record(data, err)
				next(i + 1)
			})
		}
		next(0)
		if len(results) != 0 {
			t.Error("ReadAll called back synchronously")
		}
	})
	want := []result{
		{data: "\x00\x00\x01\x01\x02"},
		{data: "hi!"},
		{err: "TypeError: Received non-Uint8Array chunk"},
		{err: "Error: broken"},
		{err: "TypeError: Invalid state: ReadableStream is locked ERR_INVALID_STATE"},
		{data: ""},
		{err: `TypeError: The "stream" argument must be an instance of ReadableStream. Received type number (42) ERR_INVALID_ARG_TYPE`},
		{err: "TypeError: terminated"},
		{err: "undefined"},
	}
	if len(results) != len(want)+1 {
		t.Fatalf("got %d results: %+v", len(results), results)
	}
	for i, w := range want {
		if results[i] != w {
			t.Errorf("step %d: got %+v, want %+v", i, results[i], w)
		}
	}
	if many := results[len(want)]; len(many.data) != 20000 || many.err != "" || many.data[200] != 200&0x7f {
		t.Errorf("20000 chunks: got %d bytes, err %q", len(many.data), many.err)
	}
}

// GoReader over a JS stream: chunks are copies; errors and bad chunks are
// reported; Cancel reaches the JS source.
func TestGoReader(t *testing.T) {
	var log []string
	out := runGo(t, `
		globalThis.src = new ReadableStream({
			start(c) { globalThis.ctrl = c; },
			cancel(r) { console.log('source cancel', r); },
		});
		globalThis.bad = new ReadableStream({ start(c) { c.enqueue(new Uint16Array(1)); } });
		globalThis.failing = new ReadableStream({ start(c) { c.error(new TypeError('nope')); } });
	`, func(l *jsloop.Loop) {
		vm := l.VM()
		src := vm.Get("src")
		r, err := streams.NewGoReader(l, src)
		if err != nil {
			t.Fatal(err)
		}
		if !streams.Locked(src) {
			t.Error("stream not locked by the GoReader")
		}
		if _, err := streams.NewGoReader(l, src); !errors.Is(err, streams.ErrLocked) {
			t.Errorf("second reader: %v, want ErrLocked", err)
		} else if v := l.ToJSError(err); v.String() != "TypeError: Invalid state: ReadableStream is locked" {
			t.Errorf("locked error value %v", v)
		}
		if _, err := streams.NewGoReader(l, vm.ToValue("x")); !errors.Is(err, streams.ErrNotStream) {
			t.Errorf("not a stream: %v", err)
		}
		ctrl := vm.Get("ctrl").(*goja.Object)
		enqueue, _ := goja.AssertFunction(ctrl.Get("enqueue"))
		r.Read(func(b []byte, done bool, err goja.Value) {
			log = append(log, "chunk "+string(b))
			r.Read(func(b []byte, done bool, err goja.Value) {
				log = append(log, "chunk "+string(b))
				r.Cancel(vm.ToValue("go cancel"))
			})
			l.SetTimer(time.Millisecond, false, func() {
				u8, _ := vm.RunString(`new TextEncoder().encode('second')`)
				enqueue(ctrl, u8)
			})
		})
		u8, _ := vm.RunString(`new Uint8Array([102, 105, 114, 115, 116])`)
		enqueue(ctrl, u8)

		br, _ := streams.NewGoReader(l, vm.Get("bad"))
		br.Read(func(b []byte, done bool, err goja.Value) {
			log = append(log, "bad: "+err.String())
			br.Release()
			if streams.Locked(vm.Get("bad")) {
				log = append(log, "still locked")
			}
		})
		fr, _ := streams.NewGoReader(l, vm.Get("failing"))
		fr.Read(func(b []byte, done bool, err goja.Value) {
			log = append(log, "failing: "+err.String())
			fr.Release()
		})
	})
	want := "chunk first|bad: TypeError: Received non-Uint8Array chunk|failing: TypeError: nope|chunk second"
	if got := strings.Join(log, "|"); got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
	if out != "source cancel go cancel\n" {
		t.Errorf("script printed %q", out)
	}
}

func TestIntrospection(t *testing.T) {
	out := runGo(t, `
		globalThis.plain = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } });
		globalThis.fake = Object.create(ReadableStream.prototype);
		globalThis.ws = new WritableStream();
		globalThis.copied = {};
		for (const k of Object.getOwnPropertySymbols(plain)) copied[k] = plain[k];
	`, func(l *jsloop.Loop) {
		vm := l.VM()
		plain := vm.Get("plain")
		for _, name := range []string{"fake", "ws", "copied"} {
			if streams.IsReadableStream(vm.Get(name)) {
				t.Errorf("IsReadableStream(%s) = true", name)
			}
		}
		if streams.IsReadableStream(goja.Undefined()) || streams.Locked(vm.ToValue(1)) || streams.Disturbed(goja.Null()) {
			t.Error("non-streams reported as streams")
		}
		if !streams.IsReadableStream(plain) || streams.Locked(plain) || streams.Disturbed(plain) {
			t.Errorf("fresh stream: %v %v %v", streams.IsReadableStream(plain), streams.Locked(plain), streams.Disturbed(plain))
		}
		a, b, err := streams.Tee(l, plain)
		if err != nil {
			t.Fatal(err)
		}
		if !streams.Locked(plain) || !streams.IsReadableStream(a) || !streams.IsReadableStream(b) {
			t.Error("tee: source not locked or branches not streams")
		}
		if _, _, err := streams.Tee(l, plain); !errors.Is(err, streams.ErrLocked) {
			t.Errorf("tee of a locked stream: %v", err)
		}
		vm.Set("a", a)
		vm.Set("b", b)
		if _, err := vm.RunString(`
			a.getReader().read().then((r) => console.log('a', r.value));
			b.getReader().read().then((r) => console.log('b', r.value));
		`); err != nil {
			t.Fatal(err)
		}
		if streams.Disturbed(plain) {
			t.Error("tee alone disturbed the source")
		}
		l.SetTimer(time.Millisecond, false, func() {
			if !streams.Disturbed(plain) {
				t.Error("a read source is not disturbed")
			}
		})
		fresh, _ := vm.RunString(`globalThis.fresh = new ReadableStream({ cancel(r) { console.log('cancel', r); } }); fresh.getReader(); fresh`)
		streams.Cancel(l, fresh, vm.ToValue("from go"))
		if !streams.Disturbed(fresh) {
			t.Error("a cancelled stream is not disturbed")
		}
		streams.Cancel(l, vm.ToValue(3), nil)
	})
	want := "cancel from go\na Uint8Array(1) [ 1 ]\nb Uint8Array(1) [ 1 ]\n"
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}
