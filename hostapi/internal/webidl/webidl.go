// Package webidl holds the WebIDL binding helpers the web-platform packages
// under hostapi share: classes, operations and attributes defined the way
// WebIDL's ECMAScript binding (and Node) defines them, and the slot where an
// instance keeps its Go state.
package webidl

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

// slot is the symbol under which an instance keeps its Go state, held
// by a property-less JS object (a goja DynamicObject whose Export is the
// state: lighter than a reflect-based host object). The symbol is not
// registered: scripts can see it only through
// Object.getOwnPropertySymbols, and find nothing behind it. A
// *goja.Symbol holds no runtime state, so one serves every loop.
var slot = goja.NewSymbol("jsloop.state")

// NoProps makes a Go state type a goja.DynamicObject without properties.
type NoProps struct{}

func (NoProps) Get(string) goja.Value       { return nil }
func (NoProps) Set(string, goja.Value) bool { return false }
func (NoProps) Has(string) bool             { return false }
func (NoProps) Delete(string) bool          { return true }
func (NoProps) Keys() []string              { return nil }

// SetSlot attaches the Go state v to obj.
func SetSlot(vm *goja.Runtime, obj *goja.Object, v goja.DynamicObject) {
	_ = obj.DefineDataPropertySymbol(slot, vm.NewDynamicObject(v), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}

// GetSlot returns the Go state attached to v by SetSlot, or nil.
func GetSlot(v goja.Value) any {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	s := o.GetSymbol(slot)
	if s == nil {
		return nil
	}
	return s.Export()
}

// SetName gives a function its name and length, as a class's members
// have them.
func SetName(vm *goja.Runtime, fn goja.Value, name string, length int) *goja.Object {
	o := fn.(*goja.Object)
	_ = o.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = o.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return o
}

// classFactory makes a JS class whose constructor hands its receiver and
// arguments to a Go function: a class, unlike a Go constructor, throws
// when called without new, and gets its receiver's prototype from
// new.target (subclasses). A subclass of one of ours passes token to the
// base constructor, which then leaves the receiver to the subclass's init.
var classFactory = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("node:internal/webidl", `(function (name, length, init, Base, token) {
  'use strict';
  // A computed key names the class (as in its error messages).
  const defs = Base ? { [name]: class extends Base { constructor(a, b) { super(token); init(this, arguments.length, a, b, arguments[2]); } } }
    : length === 0 ? { [name]: class { constructor() { init(this, arguments.length, arguments[0], arguments[1], arguments[2]); } } }
    : length === 1 ? { [name]: class { constructor(a) { init(this, arguments.length, a, arguments[1], arguments[2]); } } }
    : { [name]: class { constructor(a, b) { init(this, arguments.length, a, b, arguments[2]); } } };
  return defs[name];
})`, true)
})

// NewClass creates a class named name (a subclass of base when base is
// not nil; token is what it passes to base's constructor) whose
// constructor, of the given length, runs init on the new object. It
// returns the class and its prototype.
func NewClass(l *jsloop.Loop, name string, length int, base, token *goja.Object, init func(this *goja.Object, args []goja.Value)) (*goja.Object, *goja.Object) {
	vm := l.VM()
	f, err := vm.RunProgram(classFactory())
	if err != nil {
		panic(err)
	}
	factory, _ := goja.AssertFunction(f)
	var b, t goja.Value = goja.Undefined(), goja.Undefined()
	if base != nil {
		b, t = base, token
	}
	cv, err := factory(goja.Undefined(), vm.ToValue(name), vm.ToValue(length), l.Func(func(c goja.FunctionCall) goja.Value {
		// The class passes (this, arguments.length, the first three
		// arguments): no constructor here uses more, and a spread would
		// cost a third of a construction.
		n := min(int(c.Argument(1).ToInteger()), 3)
		args := make([]goja.Value, n)
		for i := range args {
			args[i] = c.Argument(2 + i)
		}
		init(c.Argument(0).(*goja.Object), args)
		return goja.Undefined()
	}), b, t)
	if err != nil {
		panic(err)
	}
	c := cv.(*goja.Object)
	proto := c.Get("prototype").(*goja.Object)
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return c, proto
}

// Method defines an operation: writable, enumerable, configurable, as
// WebIDL (and Node) define them.
func Method(l *jsloop.Loop, obj *goja.Object, name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := SetName(l.VM(), l.Func(fn), name, length)
	_ = obj.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	return f
}

// Accessor defines an attribute: getter "get name", setter "set name"
// (nil for a readonly attribute), enumerable and configurable.
func Accessor(l *jsloop.Loop, obj *goja.Object, name string, get func(goja.FunctionCall) goja.Value, set func(goja.FunctionCall) goja.Value) {
	vm := l.VM()
	g := SetName(vm, l.Func(get), "get "+name, 0)
	var s goja.Value
	if set != nil {
		s = SetName(vm, l.Func(func(c goja.FunctionCall) goja.Value {
			set(c)
			return goja.Undefined()
		}), "set "+name, 1)
	}
	_ = obj.DefineAccessorProperty(name, g, s, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// ToUSV converts a JS value to a USVString as WebIDL does: ToString (a
// Symbol throws a TypeError), lone surrogates replaced by U+FFFD (goja's
// UTF-16 to UTF-8 conversion does that).
func ToUSV(vm *goja.Runtime, v goja.Value) string {
	if _, ok := v.(*goja.Symbol); ok {
		panic(vm.NewTypeError("Cannot convert a Symbol value to a string"))
	}
	return v.String()
}

// Iterate runs the iterator protocol over obj with its @@iterator method
// fn, calling each for every value; a throw from each closes the
// iterator first, as for-of does.
func Iterate(vm *goja.Runtime, obj goja.Value, fn goja.Callable, each func(v goja.Value)) {
	itv, err := fn(obj)
	if err != nil {
		panic(err)
	}
	it, ok := itv.(*goja.Object)
	if !ok {
		panic(vm.NewTypeError("Result of the Symbol.iterator method is not an object"))
	}
	next, ok := goja.AssertFunction(it.Get("next"))
	if !ok {
		panic(vm.NewTypeError("%s is not a function", it.Get("next")))
	}
	for {
		rv, err := next(it)
		if err != nil {
			panic(err)
		}
		r, ok := rv.(*goja.Object)
		if !ok {
			panic(vm.NewTypeError("Iterator result %s is not an object", rv))
		}
		if r.Get("done").ToBoolean() {
			return
		}
		v := r.Get("value")
		func() {
			defer func() {
				if p := recover(); p != nil {
					if ret, ok := goja.AssertFunction(it.Get("return")); ok {
						_, _ = ret(it)
					}
					panic(p)
				}
			}()
			each(v)
		}()
	}
}
