package encoding

import (
	"encoding/base64"
	"reflect"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

// Enable installs TextEncoder, TextDecoder, atob and btoa on l's global
// object. Each is built on first use (jsloop.Loop.DefineLazyGlobal), so a
// script that uses none of them pays nothing. Loop goroutine only, before
// Run. It returns no error today; the signature is the bindings' common one.
func Enable(l *jsloop.Loop) error {
	l.DefineLazyGlobal("TextEncoder", func() goja.Value { return stateOf(l).textEncoderClass() })
	l.DefineLazyGlobal("TextDecoder", func() goja.Value { return stateOf(l).textDecoderClass() })
	l.DefineLazyGlobal("atob", func() goja.Value { return stateOf(l).atobFunc() })
	l.DefineLazyGlobal("btoa", func() goja.Value { return stateOf(l).btoaFunc() })
	return nil
}

type stateKey struct{}

// state is the per-loop part of the package: the intrinsics it captured at
// first use and the hidden slots of its objects.
type state struct {
	l  *jsloop.Loop
	vm *goja.Runtime

	uint8Array *goja.Object
	// typedArrayTag is %TypedArray%.prototype[@@toStringTag]'s getter:
	// the type's name for a typed array, undefined for anything else.
	typedArrayTag goja.Callable
	// dataViewLength is DataView.prototype.byteLength's getter, which
	// throws for anything but a DataView.
	dataViewLength goja.Callable
	customInspect  *goja.Symbol // Symbol.for('nodejs.util.inspect.custom')

	slot           *goja.Symbol // the own property holding an object's Go side
	encodingString goja.Value   // "utf-8"
}

// stateOf returns l's state, capturing the intrinsics on first use.
func stateOf(l *jsloop.Loop) *state {
	if st, ok := l.Data(stateKey{}).(*state); ok {
		return st
	}
	vm := l.VM()
	st := &state{l: l, vm: vm, slot: goja.NewSymbol("jsloop.encoding"), encodingString: vm.ToValue("utf-8")}
	st.uint8Array, _ = vm.Get("Uint8Array").(*goja.Object)
	gopd, _ := goja.AssertFunction(vm.Get("Object").(*goja.Object).Get("getOwnPropertyDescriptor"))
	getter := func(o *goja.Object, key goja.Value) goja.Callable {
		if o == nil || gopd == nil {
			return nil
		}
		d, err := gopd(goja.Undefined(), o, key)
		if err != nil {
			return nil
		}
		do, ok := d.(*goja.Object)
		if !ok {
			return nil
		}
		fn, _ := goja.AssertFunction(do.Get("get"))
		return fn
	}
	if st.uint8Array != nil {
		if p, ok := st.uint8Array.Get("prototype").(*goja.Object); ok {
			st.typedArrayTag = getter(p.Prototype(), goja.SymToStringTag)
		}
	}
	if dv, ok := vm.Get("DataView").(*goja.Object); ok {
		if p, ok := dv.Get("prototype").(*goja.Object); ok {
			st.dataViewLength = getter(p, vm.ToValue("byteLength"))
		}
	}
	if symFor, ok := goja.AssertFunction(vm.Get("Symbol").(*goja.Object).Get("for")); ok {
		if s, err := symFor(goja.Undefined(), vm.ToValue("nodejs.util.inspect.custom")); err == nil {
			st.customInspect, _ = s.(*goja.Symbol)
		}
	}
	l.SetData(stateKey{}, st)
	return st
}

// nodeError builds Node's error of class ctor with code. bracket puts the
// code in the stack's first line ("TypeError [CODE]: msg"), as Node's JS
// errors have it; Node's C++ errors do not.
func nodeError(vm *goja.Runtime, ctor, code, msg string, bracket bool) *goja.Object {
	if bracket {
		return jsloop.NodeError(vm, ctor, code, msg)
	}
	e := jsloop.NodeError(vm, ctor, "", msg)
	e.Set("code", code)
	return e
}

// get reads o[name], undefined when absent.
func get(o *goja.Object, name string) goja.Value {
	if v := o.Get(name); v != nil {
		return v
	}
	return goja.Undefined()
}

func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// function wraps fn as a JS function with WebIDL's name and length.
func (st *state) function(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := st.l.Func(fn).(*goja.Object)
	f.DefineDataProperty("name", st.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	f.DefineDataProperty("length", st.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return f
}

// method defines a WebIDL operation: writable, enumerable, configurable.
func (st *state) method(proto *goja.Object, name string, length int, fn func(goja.FunctionCall) goja.Value) {
	proto.DefineDataProperty(name, st.function(name, length, fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// attribute defines a WebIDL read-only attribute: an enumerable,
// configurable getter named "get <name>".
func (st *state) attribute(proto *goja.Object, name string, fn func(goja.FunctionCall) goja.Value) {
	proto.DefineAccessorProperty(name, st.function("get "+name, 0, fn), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// classShim makes an interface object's constructor. It is JS because a
// goja native constructor cannot tell `new C()` from `C()` (both arrive
// with no NewTarget), and WebIDL constructors must throw when called.
var classShim = goja.MustCompile("jsloop:encoding", `(function (name, init) {
  const msg = "Class constructor " + name + " cannot be invoked without 'new'";
  return { [name]: function (a, b) {
    if (new.target === undefined) throw new TypeError(msg);
    init(this, a, b);
  } }[name];
})`, true)

// class builds an interface object: a constructor that throws without new
// and runs construct(this, label/options...) with new, its prototype
// (non-writable, as a class's) and @@toStringTag.
func (st *state) class(name string, construct func(this *goja.Object, a, b goja.Value)) (*goja.Object, *goja.Object) {
	vm := st.vm
	mk, err := vm.RunProgram(classShim)
	if err != nil {
		panic(err)
	}
	factory, _ := goja.AssertFunction(mk)
	init := st.l.Func(func(c goja.FunctionCall) goja.Value {
		construct(c.Argument(0).(*goja.Object), c.Argument(1), c.Argument(2))
		return goja.Undefined()
	})
	v, err := factory(goja.Undefined(), vm.ToValue(name), init)
	if err != nil {
		panic(err)
	}
	ctor := v.(*goja.Object)
	ctor.DefineDataProperty("length", vm.ToValue(0), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto := ctor.Get("prototype").(*goja.Object)
	ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	proto.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return ctor, proto
}

// setSlot attaches v, the Go side of o, in a hidden non-enumerable own
// property.
func (st *state) setSlot(o *goja.Object, v any) {
	o.DefineDataPropertySymbol(st.slot, st.vm.ToValue(v), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}

// slotOf returns the Go side of v, nil if v is not one of ours.
func (st *state) slotOf(v goja.Value) any {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	s := o.GetSymbol(st.slot)
	if s == nil {
		return nil
	}
	return s.Export()
}

func (st *state) invalidThis(name string) {
	jsloop.ThrowNodeError(st.vm, "TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type "+name)
}

// textEncoder is the Go side of a TextEncoder object.
type textEncoder struct{ obj *goja.Object }

// textDecoder is the Go side of a TextDecoder object.
type textDecoder struct {
	obj *goja.Object
	d   *Decoder
}

func (st *state) encoderOf(v goja.Value) *textEncoder {
	if e, ok := st.slotOf(v).(*textEncoder); ok && e.obj == v {
		return e
	}
	st.invalidThis("TextEncoder")
	return nil
}

func (st *state) decoderOf(v goja.Value) *textDecoder {
	if d, ok := st.slotOf(v).(*textDecoder); ok && d.obj == v {
		return d
	}
	st.invalidThis("TextDecoder")
	return nil
}

var typeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})

// viewBytes returns the bytes a typed array or DataView views (shared with
// JS, not copied); a detached buffer gives none.
func (st *state) viewBytes(o *goja.Object) (b []byte) {
	defer func() {
		// goja slices a detached buffer's nil data with the view's old
		// bounds.
		if recover() != nil {
			b = nil
		}
	}()
	if err := st.vm.ExportTo(o, &b); err != nil {
		return nil
	}
	return b
}

// typedArrayName returns the type of a typed array ("Uint8Array"), "" for
// anything else.
func (st *state) typedArrayName(v goja.Value) string {
	if st.typedArrayTag == nil {
		return ""
	}
	tag, err := st.typedArrayTag(v)
	if err != nil || !goja.IsString(tag) {
		return ""
	}
	return tag.String()
}

// bufferSource converts an AllowSharedBufferSource argument: the bytes of
// an ArrayBuffer, or of the part of one a typed array or DataView views.
// Anything else throws Node's TypeError.
func (st *state) bufferSource(v goja.Value) []byte {
	if o, ok := v.(*goja.Object); ok {
		if o.ExportType() == typeArrayBuffer {
			return o.Export().(goja.ArrayBuffer).Bytes()
		}
		if st.typedArrayName(o) != "" {
			return st.viewBytes(o)
		}
		if st.dataViewLength != nil {
			if _, err := st.dataViewLength(o); err == nil {
				return st.viewBytes(o)
			}
		}
	}
	// Node 20 throws this from C++: no [CODE] in the stack.
	panic(nodeError(st.vm, "TypeError", "ERR_INVALID_ARG_TYPE",
		"The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.", false))
}

// newUint8Array returns a Uint8Array over b (not copied).
func (st *state) newUint8Array(b []byte) goja.Value {
	ab := st.vm.NewArrayBuffer(b)
	u, err := st.vm.New(st.uint8Array, st.vm.ToValue(ab))
	if err != nil {
		panic(err)
	}
	return u
}

// constructorOf is what Node's inspect hook names the object after: its
// "constructor" when that is a named function (a subclass), else def.
func (st *state) constructorOf(o *goja.Object, def *goja.Object) *goja.Object {
	if c, ok := o.Get("constructor").(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(c); isFn {
			if n := c.Get("name"); n != nil && n.String() != "" {
				return c
			}
		}
	}
	return def
}

// inspectAs is the body of Node's [util.inspect.custom] for TextEncoder
// and TextDecoder: it inspects a plain object holding the attributes.
func (st *state) inspectAs(c goja.FunctionCall, ctor *goja.Object, fields func(o *goja.Object), prefix bool) goja.Value {
	vm := st.vm
	if d := c.Argument(0); goja.IsNumber(d) && d.ToFloat() < 0 {
		return c.This
	}
	ctor = st.constructorOf(c.This.(*goja.Object), ctor)
	proto := vm.NewObject()
	proto.Set("constructor", ctor)
	obj := vm.NewObject()
	obj.SetPrototype(proto)
	fields(obj)
	inspect, ok := goja.AssertFunction(c.Argument(2))
	if !ok {
		return obj
	}
	args := []goja.Value{obj}
	if !prefix {
		args = append(args, c.Argument(1))
	}
	res, err := inspect(goja.Undefined(), args...)
	if err != nil {
		panic(err)
	}
	if !prefix {
		return res
	}
	return vm.ToValue(ctor.Get("name").String() + " " + res.String())
}

// textEncoderClass builds TextEncoder (Encoding Standard §8.2).
func (st *state) textEncoderClass() goja.Value {
	vm := st.vm
	ctor, proto := st.class("TextEncoder", func(this *goja.Object, _, _ goja.Value) {
		st.setSlot(this, &textEncoder{obj: this})
	})
	st.attribute(proto, "encoding", func(c goja.FunctionCall) goja.Value {
		st.encoderOf(c.This)
		return st.encodingString
	})
	st.method(proto, "encode", 0, func(c goja.FunctionCall) goja.Value {
		st.encoderOf(c.This)
		var b []byte
		if in := c.Argument(0); !goja.IsUndefined(in) {
			b = EncodeUTF8(vm, in)
		}
		return st.newUint8Array(b)
	})
	st.method(proto, "encodeInto", 2, func(c goja.FunctionCall) goja.Value {
		st.encoderOf(c.This)
		// WebIDL: the USVString is converted before the Uint8Array check.
		src := toJSString(vm, c.Argument(0))
		dest := c.Argument(1)
		if st.typedArrayName(dest) != "Uint8Array" {
			panic(jsloop.InvalidArgType(vm, "dest", "an instance of Uint8Array", dest))
		}
		read, written := encodeInto(src, st.viewBytes(dest.(*goja.Object)))
		res := vm.NewObject()
		res.Set("read", read)
		res.Set("written", written)
		return res
	})
	if st.customInspect != nil {
		proto.DefineDataPropertySymbol(st.customInspect, st.function("[nodejs.util.inspect.custom]", 2, func(c goja.FunctionCall) goja.Value {
			st.encoderOf(c.This)
			return st.inspectAs(c, ctor, func(o *goja.Object) { o.Set("encoding", st.encodingString) }, false)
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return ctor
}

// textDecoderClass builds TextDecoder (Encoding Standard §8.1).
func (st *state) textDecoderClass() goja.Value {
	vm := st.vm
	ctor, proto := st.class("TextDecoder", func(this *goja.Object, labelArg, opts goja.Value) {
		label := "utf-8"
		if v := labelArg; !goja.IsUndefined(v) {
			label = toJSString(vm, v).String()
		}
		// WebIDL: the options dictionary is read (fatal, then ignoreBOM)
		// before the label is looked up.
		var fatal, ignoreBOM bool
		if !isNullish(opts) {
			o, ok := opts.(*goja.Object)
			if !ok {
				panic(jsloop.InvalidArgType(vm, "options", "of type object", opts))
			}
			fatal = get(o, "fatal").ToBoolean()
			ignoreBOM = get(o, "ignoreBOM").ToBoolean()
		}
		d, err := NewDecoder(label, fatal, ignoreBOM)
		if err != nil {
			panic(err.(*UnsupportedError).JSValue(vm))
		}
		st.setSlot(this, &textDecoder{obj: this, d: d})
	})
	st.method(proto, "decode", 0, func(c goja.FunctionCall) goja.Value {
		td := st.decoderOf(c.This)
		var in []byte
		if v := c.Argument(0); !goja.IsUndefined(v) {
			in = st.bufferSource(v)
		}
		stream := false
		if opts := c.Argument(1); !isNullish(opts) {
			o, ok := opts.(*goja.Object)
			if !ok {
				panic(jsloop.InvalidArgType(vm, "options", "of type object", opts))
			}
			stream = get(o, "stream").ToBoolean()
		}
		s, err := td.d.Decode(in, stream)
		if err != nil {
			panic(err.(*InvalidDataError).JSValue(vm))
		}
		return vm.ToValue(s)
	})
	st.attribute(proto, "encoding", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(st.decoderOf(c.This).d.Encoding())
	})
	st.attribute(proto, "fatal", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(st.decoderOf(c.This).d.fatal)
	})
	st.attribute(proto, "ignoreBOM", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(st.decoderOf(c.This).d.ignoreBOM)
	})
	if st.customInspect != nil {
		proto.DefineDataPropertySymbol(st.customInspect, st.function("[nodejs.util.inspect.custom]", 2, func(c goja.FunctionCall) goja.Value {
			td := st.decoderOf(c.This)
			return st.inspectAs(c, ctor, func(o *goja.Object) {
				o.Set("encoding", td.d.Encoding())
				o.Set("fatal", td.d.fatal)
				o.Set("ignoreBOM", td.d.ignoreBOM)
			}, true)
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return ctor
}

// missingInput throws Node's ERR_MISSING_ARGS for atob() and btoa().
func (st *state) missingInput(c goja.FunctionCall) {
	if len(c.Arguments) == 0 {
		jsloop.ThrowNodeError(st.vm, "TypeError", "ERR_MISSING_ARGS", "The \"input\" argument must be specified")
	}
}

// invalidCharacter returns the InvalidCharacterError DOMException. The
// DOMException class is package dom's, looked up on the global object when
// needed; without it (an embedder that left dom out) the error is an Error
// carrying the same name and legacy code.
func (st *state) invalidCharacter(msg string) goja.Value {
	vm := st.vm
	if ctor, ok := vm.Get("DOMException").(*goja.Object); ok {
		if e, err := vm.New(ctor, vm.ToValue(msg), vm.ToValue("InvalidCharacterError")); err == nil {
			return e
		}
	}
	e := jsloop.NodeError(vm, "Error", "", msg)
	e.DefineDataProperty("name", vm.ToValue("InvalidCharacterError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	e.Set("code", 5)
	return e
}

// atobFunc builds atob (HTML §8.3, forgiving-base64 decode).
func (st *state) atobFunc() goja.Value {
	return st.function("atob", 1, func(c goja.FunctionCall) goja.Value {
		st.missingInput(c)
		s := toJSString(st.vm, c.Argument(0))
		b, msg := forgivingBase64Decode(s.String())
		if msg != "" {
			panic(st.invalidCharacter(msg))
		}
		return st.vm.ToValue(latin1String(b))
	})
}

// btoaFunc builds btoa (HTML §8.3).
func (st *state) btoaFunc() goja.Value {
	return st.function("btoa", 1, func(c goja.FunctionCall) goja.Value {
		st.missingInput(c)
		b, ok := binaryBytes(toJSString(st.vm, c.Argument(0)))
		if !ok {
			panic(st.invalidCharacter(msgInvalidCharacter))
		}
		return st.vm.ToValue(base64.StdEncoding.EncodeToString(b))
	})
}
