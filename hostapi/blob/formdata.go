package blob

import (
	"slices"

	"github.com/jsloop/jsloop/hostapi/internal/webidl"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

// Entry is one entry of a FormData: a name and either a string value or
// a file.
type Entry struct {
	Name  string
	Value string    // the value when File is nil
	File  *FileData // nil for a string entry
}

// formEntry is an entry of a FormData object: a string, or a File object
// (get returns that same object every time) with its state.
type formEntry struct {
	name  string
	value string
	file  *goja.Object
	st    *state
}

func (e *formEntry) jsValue(vm *goja.Runtime) goja.Value {
	if e.file != nil {
		return e.file
	}
	return vm.ToValue(e.value)
}

// formData is the Go side of a FormData object: its entry list.
type formData struct {
	webidl.NoProps
	list []formEntry
}

// fdIterator is the Go side of a FormData Iterator.
type fdIterator struct {
	webidl.NoProps
	fd    *formData
	kind  int // iterKeys, iterValues or iterEntries
	index int
}

const (
	iterKeys = iota
	iterValues
	iterEntries
)

// Entries returns the entries of v when v is a FormData, in order. File
// data is shared with the File objects and must not be modified. Loop
// goroutine only.
func Entries(v goja.Value) ([]Entry, bool) {
	fd, ok := webidl.GetSlot(v).(*formData)
	if !ok {
		return nil, false
	}
	out := make([]Entry, len(fd.list))
	for i, e := range fd.list {
		out[i] = Entry{Name: e.name, Value: e.value}
		if e.st != nil {
			out[i].File = e.st.fileData()
		}
	}
	return out, true
}

// NewFormData returns a new FormData holding entries (a File object for
// each entry with a File, which then owns its Data). It panics if Enable
// was not called on l. Loop goroutine only.
func NewFormData(l *jsloop.Loop, entries []Entry) *goja.Object {
	m := of(l)
	fd := &formData{list: make([]formEntry, 0, len(entries))}
	for _, e := range entries {
		fe := formEntry{name: e.Name, value: e.Value}
		if e.File != nil {
			fe.file = NewFile(l, e.File)
			fe.st = webidl.GetSlot(fe.file).(*state)
		}
		fd.list = append(fd.list, fe)
	}
	o := m.vm.CreateObject(m.fdProto)
	webidl.SetSlot(m.vm, o, fd)
	return o
}

// thisFormData is undici's brand check.
func (m *module) thisFormData(v goja.Value) *formData {
	if fd, ok := webidl.GetSlot(v).(*formData); ok {
		return fd
	}
	e := m.vm.NewTypeError("Illegal invocation")
	_ = e.Set("code", "ERR_INVALID_THIS")
	panic(e)
}

// argCount is undici's webidl.argumentLengthCheck.
func (m *module) argCount(c goja.FunctionCall, min int, ctx string) {
	if n := len(c.Arguments); n < min {
		s, only := "s", ""
		if min == 1 {
			s = ""
		}
		if n > 0 {
			only = " only"
		}
		panic(m.vm.NewTypeError("%s: %d argument%s required, but%s %d found.", ctx, min, s, only, n))
	}
}

// makeEntry is XHR's "create an entry": a Blob becomes a File named
// "blob", a File gets a new name when filename is given.
func (m *module) makeEntry(name string, value goja.Value, filename *string) formEntry {
	st, ok := webidl.GetSlot(value).(*state)
	if !ok {
		return formEntry{name: name, value: webidl.ToUSV(m.vm, value)}
	}
	obj := value.(*goja.Object)
	if !st.file || filename != nil {
		n := "blob"
		if filename != nil {
			n = *filename
		}
		mod := float64(m.l.Clock().Wall().UnixMilli())
		if st.file {
			mod = st.mod
		}
		st = &state{data: st.data, typ: st.typ, file: true, name: n, mod: mod}
		obj = m.newBlob(st)
	}
	return formEntry{name: name, file: obj, st: st}
}

func (m *module) buildFormData() {
	l, vm := m.l, m.vm
	// Length 1 as undici's constructor(form); WebIDL would say 0.
	ctor, proto := webidl.NewClass(l, "FormData", 1, nil, nil, func(this *goja.Object, args []goja.Value) {
		if len(args) > 0 && !goja.IsUndefined(args[0]) {
			// No HTMLFormElement here: undici's message.
			panic(vm.NewTypeError("FormData constructor: Argument 1 could not be converted to: undefined."))
		}
		webidl.SetSlot(vm, this, &formData{})
	})
	m.fdCtor, m.fdProto = ctor, proto

	// append and set share their conversions.
	entryArgs := func(c goja.FunctionCall, op string) formEntry {
		m.argCount(c, 2, "FormData."+op)
		value := c.Arguments[1]
		_, isBlob := webidl.GetSlot(value).(*state)
		if len(c.Arguments) > 2 && !isBlob {
			panic(vm.NewTypeError("Failed to execute '%s' on 'FormData': parameter 2 is not of type 'Blob'", op))
		}
		name := webidl.ToUSV(vm, c.Arguments[0])
		var filename *string
		if len(c.Arguments) > 2 {
			s := webidl.ToUSV(vm, c.Arguments[2])
			filename = &s
		}
		return m.makeEntry(name, value, filename)
	}
	webidl.Method(l, proto, "append", 2, func(c goja.FunctionCall) goja.Value {
		fd := m.thisFormData(c.This)
		e := entryArgs(c, "append")
		fd.list = append(fd.list, e)
		return goja.Undefined()
	})
	nameArg := func(c goja.FunctionCall, op string) (*formData, string) {
		fd := m.thisFormData(c.This)
		m.argCount(c, 1, "FormData."+op)
		return fd, webidl.ToUSV(vm, c.Arguments[0])
	}
	webidl.Method(l, proto, "delete", 1, func(c goja.FunctionCall) goja.Value {
		fd, name := nameArg(c, "delete")
		fd.list = slices.DeleteFunc(fd.list, func(e formEntry) bool { return e.name == name })
		return goja.Undefined()
	})
	webidl.Method(l, proto, "get", 1, func(c goja.FunctionCall) goja.Value {
		fd, name := nameArg(c, "get")
		for i := range fd.list {
			if fd.list[i].name == name {
				return fd.list[i].jsValue(vm)
			}
		}
		return goja.Null()
	})
	webidl.Method(l, proto, "getAll", 1, func(c goja.FunctionCall) goja.Value {
		fd, name := nameArg(c, "getAll")
		out := []any{}
		for i := range fd.list {
			if fd.list[i].name == name {
				out = append(out, fd.list[i].jsValue(vm))
			}
		}
		return vm.NewArray(out...)
	})
	webidl.Method(l, proto, "has", 1, func(c goja.FunctionCall) goja.Value {
		fd, name := nameArg(c, "has")
		for i := range fd.list {
			if fd.list[i].name == name {
				return vm.ToValue(true)
			}
		}
		return vm.ToValue(false)
	})
	webidl.Method(l, proto, "set", 2, func(c goja.FunctionCall) goja.Value {
		fd := m.thisFormData(c.This)
		e := entryArgs(c, "set")
		i := slices.IndexFunc(fd.list, func(x formEntry) bool { return x.name == e.name })
		if i < 0 {
			fd.list = append(fd.list, e)
			return goja.Undefined()
		}
		fd.list[i] = e
		rest := slices.DeleteFunc(fd.list[i+1:], func(x formEntry) bool { return x.name == e.name })
		fd.list = fd.list[:i+1+len(rest)]
		return goja.Undefined()
	})
	newIter := func(kind int) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			fd := m.thisFormData(c.This)
			o := vm.CreateObject(m.fdIterProto)
			webidl.SetSlot(vm, o, &fdIterator{fd: fd, kind: kind})
			return o
		}
	}
	if v, err := vm.RunString(`Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))`); err == nil {
		m.fdIterProto = vm.CreateObject(v.(*goja.Object))
	} else {
		panic(err)
	}
	webidl.Method(l, proto, "keys", 0, newIter(iterKeys))
	webidl.Method(l, proto, "values", 0, newIter(iterValues))
	m.fdEntries = webidl.Method(l, proto, "entries", 0, newIter(iterEntries))
	webidl.Method(l, proto, "forEach", 1, func(c goja.FunctionCall) goja.Value {
		fd := m.thisFormData(c.This)
		m.argCount(c, 1, "FormData.forEach")
		fn, ok := goja.AssertFunction(c.Arguments[0])
		if !ok {
			panic(vm.NewTypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'."))
		}
		for i := 0; i < len(fd.list); i++ {
			e := fd.list[i]
			if _, err := fn(c.Argument(1), e.jsValue(vm), vm.ToValue(e.name), c.This); err != nil {
				panic(err)
			}
		}
		return goja.Undefined()
	})
	_ = proto.DefineDataPropertySymbol(goja.SymIterator, m.fdEntries, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	it := m.fdIterProto
	webidl.Method(l, it, "next", 0, func(c goja.FunctionCall) goja.Value {
		st, ok := webidl.GetSlot(c.This).(*fdIterator)
		if !ok {
			panic(vm.NewTypeError("'next' called on an object that does not implement interface FormData Iterator."))
		}
		res := vm.NewObject()
		if st.index >= len(st.fd.list) {
			_ = res.Set("value", goja.Undefined())
			_ = res.Set("done", true)
			return res
		}
		e := &st.fd.list[st.index]
		st.index++
		switch st.kind {
		case iterKeys:
			_ = res.Set("value", e.name)
		case iterValues:
			_ = res.Set("value", e.jsValue(vm))
		default:
			_ = res.Set("value", vm.NewArray(e.name, e.jsValue(vm)))
		}
		_ = res.Set("done", false)
		return res
	})
	_ = it.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("FormData Iterator"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
