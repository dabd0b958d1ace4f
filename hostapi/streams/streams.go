package streams

import (
	_ "embed"
	"errors"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

//go:embed streams.js
var streamsJS string

// streamsProgram is compiled once per process; each loop instantiates it on
// the first use of one of its globals (or of the Go API).
var streamsProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile(programName, streamsJS, true)
})

const programName = "node:internal/webstreams"

// slotKey is the property key under which every stream object keeps its
// internal record. It is one symbol for the whole process, so that
// IsReadableStream, Locked and Disturbed can read a record without knowing
// the loop the value belongs to.
var slotKey = goja.NewSymbol("kState")

// globals are the names Enable installs, in the spec's order.
var globals = []string{
	"ReadableStream",
	"ReadableStreamDefaultReader",
	"ReadableStreamBYOBReader",
	"ReadableStreamDefaultController",
	"ReadableByteStreamController",
	"ReadableStreamBYOBRequest",
	"WritableStream",
	"WritableStreamDefaultWriter",
	"WritableStreamDefaultController",
	"TransformStream",
	"TransformStreamDefaultController",
	"ByteLengthQueuingStrategy",
	"CountQueuingStrategy",
	"TextEncoderStream",
	"TextDecoderStream",
}

// Sentinel errors of the Go API. The errors returned wrap one of them and
// carry the JS TypeError a script would see (they implement jsloop.JSError).
var (
	// ErrNotStream: the value is not a ReadableStream.
	ErrNotStream = errors.New("streams: not a ReadableStream")
	// ErrLocked: the stream is locked to a reader.
	ErrLocked = errors.New("streams: ReadableStream is locked")
)

// Error is a failed Go API call: Err is ErrNotStream or ErrLocked, Value
// the JS exception (a TypeError with Node's code).
type Error struct {
	Err   error
	Value goja.Value
}

// Error returns Err's message.
func (e *Error) Error() string { return e.Err.Error() }

// Unwrap returns Err.
func (e *Error) Unwrap() error { return e.Err }

// JSValue returns the JS exception, so that Loop.ToJSError rejects with it.
func (e *Error) JSValue(*goja.Runtime) goja.Value { return e.Value }

type moduleKey struct{}

// module is the per-loop state: the primordials captured at Enable and, once
// instantiated, the JS exports.
type module struct {
	l       *jsloop.Loop
	vm      *goja.Runtime
	promise goja.Value
	then    goja.Value
	resolve goja.Value
	reject  goja.Value

	exports *goja.Object
	// internal functions of streams.js
	tee, cancel, goSource, readAll, goReader goja.Callable
}

// Enable installs the globals on l, each defined lazily: the JS
// implementation is instantiated on the loop the first time a script reads
// one of them. Loop goroutine only, before Run.
//
// TextEncoderStream and TextDecoderStream use the global TextEncoder and
// TextDecoder, and pipeTo's signal option and
// WritableStreamDefaultController.signal the global AbortSignal and
// AbortController, all looked up when they are used.
func Enable(l *jsloop.Loop) error {
	vm := l.VM()
	m := &module{l: l, vm: vm}
	// Capture the Promise primordials now, before any script can patch
	// them: the streams machinery must not be observable through them
	// (WPT streams/*/patched-global, then-interception).
	p, ok := vm.Get("Promise").(*goja.Object)
	if !ok {
		return errors.New("streams: no Promise constructor")
	}
	proto, ok := p.Get("prototype").(*goja.Object)
	if !ok {
		return errors.New("streams: no Promise.prototype")
	}
	m.promise, m.then, m.resolve, m.reject = p, proto.Get("then"), p.Get("resolve"), p.Get("reject")
	l.SetData(moduleKey{}, m)
	for _, name := range globals {
		l.DefineLazyGlobal(name, func() goja.Value { return m.load().Get(name) })
	}
	return nil
}

// of returns l's module, instantiated. It panics when Enable was not called
// on l.
func of(l *jsloop.Loop) *module {
	m, _ := l.Data(moduleKey{}).(*module)
	if m == nil {
		panic("streams: Enable was not called on this loop")
	}
	m.load()
	return m
}

// load instantiates streams.js on the loop, once.
func (m *module) load() *goja.Object {
	if m.exports != nil {
		return m.exports
	}
	vm := m.vm
	// An uncaught error thrown from here shows its source line, as Node
	// shows node:internal/webstreams/*.
	m.l.AddSource(programName, streamsJS, 0)
	v, err := vm.RunProgram(streamsProgram())
	if err != nil {
		panic(err)
	}
	factory, _ := goja.AssertFunction(v)
	native := vm.NewObject()
	native.Set("slotKey", slotKey)
	native.Set("nodeError", m.l.Func(func(c goja.FunctionCall) goja.Value {
		return jsloop.NodeError(vm, c.Argument(0).String(), c.Argument(1).String(), c.Argument(2).String())
	}))
	native.Set("invalidArgType", m.l.Func(func(c goja.FunctionCall) goja.Value {
		return jsloop.InvalidArgType(vm, c.Argument(0).String(), c.Argument(1).String(), c.Argument(2))
	}))
	native.Set("inspectShort", m.l.Func(func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(jsloop.InspectShort(c.Argument(0)))
	}))
	native.Set("describe", m.l.Func(func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(jsloop.DescribeReceived(c.Argument(0)))
	}))
	native.Set("isDetached", m.l.Func(func(c goja.FunctionCall) goja.Value {
		ab, ok := c.Argument(0).Export().(goja.ArrayBuffer)
		return vm.ToValue(ok && ab.Detached())
	}))
	// transfer is TransferArrayBuffer: a new ArrayBuffer over the same
	// memory, the old one detached. No copy.
	native.Set("transfer", m.l.Func(func(c goja.FunctionCall) goja.Value {
		ab, ok := c.Argument(0).Export().(goja.ArrayBuffer)
		if !ok {
			panic(vm.NewTypeError("not an ArrayBuffer"))
		}
		if ab.Detached() {
			panic(vm.NewTypeError("ArrayBuffer is detached"))
		}
		data := ab.Bytes()
		ab.Detach()
		return vm.ToValue(vm.NewArrayBuffer(data))
	}))
	exports, err := factory(goja.Undefined(), native, m.promise, m.then, m.resolve, m.reject)
	if err != nil {
		panic(err)
	}
	m.exports = exports.(*goja.Object)
	internal := m.exports.Get("internal").(*goja.Object)
	fn := func(name string) goja.Callable {
		f, ok := goja.AssertFunction(internal.Get(name))
		if !ok {
			panic("streams: missing internal function " + name)
		}
		return f
	}
	m.tee, m.cancel = fn("tee"), fn("cancel")
	m.goSource, m.readAll, m.goReader = fn("goSource"), fn("readAll"), fn("goReader")
	return m.exports
}

// record returns the internal record of a ReadableStream, or nil.
func record(v goja.Value) *goja.Object {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	rec, ok := o.GetSymbol(slotKey).(*goja.Object)
	if !ok {
		return nil
	}
	if b := rec.Get("brand"); b == nil || b.String() != "ReadableStream" {
		return nil
	}
	if self := rec.Get("obj"); self == nil || !self.SameAs(o) {
		return nil
	}
	return rec
}

// IsReadableStream reports whether v is a ReadableStream. Loop goroutine
// only (v belongs to a loop).
func IsReadableStream(v goja.Value) bool { return record(v) != nil }

// Locked reports whether v is a ReadableStream locked to a reader (by
// getReader, a pipe, tee, async iteration or a GoReader). It is false for
// anything that is not a ReadableStream. Loop goroutine only.
func Locked(v goja.Value) bool {
	rec := record(v)
	if rec == nil {
		return false
	}
	r := rec.Get("reader")
	return r != nil && !goja.IsUndefined(r)
}

// Disturbed reports whether v is a ReadableStream that has been read from or
// cancelled (the spec's [[disturbed]], which fetch checks before using a
// body). It is false for anything that is not a ReadableStream. Loop
// goroutine only.
func Disturbed(v goja.Value) bool {
	rec := record(v)
	if rec == nil {
		return false
	}
	d := rec.Get("disturbed")
	return d != nil && d.ToBoolean()
}

// callErr turns a JS exception from an internal function into an *Error.
func callErr(err error) error {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		code := ""
		if o, ok := ex.Value().(*goja.Object); ok {
			if c := o.Get("code"); c != nil {
				code = c.String()
			}
		}
		sentinel := ErrNotStream
		if code == "ERR_INVALID_STATE" {
			sentinel = ErrLocked
		}
		return &Error{Err: sentinel, Value: ex.Value()}
	}
	return err
}

// Tee tees the ReadableStream v (Streams 9.1.2 "tee", as Response.clone
// does): v becomes locked and the two branches each see every chunk; a
// chunk of a byte stream is copied for each branch, a chunk of a default
// stream is cloned for the second (with the global structuredClone when
// there is one, else typed arrays are copied and other values shared). It
// returns an *Error wrapping ErrNotStream or ErrLocked. Loop goroutine
// only; it panics if Enable was not called on l.
func Tee(l *jsloop.Loop, v goja.Value) (a, b *goja.Object, err error) {
	m := of(l)
	res, err := m.tee(goja.Undefined(), v)
	if err != nil {
		return nil, nil, callErr(err)
	}
	arr := res.(*goja.Object)
	return arr.Get("0").(*goja.Object), arr.Get("1").(*goja.Object), nil
}

// Cancel cancels the ReadableStream v with reason (ReadableStreamCancel),
// locked or not, as fetch does to a body it abandons. The underlying
// source's cancel runs; its outcome is ignored. A value that is not a
// ReadableStream is ignored. Loop goroutine only; it panics if Enable was
// not called on l.
func Cancel(l *jsloop.Loop, v goja.Value, reason goja.Value) {
	m := of(l)
	if reason == nil {
		reason = goja.Undefined()
	}
	if _, err := m.cancel(goja.Undefined(), v, reason); err != nil {
		panic(err)
	}
}

// Source is the Go side of a byte ReadableStream made by NewReadable. Its
// methods are called on the loop goroutine.
//
// Pull is called when the stream wants data: its queue is below the high
// water mark, or a reader waits. Pull may answer at once (c.Enqueue,
// c.Close, c.Error) or later: typically it starts a read on another
// goroutine holding a jsloop Reservation and, when the read settles on the
// loop, calls c.Enqueue(chunk), c.Close() or c.Error(err). Pull is not
// called again until one of those has been called, so at most one read is
// in flight; a stream nobody reads is not pulled beyond its high water mark,
// and holds no reservation then, so a dropped stream does not keep the loop
// alive.
//
// Cancel is called once if the consumer cancels the stream (or a pipe or
// fetch abandons it); the source should stop its read and release what it
// holds. The Controller's methods are no-ops afterwards.
type Source interface {
	Pull(c *Controller)
	Cancel(reason goja.Value)
}

// Controller feeds a stream made by NewReadable. Its methods may be called
// only on the loop goroutine, inside a macrotask (a Reservation's Settle
// callback, a Pull); after Close, Error or a cancel they do nothing.
type Controller struct {
	vm                            *goja.Runtime
	enqueue, close, fail, desired goja.Callable
	done                          bool
}

// Enqueue adds chunk to the stream. The stream takes ownership of chunk's
// memory (no copy): the caller must not modify it afterwards. An empty
// chunk only answers the pending Pull.
func (c *Controller) Enqueue(chunk []byte) {
	if c.done {
		return
	}
	if _, err := c.enqueue(goja.Undefined(), c.vm.ToValue(c.vm.NewArrayBuffer(chunk))); err != nil {
		panic(err)
	}
}

// Close closes the stream: readers get the queued chunks, then the end.
func (c *Controller) Close() {
	if c.done {
		return
	}
	c.done = true
	if _, err := c.close(goja.Undefined()); err != nil {
		panic(err)
	}
}

// Error errors the stream with err (a JS value, such as a TypeError made
// with jsloop.NodeError): queued chunks are dropped and reads reject with
// err.
func (c *Controller) Error(err goja.Value) {
	if c.done {
		return
	}
	c.done = true
	if err == nil {
		err = goja.Undefined()
	}
	if _, e := c.fail(goja.Undefined(), err); e != nil {
		panic(e)
	}
}

// DesiredSize returns the high water mark minus the queued bytes (the
// controller's desiredSize); 0 once the stream is closed or errored.
func (c *Controller) DesiredSize() float64 {
	v, err := c.desired(goja.Undefined())
	if err != nil || goja.IsNull(v) {
		return 0
	}
	return v.ToFloat()
}

// NewReadable returns a byte ReadableStream (type 'bytes': readable with
// getReader() and getReader({mode: 'byob'})) fed by src, which is pulled
// while fewer than highWaterMark bytes are queued or a reader waits.
// highWaterMark 0 pulls only on demand. Loop goroutine only; it panics if
// Enable was not called on l.
func NewReadable(l *jsloop.Loop, src Source, highWaterMark int) *goja.Object {
	m := of(l)
	vm := m.vm
	c := &Controller{vm: vm}
	pull := l.Func(func(goja.FunctionCall) goja.Value {
		src.Pull(c)
		return goja.Undefined()
	})
	cancel := l.Func(func(call goja.FunctionCall) goja.Value {
		if !c.done {
			c.done = true
			src.Cancel(call.Argument(0))
		}
		return goja.Undefined()
	})
	hwm := highWaterMark
	if hwm < 0 {
		hwm = 0
	}
	res, err := m.goSource(goja.Undefined(), vm.ToValue(hwm), pull, cancel)
	if err != nil {
		panic(err)
	}
	h := res.(*goja.Object)
	method := func(name string) goja.Callable {
		f, _ := goja.AssertFunction(h.Get(name))
		return f
	}
	c.enqueue, c.close, c.fail, c.desired = method("enqueue"), method("close"), method("error"), method("desiredSize")
	if st, ok := src.(Starter); ok {
		st.Start(c)
	}
	return h.Get("stream").(*goja.Object)
}

// Starter is implemented by a Source that wants its Controller as soon as
// the stream exists (to error it when an outside event, such as a fetch
// abort, ends the source before any pull).
type Starter interface {
	Start(c *Controller)
}

// chunkBytes returns the bytes of a Uint8Array (a view of its buffer).
func chunkBytes(v goja.Value) []byte {
	b, _ := v.Export().([]byte)
	return b
}

// ReadAll reads the ReadableStream stream to its end (Streams "read all
// bytes", as a fetch body is consumed) and calls done once on the loop
// goroutine, always asynchronously: with the concatenated bytes (nil for an
// empty stream) and a nil err, or with err, the JS value the read failed
// with: the stream's error, a TypeError "Received non-Uint8Array chunk"
// when a chunk is not a Uint8Array (undici's message; the stream is then
// released, not cancelled), or a TypeError when stream is not a
// ReadableStream or is locked. The stream is locked while it is read.
// Loop goroutine only; it panics if Enable was not called on l.
func ReadAll(l *jsloop.Loop, stream goja.Value, done func(data []byte, err goja.Value)) {
	m := of(l)
	var buf []byte
	onChunk := l.Func(func(call goja.FunctionCall) goja.Value {
		buf = append(buf, chunkBytes(call.Argument(0))...)
		return goja.Undefined()
	})
	onDone := l.Func(func(call goja.FunctionCall) goja.Value {
		if call.Argument(0).ToBoolean() {
			done(nil, call.Argument(1)) // never nil, undefined if that is the error
		} else {
			done(buf, nil)
		}
		return goja.Undefined()
	})
	if stream == nil {
		stream = goja.Undefined()
	}
	if _, err := m.readAll(goja.Undefined(), stream, onChunk, onDone); err != nil {
		panic(err)
	}
}

// GoReader reads a ReadableStream chunk by chunk from Go (a request body
// being sent). It holds the stream's lock until the end, an error, Cancel
// or Release. Its methods may be called only on the loop goroutine.
type GoReader struct {
	l                     *jsloop.Loop
	read, cancel, release goja.Callable
}

// NewGoReader locks stream to a new reader. It returns an *Error wrapping
// ErrNotStream or ErrLocked (whose JS value is the TypeError a script would
// get). Loop goroutine only; it panics if Enable was not called on l.
func NewGoReader(l *jsloop.Loop, stream goja.Value) (*GoReader, error) {
	m := of(l)
	if stream == nil {
		stream = goja.Undefined()
	}
	res, err := m.goReader(goja.Undefined(), stream)
	if err != nil {
		return nil, callErr(err)
	}
	h := res.(*goja.Object)
	method := func(name string) goja.Callable {
		f, _ := goja.AssertFunction(h.Get(name))
		return f
	}
	return &GoReader{l: l, read: method("read"), cancel: method("cancel"), release: method("release")}, nil
}

// Read reads the next chunk and calls cb once, asynchronously, on the loop
// goroutine: with a copy of the chunk's bytes (the callee owns it); with
// done true at the end of the stream; or with err, the stream's error or a
// TypeError "Received non-Uint8Array chunk" when the chunk is not a
// Uint8Array. After the end or an error the lock is still held: call
// Release or Cancel. Call Read again only after cb ran.
func (r *GoReader) Read(cb func(chunk []byte, done bool, err goja.Value)) {
	fn := r.l.Func(func(call goja.FunctionCall) goja.Value {
		chunk, isDone, e, failed := call.Argument(0), call.Argument(1).ToBoolean(), call.Argument(2), call.Argument(3).ToBoolean()
		switch {
		case failed:
			cb(nil, false, e)
		case isDone:
			cb(nil, true, nil)
		default:
			cb(append([]byte(nil), chunkBytes(chunk)...), false, nil)
		}
		return goja.Undefined()
	})
	if _, err := r.read(goja.Undefined(), fn); err != nil {
		panic(err)
	}
}

// Cancel cancels the stream with reason and releases the lock.
func (r *GoReader) Cancel(reason goja.Value) {
	if reason == nil {
		reason = goja.Undefined()
	}
	if _, err := r.cancel(goja.Undefined(), reason); err != nil {
		panic(err)
	}
	r.Release()
}

// Release releases the lock; a pending Read gets a TypeError.
func (r *GoReader) Release() {
	if _, err := r.release(goja.Undefined()); err != nil {
		panic(err)
	}
}
