package blob

import (
	_ "embed"
	"math"
	"strings"
	"sync"

	"github.com/jsloop/jsloop/hostapi/encoding"
	"github.com/jsloop/jsloop/hostapi/internal/webidl"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

// state is the Go side of a Blob or File object. data is never modified
// once the object exists: slices of a blob share its backing array.
type state struct {
	webidl.NoProps
	data []byte
	typ  string
	file bool    // a File: name and lastModified are meaningful
	name string  // File name
	mod  float64 // File lastModified, ms since the epoch
}

// FileData is a File as Go sees it (FormData entries, multipart bodies).
type FileData struct {
	Name         string
	Type         string
	Data         []byte // not to be modified: it may be shared with JS Blobs
	LastModified int64  // milliseconds since the Unix epoch
}

// module is the package's state on one loop: the classes, built on the
// first use of any of the globals.
type module struct {
	l     *jsloop.Loop
	vm    *goja.Runtime
	built bool
	token *goja.Object // passed by File to Blob's constructor

	blobCtor, blobProto *goja.Object
	fileCtor, fileProto *goja.Object
	fdCtor, fdProto     *goja.Object
	fdIterProto         *goja.Object
	fdEntries           *goja.Object

	isView   goja.Callable // ArrayBuffer.isView
	newBytes goja.Callable // ab => new Uint8Array(ab)
	stream   goja.Callable // support.js's stream(pull)
}

type moduleKey struct{}

// Enable installs Blob, File and FormData as lazy globals on l: nothing is
// built until a script first reads one of the names. Loop goroutine only,
// before Run.
func Enable(l *jsloop.Loop) error {
	m := &module{l: l, vm: l.VM()}
	l.SetData(moduleKey{}, m)
	l.DefineLazyGlobal("Blob", func() goja.Value { m.build(); return m.blobCtor })
	l.DefineLazyGlobal("File", func() goja.Value { m.build(); return m.fileCtor })
	l.DefineLazyGlobal("FormData", func() goja.Value { m.build(); return m.fdCtor })
	return nil
}

// of returns l's module with its classes built. It panics if Enable was
// not called on l.
func of(l *jsloop.Loop) *module {
	m, _ := l.Data(moduleKey{}).(*module)
	if m == nil {
		panic("blob: loop without blob.Enable")
	}
	m.build()
	return m
}

// Bytes returns the contents and type of v when v is a Blob or a File.
// data is shared with the Blob and must not be modified. Loop goroutine
// only.
func Bytes(v goja.Value) (data []byte, typ string, ok bool) {
	st, ok := webidl.GetSlot(v).(*state)
	if !ok {
		return nil, "", false
	}
	return st.data, st.typ, true
}

// File returns the attributes and contents of v when v is a File (not a
// plain Blob). Loop goroutine only.
func File(v goja.Value) (*FileData, bool) {
	st, ok := webidl.GetSlot(v).(*state)
	if !ok || !st.file {
		return nil, false
	}
	return st.fileData(), true
}

func (st *state) fileData() *FileData {
	return &FileData{Name: st.name, Type: st.typ, Data: st.data, LastModified: int64(st.mod)}
}

// New returns a new Blob holding data (which the Blob then owns: the
// caller must not modify it) with the given type, normalized as the Blob
// constructor does (lowercased; "" if it has a character outside
// U+0020-U+007E). It panics if Enable was not called on l. Loop
// goroutine only.
func New(l *jsloop.Loop, data []byte, typ string) *goja.Object {
	m := of(l)
	return m.newBlob(&state{data: data, typ: normalizeType(typ)})
}

// NewFile returns a new File for f (whose Data the File then owns). It
// panics if Enable was not called on l. Loop goroutine only.
func NewFile(l *jsloop.Loop, f *FileData) *goja.Object {
	m := of(l)
	return m.newBlob(&state{data: f.Data, typ: normalizeType(f.Type), file: true, name: f.Name, mod: float64(f.LastModified)})
}

func (m *module) newBlob(st *state) *goja.Object {
	proto := m.blobProto
	if st.file {
		proto = m.fileProto
	}
	o := m.vm.CreateObject(proto)
	webidl.SetSlot(m.vm, o, st)
	return o
}

// normalizeType is the type steps of the Blob constructor and of slice.
func normalizeType(t string) string {
	for i := 0; i < len(t); i++ {
		if t[i] < 0x20 || t[i] > 0x7E {
			return ""
		}
	}
	return strings.ToLower(t)
}

func (m *module) build() {
	if m.built {
		return
	}
	m.built = true
	vm := m.vm
	m.token = vm.NewObject()
	f, err := vm.RunProgram(supportProgram())
	if err != nil {
		panic(err)
	}
	install, _ := goja.AssertFunction(f)
	m.buildBlob()
	m.buildFile()
	m.buildFormData()
	custom, err := vm.RunString(`Symbol.for('nodejs.util.inspect.custom')`)
	if err != nil {
		panic(err)
	}
	fdState := m.l.Func(func(c goja.FunctionCall) goja.Value {
		fd := m.thisFormData(c.Argument(0))
		out := make([]any, 0, 2*len(fd.list))
		for _, e := range fd.list {
			out = append(out, e.name, e.jsValue(vm))
		}
		return vm.NewArray(out...)
	})
	fileState := m.l.Func(func(c goja.FunctionCall) goja.Value {
		st := m.thisFile(c.Argument(0), "name")
		return vm.NewArray(st.name, st.mod)
	})
	r, err := install(goja.Undefined(), m.blobProto, m.fileProto, m.fdProto, custom, fileState, fdState)
	if err != nil {
		panic(err)
	}
	helpers := r.(*goja.Object)
	m.isView, _ = goja.AssertFunction(helpers.Get("isView"))
	m.newBytes, _ = goja.AssertFunction(helpers.Get("bytes"))
	m.stream, _ = goja.AssertFunction(helpers.Get("stream"))
}

//go:embed support.js
var supportJS string

var supportProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("node:internal/blob", supportJS, true)
})

func (m *module) invalidThis(name string) *goja.Object {
	return jsloop.NodeError(m.vm, "TypeError", "ERR_INVALID_THIS", `Value of "this" must be of type `+name)
}

func (m *module) thisBlob(v goja.Value) *state {
	if st, ok := webidl.GetSlot(v).(*state); ok {
		return st
	}
	panic(m.invalidThis("Blob"))
}

// thisFile is the brand check of File's getters; V8 words it this way
// for Node's private fields.
func (m *module) thisFile(v goja.Value, field string) *state {
	if st, ok := webidl.GetSlot(v).(*state); ok && st.file {
		return st
	}
	panic(m.vm.NewTypeError("Cannot read private member #%s from an object whose class did not declare it", field))
}

func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// part is one converted element of blobParts: bytes, or a string still
// to be encoded (after the line endings are known).
type part struct {
	b   []byte
	s   string
	str bool
}

// convertParts converts blobParts, a sequence<BlobPart>, element by
// element as the iterator yields them (WebIDL). Node's error for a
// non-sequence.
func (m *module) convertParts(v goja.Value, argName string) []part {
	vm := m.vm
	if goja.IsUndefined(v) {
		return nil
	}
	obj, ok := v.(*goja.Object)
	var iter goja.Callable
	if ok {
		iter, ok = goja.AssertFunction(obj.GetSymbol(goja.SymIterator))
	}
	if !ok {
		panic(jsloop.InvalidArgType(vm, argName, "a sequence", v))
	}
	var parts []part
	webidl.Iterate(m.vm, obj, iter, func(e goja.Value) {
		parts = append(parts, m.convertPart(e))
	})
	return parts
}

// convertPart converts one BlobPart: (BufferSource or Blob or USVString).
// Buffers are copied now: a Blob never aliases JS memory.
func (m *module) convertPart(e goja.Value) part {
	if o, ok := e.(*goja.Object); ok {
		if st, ok := webidl.GetSlot(o).(*state); ok {
			return part{b: st.data}
		}
		if ab, ok := o.Export().(goja.ArrayBuffer); ok {
			return part{b: append([]byte(nil), ab.Bytes()...)}
		}
		if r, err := m.isView(goja.Undefined(), o); err == nil && r.ToBoolean() {
			var b []byte
			if err := m.vm.ExportTo(o, &b); err == nil {
				return part{b: append([]byte(nil), b...)}
			}
		}
	}
	return part{s: webidl.ToUSV(m.vm, e), str: true}
}

// options is a converted BlobPropertyBag (and FilePropertyBag).
type options struct {
	typ    string
	native bool
	mod    float64
	hasMod bool
}

// convertOptions converts the options dictionary: members in
// lexicographic order, the derived dictionary's last (WebIDL).
func (m *module) convertOptions(v goja.Value, file bool) options {
	vm := m.vm
	var o options
	if isNullish(v) {
		return o
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		panic(jsloop.InvalidArgType(vm, "options", "a dictionary", v))
	}
	if e := obj.Get("endings"); e != nil && !goja.IsUndefined(e) {
		s := webidl.ToUSV(vm, e)
		switch s {
		case "transparent":
		case "native":
			o.native = true
		default:
			panic(jsloop.NodeError(vm, "TypeError", "ERR_INVALID_ARG_VALUE",
				"The property 'options.endings' is invalid. Received "+jsloop.InspectShort(vm.ToValue(s))))
		}
	}
	if t := obj.Get("type"); t != nil && !goja.IsUndefined(t) {
		o.typ = normalizeType(webidl.ToUSV(vm, t))
	}
	if file {
		if lm := obj.Get("lastModified"); lm != nil && !goja.IsUndefined(lm) {
			o.mod, o.hasMod = toLongLong(lm.ToFloat()), true
		}
	}
	return o
}

// toLongLong is WebIDL's conversion to long long (not [Clamp] nor
// [EnforceRange]): NaN and infinities are 0, the rest truncated and
// wrapped modulo 2^64.
func toLongLong(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	x = math.Trunc(x)
	x = math.Mod(x, 1<<64)
	if x < 0 {
		x += 1 << 64
	}
	if x >= 1<<63 {
		x -= 1 << 64
	}
	return x
}

// clampLongLong is WebIDL's [Clamp] long long.
func clampLongLong(x float64) int64 {
	if math.IsNaN(x) {
		return 0
	}
	const max = 1<<53 - 1
	x = math.Max(-max, math.Min(max, x))
	return int64(math.RoundToEven(x))
}

// processParts is the File API's "process blob parts".
func processParts(parts []part, native bool) []byte {
	n := 0
	for _, p := range parts {
		n += len(p.b) + len(p.s)
	}
	out := make([]byte, 0, n)
	for _, p := range parts {
		if !p.str {
			out = append(out, p.b...)
			continue
		}
		s := p.s
		if native {
			// "convert line endings to native": CRLF and lone CR become
			// LF, the native line ending here.
			s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
		}
		out = append(out, s...)
	}
	return out
}

func (m *module) buildBlob() {
	l, vm := m.l, m.vm
	ctor, proto := webidl.NewClass(l, "Blob", 0, nil, nil, func(this *goja.Object, args []goja.Value) {
		if len(args) > 0 && args[0] == goja.Value(m.token) {
			return // File's constructor sets the state.
		}
		var partsArg, optsArg goja.Value = goja.Undefined(), goja.Undefined()
		if len(args) > 0 {
			partsArg = args[0]
		}
		if len(args) > 1 {
			optsArg = args[1]
		}
		parts := m.convertParts(partsArg, "sources")
		o := m.convertOptions(optsArg, false)
		webidl.SetSlot(vm, this, &state{data: processParts(parts, o.native), typ: o.typ})
	})
	m.blobCtor, m.blobProto = ctor, proto

	webidl.Accessor(l, proto, "type", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(m.thisBlob(c.This).typ)
	}, nil)
	webidl.Accessor(l, proto, "size", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(len(m.thisBlob(c.This).data))
	}, nil)
	webidl.Method(l, proto, "slice", 0, func(c goja.FunctionCall) goja.Value {
		st := m.thisBlob(c.This)
		size := int64(len(st.data))
		rel := func(v goja.Value, def int64) int64 {
			if goja.IsUndefined(v) {
				return def
			}
			x := clampLongLong(v.ToFloat())
			if x < 0 {
				return max(size+x, 0)
			}
			return min(x, size)
		}
		start := rel(c.Argument(0), 0)
		end := rel(c.Argument(1), size)
		typ := ""
		if ct := c.Argument(2); !goja.IsUndefined(ct) {
			typ = normalizeType(webidl.ToUSV(vm, ct))
		}
		span := max(end-start, 0)
		return m.newBlob(&state{data: st.data[start : start+span : start+span], typ: typ})
	})
	// The read methods report a foreign receiver by rejecting, as Node's
	// do.
	read := func(name string, conv func(st *state) goja.Value) {
		webidl.Method(l, proto, name, 0, func(c goja.FunctionCall) goja.Value {
			p := l.NewPromise()
			st, ok := webidl.GetSlot(c.This).(*state)
			if !ok {
				p.Reject(m.invalidThis("Blob"))
				return p.Value()
			}
			p.Resolve(conv(st))
			return p.Value()
		})
	}
	read("arrayBuffer", func(st *state) goja.Value {
		return vm.ToValue(vm.NewArrayBuffer(append([]byte(nil), st.data...)))
	})
	read("text", func(st *state) goja.Value {
		return vm.ToValue(encoding.DecodeUTF8(st.data))
	})
	read("bytes", func(st *state) goja.Value {
		v, err := m.newBytes(goja.Undefined(), vm.ToValue(vm.NewArrayBuffer(append([]byte(nil), st.data...))))
		if err != nil {
			panic(err)
		}
		return v
	})
	webidl.Method(l, proto, "stream", 0, func(c goja.FunctionCall) goja.Value {
		st := m.thisBlob(c.This)
		data := st.data
		pull := l.Func(func(goja.FunctionCall) goja.Value {
			if len(data) == 0 {
				return goja.Undefined()
			}
			n := min(len(data), chunkSize)
			chunk := append([]byte(nil), data[:n]...)
			data = data[n:]
			return vm.ToValue(vm.NewArrayBuffer(chunk))
		})
		s, err := m.stream(goja.Undefined(), pull)
		if err != nil {
			panic(err)
		}
		return s
	})
}

// chunkSize is the size of the chunks Blob.stream() enqueues.
const chunkSize = 64 << 10

func (m *module) buildFile() {
	l, vm := m.l, m.vm
	ctor, proto := webidl.NewClass(l, "File", 2, m.blobCtor, m.token, func(this *goja.Object, args []goja.Value) {
		if len(args) < 2 {
			panic(jsloop.NodeError(vm, "TypeError", "ERR_MISSING_ARGS", `The "fileBits" and "fileName" arguments must be specified`))
		}
		parts := m.convertParts(args[0], "fileBits")
		name := webidl.ToUSV(vm, args[1])
		var optsArg goja.Value = goja.Undefined()
		if len(args) > 2 {
			optsArg = args[2]
		}
		o := m.convertOptions(optsArg, true)
		if !o.hasMod {
			o.mod = float64(l.Clock().Wall().UnixMilli())
		}
		webidl.SetSlot(vm, this, &state{data: processParts(parts, o.native), typ: o.typ, file: true, name: name, mod: o.mod})
	})
	m.fileCtor, m.fileProto = ctor, proto
	webidl.Accessor(l, proto, "name", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(m.thisFile(c.This, "name").name)
	}, nil)
	webidl.Accessor(l, proto, "lastModified", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(m.thisFile(c.This, "lastModified").mod)
	}, nil)
	webidl.Accessor(l, proto, "webkitRelativePath", func(c goja.FunctionCall) goja.Value {
		m.thisFile(c.This, "webkitRelativePath")
		return vm.ToValue("")
	}, nil)
}
