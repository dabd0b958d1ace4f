// Package clone installs structuredClone (HTML's structured serialize and
// deserialize, https://html.spec.whatwg.org/multipage/structured-data.html)
// on a jsloop.Loop, with Node 20's DataCloneError messages.
//
// Globals (lazy: built when a script first reads it): structuredClone.
//
// The algorithm is JavaScript (clone.js, compiled on first use) over the
// intrinsics as they were when the global was built; Go tells the kinds of
// object apart where JS cannot (Proxy, Promise, boxed BigInt and Symbol,
// Blob, File, URL), copies and transfers ArrayBuffers and clones Blobs.
//
// Clonable: primitives, boxed primitives, Date, RegExp (without lastIndex),
// ArrayBuffer, every typed array and DataView (views of one buffer share one
// cloned buffer), Map, Set, Array (holes and extra properties kept), plain
// and class-instance objects (own enumerable string keys, getters invoked),
// errors (name, message, stack, cause), Blob, File and DOMException. Cycles
// and shared references are preserved. Anything else throws a DOMException
// named DataCloneError, made with the global DOMException at call time.
//
// With {transfer: [buffers]} the clone takes over each ArrayBuffer's bytes
// without copying them and the source is detached (goja's ArrayBuffer.Detach).
//
// # Deviations
//
// Deviation: structuredClone.length is 1 (WebIDL); Node 20 says 0. The global
// is non-enumerable, as jsloop defines its lazy globals; Node's is enumerable.
//
// Deviation: URL, URLSearchParams, DOMException and the other platform objects
// follow the HTML Standard: URL, URLSearchParams and the non-serializable
// interfaces (Request, Response, Headers, streams, events...) throw a
// DataCloneError and DOMException clones; Node 20 clones them all as {}.
// A File clones as a File (Node 20 gives a plain Blob). Transferring anything
// but an ArrayBuffer (a Blob) throws a DataCloneError, "Value not
// transferable", and so does transferring a detached ArrayBuffer; Node 20
// ignores both.
//
// Deviation: a platform object is recognized by the Symbol.toStringTag data
// property its interface prototype carries; a user class that defines one
// with such a name (say "Response") is taken for the platform object.
//
// Deviation: goja has no resizable ArrayBuffer nor SharedArrayBuffer, so
// maxByteLength and length-tracking views are not kept.
//
// Deviation: the intrinsics (Map.prototype.set, the typed array getters...)
// are taken when the global is first read, not at start-up as Node's
// primordials are: a script that patches them before its first use of
// structuredClone steers it.
//
// Deviation: goja spells a '/' given to new RegExp as \u002f in source; the
// clone's source has \/ instead, as V8 and WPT expect.
//
// Deviation: an error whose cause is the error itself clones (the cause is
// the clone); Node 20 throws "Unable to deserialize cloned data.".
package clone

import (
	_ "embed"
	"math/big"
	"reflect"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi/blob"
	"github.com/jsloop/jsloop/hostapi/url"
	"github.com/jsloop/jsloop/jsloop"
)

//go:embed clone.js
var cloneJS string

// program is clone.js compiled, on first use: start-up pays nothing for it.
var program = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("node:internal/structured_clone", cloneJS, true)
})

// Export types goja reports for the objects whose kind JS cannot check.
var (
	typeProxy       = reflect.TypeOf(goja.Proxy{})
	typePromise     = reflect.TypeOf((*goja.Promise)(nil))
	typeBigInt      = reflect.TypeOf((*big.Int)(nil))
	typeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})
	typeMap         = reflect.TypeOf([][2]interface{}(nil))
	typeSet         = reflect.TypeOf([]interface{}(nil))
	typeString      = reflect.TypeOf("")
)

// Enable installs structuredClone on l as a lazy global. Loop goroutine only,
// before Run.
func Enable(l *jsloop.Loop) error {
	l.DefineLazyGlobal("structuredClone", func() goja.Value { return build(l) })
	return nil
}

func build(l *jsloop.Loop) goja.Value {
	vm := l.VM()
	factory, err := vm.RunProgram(program())
	if err != nil {
		panic(err)
	}
	fn, ok := goja.AssertFunction(factory)
	if !ok {
		panic("clone: clone.js did not evaluate to a function")
	}
	host := vm.NewObject()
	set := func(name string, f func(goja.FunctionCall) goja.Value) {
		if err := host.Set(name, l.Func(f)); err != nil {
			panic(err)
		}
	}
	set("kind", func(c goja.FunctionCall) goja.Value { return vm.ToValue(kind(c.Argument(0))) })
	set("cloneBlob", func(c goja.FunctionCall) goja.Value {
		v := c.Argument(0)
		if f, ok := blob.File(v); ok {
			fd := *f // Data is immutable and may be shared between Blobs
			return blob.NewFile(l, &fd)
		}
		data, typ, _ := blob.Bytes(v)
		return blob.New(l, data, typ)
	})
	set("copyBuffer", func(c goja.FunctionCall) goja.Value {
		ab := arrayBuffer(c.Argument(0))
		return vm.ToValue(vm.NewArrayBuffer(append([]byte{}, ab.Bytes()...)))
	})
	// shareBuffer makes the transferred clone: a new ArrayBuffer over the
	// same bytes, which the source gives up when detach runs.
	set("shareBuffer", func(c goja.FunctionCall) goja.Value {
		ab := arrayBuffer(c.Argument(0))
		b := ab.Bytes()
		if b == nil {
			b = []byte{}
		}
		return vm.ToValue(vm.NewArrayBuffer(b))
	})
	set("detach", func(c goja.FunctionCall) goja.Value {
		ab := arrayBuffer(c.Argument(0))
		ab.Detach()
		return goja.Undefined()
	})
	set("isDetached", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(arrayBuffer(c.Argument(0)).Detached())
	})
	set("missingValue", func(goja.FunctionCall) goja.Value {
		return jsloop.NodeError(vm, "TypeError", "ERR_MISSING_ARGS", "The value argument must be specified")
	})
	sc, err := fn(goja.Undefined(), host)
	if err != nil {
		panic(err)
	}
	return sc
}

func arrayBuffer(v goja.Value) goja.ArrayBuffer {
	o, ok := v.(*goja.Object)
	if ok && o.ExportType() == typeArrayBuffer {
		if ab, ok := o.Export().(goja.ArrayBuffer); ok {
			return ab
		}
	}
	panic("clone: not an ArrayBuffer")
}

// kind names what v is, for the kinds told apart by internal slots: Proxy,
// Promise, BigInt and Symbol (boxed), ArrayBuffer, Map, Set, Boolean,
// Number, String, Date, RegExp, Error, Array, Function, Blob, File, URL,
// URLSearchParams; anything else is "Object" (clone.js then checks typed
// arrays, DataView, WeakMap and WeakSet). ExportType and ClassName look at
// the object's Go type only: nothing is exported or read.
func kind(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		return ""
	}
	et := o.ExportType()
	switch et {
	case typeProxy:
		return "Proxy"
	case typePromise:
		return "Promise"
	case typeBigInt:
		return "BigInt"
	case typeArrayBuffer:
		return "ArrayBuffer"
	case typeMap:
		return "Map"
	}
	switch cn := o.ClassName(); cn {
	case "Boolean", "Number", "String", "Date", "RegExp", "Error", "Array", "Function":
		return cn
	case "Object":
		switch et {
		case typeSet:
			return "Set"
		case typeString: // only a boxed Symbol is a primitive wrapper of class Object exporting a string
			return "Symbol"
		}
	}
	if _, ok := blob.File(v); ok {
		return "File"
	}
	if _, _, ok := blob.Bytes(v); ok {
		return "Blob"
	}
	if _, ok := url.Href(v); ok {
		return "URL"
	}
	if _, ok := url.SearchParamsString(v); ok {
		return "URLSearchParams"
	}
	return "Object"
}
