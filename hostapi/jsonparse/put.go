package jsonparse

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// Members of a parsed object are added as an object literal adds them:
// goja's baseObject._put, which the compiled `{a: 1}` calls too. The
// public route, DefineDataProperty, costs ~400 ns a member (a closure, a
// try frame, a property descriptor), a third of fetch's response.json()
// for a small body. _put is right here because the object is fresh, plain
// and extensible, so CreateDataProperty (what JSON.parse specifies) can
// only add or replace an own data property, never reach a setter on the
// prototype.
//
// The object's implementation is read from goja.Object's unexported self
// field, found by reflection once; when it is missing, or not the
// baseObject that goja's NewObject makes, members go through
// DefineDataProperty (slower, never wrong). TestFastPut pins it.

//go:linkname gojaPut github.com/dop251/goja.(*baseObject)._put
func gojaPut(o unsafe.Pointer, name unistring.String, v goja.Value)

// plain is how a fresh ordinary object's self field looks: its offset in
// goja.Object and the interface's type word for *baseObject (the same in
// every runtime), found with the first runtime that parses; itab is nil
// when goja has no such field.
var plain struct {
	once sync.Once
	off  uintptr
	itab unsafe.Pointer
}

func plainObject(vm *goja.Runtime) (off uintptr, itab unsafe.Pointer) {
	plain.once.Do(func() {
		f, ok := reflect.TypeFor[goja.Object]().FieldByName("self")
		if !ok || f.Type.Kind() != reflect.Interface {
			return
		}
		o := vm.NewObject()
		self := reflect.ValueOf(o).Elem().FieldByIndex(f.Index)
		if self.IsNil() || self.Elem().Type().String() != "*goja.baseObject" {
			return
		}
		plain.off, plain.itab = f.Offset, (*[2]unsafe.Pointer)(unsafe.Add(unsafe.Pointer(o), f.Offset))[0]
	})
	return plain.off, plain.itab
}

// put adds the member name: v to o, a fresh object from NewObject.
func put(vm *goja.Runtime, o *goja.Object, name string, v goja.Value) bool {
	if off, itab := plainObject(vm); itab != nil {
		self := (*[2]unsafe.Pointer)(unsafe.Add(unsafe.Pointer(o), off))
		if self[0] == itab {
			gojaPut(self[1], unistring.NewFromString(name), v)
			return true
		}
	}
	return o.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE) == nil
}
