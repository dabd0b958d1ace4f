// Node.js v20 util.inspect / util.format over goja values.
//
// This is a port of the algorithm in Node's lib/internal/util/inspect.js
// (formatValue, formatRaw, formatProperty, reduceToSingleString,
// groupArrayElements, formatPrimitive, strEscape, formatWithOptions). The goal
// is byte-for-byte identical output with colors disabled. The golden tests in
// inspect_test.go record Node's output (testdata/inspect/golden.json).
//
// Deviations (goja cannot provide what V8/Node uses, or it would cost too much):
//
// Deviation: Map/Set iterators (new Map().entries(), set.values(), ...) are
// printed as `Object [Map Iterator] {}`; Node previews the remaining entries
// (`[Map Entries] { [ 1, 2 ] }`) through a V8-internal API, and goja offers no
// way to read an iterator without consuming it. console.table of such an
// iterator likewise treats it as a plain object.
// Deviation: WeakMap/WeakSet are always `WeakMap { <items unknown> }`, also
// with showHidden (Node then previews the entries through V8 internals).
// Deviation: Error stacks are goja's: frame lines `\tat f (file:L:C(pc))` are
// rewritten to Node's `    at f (file:L:C)` form, but file names, the set of
// frames (no Node-internal frames) and native frames (`at f (native)`) differ,
// and with them line-breaking decisions that depend on the stack's width
// (compact: true, console.table cells). With showHidden, `[stack]` shows
// goja's raw string.
// Deviation: with showHidden (and util.format's %o), hidden properties are
// goja's: sloppy functions have no `arguments`/`caller` own properties (Node
// prints `[arguments]: null, [caller]: null`).
// Deviation: V8 remembers which constructor created an object; goja does not.
// This only shows for objects whose prototype chain has no usable
// `constructor`, e.g. `new Foo` with `Foo.prototype = Object.create(null)`:
// `Object <[Object: null prototype] {}> {}` here, `Foo <...> {}` in Node.
// Deviation: String widths (array grouping, console.table) follow Unicode
// East Asian Width tables from golang.org/x/text rather than ICU; they agree
// for ASCII, Latin, CJK, combining marks and emoji.
// Deviation: `url.URL` objects, module namespace objects, SharedArrayBuffer,
// async generator functions, WeakRef and other types goja lacks are not
// special cased.
// Deviation: raw (unquoted) strings, e.g. console.log('\ud800'), pass through
// Go strings, where a lone UTF-16 surrogate becomes U+FFFD (Node writes the
// same replacement character when encoding to UTF-8). Quoted strings and keys
// are escaped exactly (`'\ud800'`).
// Deviation: goja writes '/' in RegExp sources as `\u002f` where V8 writes
// `\/`; the output is rewritten to V8's form, so a pattern that literally
// contains `\u002f` prints as `\/`.
// Deviation: instead of V8 running out of stack, inspection of a structure
// nested more than 1000 levels deep (depth: Infinity) stops with Node's
// `[Array: Inspection interrupted prematurely. Maximum call stack size
// exceeded.]` marker at that level (Node: wherever its stack ends, ~970
// levels); endless recursion through [util.inspect.custom] throws a
// RangeError as in Node.
// Deviation: the `sorted` option with a comparator function sorts with the
// default order; `colors` is ignored (never colored).
// Deviation: inspecting an array enumerates all its own keys (goja has no
// equivalent of V8's non-index key listing), so logging a huge dense array
// costs time proportional to its length, although only 100 items print.

package hostapi

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// InspectOptions mirrors the subset of Node's util.inspect options that Go
// callers may set. Use DefaultInspectOptions and modify the result: the zero
// value means depth 0, breakLength 0 and compact 0 (= Node's `compact: false`).
type InspectOptions struct {
	Depth       int  // default 2; < 0 means infinite (Node's `depth: Infinity`)
	Colors      bool // ignored: output is never colored
	ShowHidden  bool
	BreakLength int // default 80; <= 0 means Infinity
	Compact     int // default 3; 0 = `compact: false`; < 0 = `compact: true`
	Sorted      bool
}

// DefaultInspectOptions returns Node's util.inspect defaults.
func DefaultInspectOptions() InspectOptions {
	return InspectOptions{Depth: 2, BreakLength: 80, Compact: 3}
}

// Inspect returns exactly what Node v20's util.inspect(v, opts) returns.
//
// It must be called on the goroutine that owns vm. User code run during
// inspection (getters hit by the inspection, Symbol.toStringTag getters,
// [util.inspect.custom] methods, traps of nested proxies) may throw. When
// Inspect is called from a Go function that JavaScript called (the goja call
// stack is not empty), the exception propagates as a JavaScript exception, as
// in Node. When called from plain Go code, outside any JavaScript call, it
// never panics with a JavaScript exception: the result is then
// `<Inspection threw (message)>`.
func Inspect(vm *goja.Runtime, v goja.Value, opts InspectOptions) string {
	cfg := configFromOptions(opts)
	if _, ok := v.(*goja.Object); !ok {
		c := inspector{vm: vm, cfg: cfg}
		return c.formatPrimitive(v)
	}
	return guarded(vm, func() string { return inspectWith(vm, newIntrinsics(vm), v, cfg) })
}

// Format returns exactly what Node v20's util.format(...args) returns.
// The same exception rules as for Inspect apply.
func Format(vm *goja.Runtime, args []goja.Value) string {
	if len(args) == 1 {
		if s, ok := args[0].(goja.String); ok {
			return s.String()
		}
	}
	return guarded(vm, func() string { return formatWithOptions(vm, nil, defaultConfig(), args) })
}

// guarded runs f, and if no JavaScript is running (so that a JavaScript
// exception would become a Go panic in the caller), turns an exception into
// `<Inspection threw (message)>`.
func guarded(vm *goja.Runtime, f func() string) (s string) {
	if len(vm.CaptureCallStack(1, make([]goja.StackFrame, 0, 1))) > 0 {
		return f()
	}
	ex := vm.Try(func() { s = f() })
	if ex == nil {
		return s
	}
	msg := ""
	if ex := vm.Try(func() {
		if o, ok := ex.Value().(*goja.Object); ok {
			msg = toJSString(o.Get("message"))
		} else {
			msg = toJSString(ex.Value())
		}
	}); ex != nil {
		msg = "unknown"
	}
	return "<Inspection threw (" + msg + ")>"
}

// ---------------------------------------------------------------------------
// configuration

const (
	infDepth   = math.MaxInt32
	infLength  = 1 << 30
	maxNesting = 1000
)

type inspectConfig struct {
	depth            int // infDepth = Infinity/null
	showHidden       bool
	showProxy        bool
	customInspect    bool
	maxArrayLength   int
	maxStringLength  int
	breakLength      int
	compact          int
	compactTrue      bool
	sorted           bool
	getters          int // 0: false, 1: true, 2: 'get', 3: 'set'
	numericSeparator bool
	userOptions      *goja.Object
}

func defaultConfig() inspectConfig {
	return inspectConfig{
		depth:           2,
		customInspect:   true,
		maxArrayLength:  100,
		maxStringLength: 10000,
		breakLength:     80,
		compact:         3,
	}
}

func configFromOptions(o InspectOptions) inspectConfig {
	c := defaultConfig()
	c.depth = o.Depth
	if o.Depth < 0 {
		c.depth = infDepth
	}
	c.showHidden = o.ShowHidden
	c.breakLength = o.BreakLength
	if o.BreakLength <= 0 {
		c.breakLength = infLength
	}
	c.compact = o.Compact
	if o.Compact < 0 {
		c.compact = 0
		c.compactTrue = true
	}
	c.sorted = o.Sorted
	return c
}

func jsNumberToLimit(v goja.Value, def int, allowNull bool) int {
	if v == nil || goja.IsUndefined(v) {
		return def
	}
	if goja.IsNull(v) {
		if allowNull {
			return infDepth
		}
		return def
	}
	if !goja.IsNumber(v) {
		return def
	}
	f := v.ToFloat()
	if math.IsNaN(f) || f >= infDepth {
		return infDepth
	}
	if f <= -infDepth {
		return -infDepth
	}
	return int(math.Floor(f))
}

// applyJSOptions applies a util.inspect options object (or the legacy
// boolean showHidden) given from JavaScript.
func applyJSOptions(vm *goja.Runtime, cfg *inspectConfig, v goja.Value) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return
	}
	o, ok := v.(*goja.Object)
	if !ok {
		if isBoolValue(v) {
			cfg.showHidden = v.ToBoolean()
		}
		return
	}
	for _, k := range o.Keys() {
		val := o.Get(k)
		switch k {
		case "showHidden":
			cfg.showHidden = val.ToBoolean()
		case "depth":
			cfg.depth = jsNumberToLimit(val, cfg.depth, true)
		case "colors", "stylize":
		case "customInspect":
			cfg.customInspect = val.ToBoolean()
		case "showProxy":
			cfg.showProxy = val.ToBoolean()
		case "maxArrayLength":
			cfg.maxArrayLength = jsNumberToLimit(val, cfg.maxArrayLength, true)
		case "maxStringLength":
			cfg.maxStringLength = jsNumberToLimit(val, cfg.maxStringLength, true)
		case "breakLength":
			n := jsNumberToLimit(val, cfg.breakLength, false)
			if n > infLength {
				n = infLength
			}
			cfg.breakLength = n
		case "compact":
			if isBoolValue(val) {
				cfg.compactTrue = val.ToBoolean()
				cfg.compact = 0
			} else if goja.IsNumber(val) {
				cfg.compactTrue = false
				cfg.compact = jsNumberToLimit(val, 3, false)
			}
		case "sorted":
			cfg.sorted = val.ToBoolean()
		case "getters":
			if s, ok := val.(goja.String); ok {
				switch s.String() {
				case "get":
					cfg.getters = 2
				case "set":
					cfg.getters = 3
				default:
					cfg.getters = 1
				}
			} else if val.ToBoolean() {
				cfg.getters = 1
			} else {
				cfg.getters = 0
			}
		case "numericSeparator":
			cfg.numericSeparator = val.ToBoolean()
		default:
			if cfg.userOptions == nil {
				cfg.userOptions = o
			}
		}
	}
}

func isBoolValue(v goja.Value) bool {
	if v == nil {
		return false
	}
	_, ok := v.Export().(bool)
	if !ok {
		return false
	}
	_, isObj := v.(*goja.Object)
	return !isObj
}

// ---------------------------------------------------------------------------
// intrinsics: the builtins the algorithm needs, captured from the runtime.

type intrinsics struct {
	vm     *goja.Runtime
	loaded bool

	objectCtor, objectProto     *goja.Object
	functionCtor, functionProto *goja.Object
	errorCtor                   *goja.Object
	customSym                   *goja.Symbol

	getOwnPropertyDescriptor goja.Callable
	getOwnPropertySymbols    goja.Callable
	getOwnPropertyNames      goja.Callable
	objectKeys               goja.Callable
	reflectHas               goja.Callable
	reflectGet               goja.Callable
	fnToString               goja.Callable
	errorToString            goja.Callable

	mapSize, mapEntries goja.Callable
	setSize, setValues  goja.Callable

	dateGetTime, dateToISOString, dateToString goja.Callable
	regexpToString                             goja.Callable

	numberValueOf, stringValueOf, booleanValueOf, bigintValueOf, symbolValueOf goja.Callable

	dataViewProto, weakMapProto, weakSetProto  *goja.Object
	dataViewByteLength, weakMapHas, weakSetHas goja.Callable
	typedArrayTag                              goja.Callable

	jsonStringify, parseInt, parseFloat goja.Callable

	inspectFn *goja.Object
	active    int // nesting of inspectWith calls
}

func newIntrinsics(vm *goja.Runtime) *intrinsics {
	return &intrinsics{vm: vm}
}

func (in *intrinsics) load() {
	if in.loaded {
		return
	}
	in.loaded = true
	vm := in.vm
	try := func(f func()) { _ = vm.Try(f) }
	obj := func(o *goja.Object, name string) (r *goja.Object) {
		if o == nil {
			return nil
		}
		try(func() { r, _ = o.Get(name).(*goja.Object) })
		return
	}
	fn := func(o *goja.Object, name string) (r goja.Callable) {
		if o == nil {
			return nil
		}
		try(func() { r, _ = goja.AssertFunction(o.Get(name)) })
		return
	}
	g := vm.GlobalObject()
	in.objectCtor = obj(g, "Object")
	in.objectProto = obj(in.objectCtor, "prototype")
	in.functionCtor = obj(g, "Function")
	in.functionProto = obj(in.functionCtor, "prototype")
	in.errorCtor = obj(g, "Error")
	in.getOwnPropertyDescriptor = fn(in.objectCtor, "getOwnPropertyDescriptor")
	in.getOwnPropertySymbols = fn(in.objectCtor, "getOwnPropertySymbols")
	in.getOwnPropertyNames = fn(in.objectCtor, "getOwnPropertyNames")
	in.objectKeys = fn(in.objectCtor, "keys")
	reflect := obj(g, "Reflect")
	in.reflectHas = fn(reflect, "has")
	in.reflectGet = fn(reflect, "get")
	in.fnToString = fn(in.functionProto, "toString")
	in.errorToString = fn(obj(in.errorCtor, "prototype"), "toString")
	symbolCtor := obj(g, "Symbol")
	if symFor := fn(symbolCtor, "for"); symFor != nil {
		try(func() {
			v, err := symFor(symbolCtor, vm.ToValue("nodejs.util.inspect.custom"))
			if err == nil {
				in.customSym, _ = v.(*goja.Symbol)
			}
		})
	}
	getter := func(o *goja.Object, key goja.Value) (r goja.Callable) {
		if o == nil || in.getOwnPropertyDescriptor == nil {
			return nil
		}
		try(func() {
			d, err := in.getOwnPropertyDescriptor(goja.Undefined(), o, key)
			if err != nil {
				return
			}
			if dobj, ok := d.(*goja.Object); ok {
				r, _ = goja.AssertFunction(dobj.Get("get"))
			}
		})
		return
	}
	mapProto := obj(obj(g, "Map"), "prototype")
	in.mapSize = getter(mapProto, vm.ToValue("size"))
	in.mapEntries = fn(mapProto, "entries")
	setProto := obj(obj(g, "Set"), "prototype")
	in.setSize = getter(setProto, vm.ToValue("size"))
	in.setValues = fn(setProto, "values")
	dateProto := obj(obj(g, "Date"), "prototype")
	in.dateGetTime = fn(dateProto, "getTime")
	in.dateToISOString = fn(dateProto, "toISOString")
	in.dateToString = fn(dateProto, "toString")
	in.regexpToString = fn(obj(obj(g, "RegExp"), "prototype"), "toString")
	in.numberValueOf = fn(obj(obj(g, "Number"), "prototype"), "valueOf")
	in.stringValueOf = fn(obj(obj(g, "String"), "prototype"), "valueOf")
	in.booleanValueOf = fn(obj(obj(g, "Boolean"), "prototype"), "valueOf")
	in.bigintValueOf = fn(obj(obj(g, "BigInt"), "prototype"), "valueOf")
	in.symbolValueOf = fn(obj(symbolCtor, "prototype"), "valueOf")
	in.dataViewProto = obj(obj(g, "DataView"), "prototype")
	in.dataViewByteLength = getter(in.dataViewProto, vm.ToValue("byteLength"))
	in.weakMapProto = obj(obj(g, "WeakMap"), "prototype")
	in.weakMapHas = fn(in.weakMapProto, "has")
	in.weakSetProto = obj(obj(g, "WeakSet"), "prototype")
	in.weakSetHas = fn(in.weakSetProto, "has")
	if u8 := obj(obj(g, "Uint8Array"), "prototype"); u8 != nil {
		var ta *goja.Object
		try(func() { ta = u8.Prototype() })
		in.typedArrayTag = getter(ta, goja.SymToStringTag)
	}
	in.jsonStringify = fn(obj(g, "JSON"), "stringify")
	in.parseInt = fn(g, "parseInt")
	in.parseFloat = fn(g, "parseFloat")
}

// callJS invokes fn and re-raises any exception as a goja panic.
func callJS(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// ---------------------------------------------------------------------------
// the inspector

type inspector struct {
	vm  *goja.Runtime
	in  *intrinsics
	cfg inspectConfig

	seen           []*goja.Object
	circular       map[*goja.Object]int
	indentationLvl int
	currentDepth   int
	budget         map[int]int
	nesting        int
}

func inspectWith(vm *goja.Runtime, in *intrinsics, v goja.Value, cfg inspectConfig) string {
	c := &inspector{vm: vm, in: in, cfg: cfg}
	if _, ok := v.(*goja.Object); !ok {
		return c.formatPrimitive(v)
	}
	in.load()
	// util.inspect may be re-entered from [util.inspect.custom] methods.
	if in.active >= maxNesting {
		throwRangeError(vm, "Maximum call stack size exceeded")
	}
	in.active++
	defer func() { in.active-- }()
	return c.formatValue(v, 0, false)
}

// throwRangeError raises a JavaScript RangeError (as V8 does when its stack
// runs out) instead of letting Go's stack grow without bound.
func throwRangeError(vm *goja.Runtime, msg string) {
	if ctor, ok := vm.GlobalObject().Get("RangeError").(*goja.Object); ok {
		if e, err := vm.New(ctor, vm.ToValue(msg)); err == nil {
			panic(e)
		}
	}
	panic(vm.NewTypeError(msg))
}

const (
	kObjectType      = 0
	kArrayType       = 1
	kArrayExtrasType = 2
)

var proxyType = reflect.TypeOf(goja.Proxy{})
var arrayBufferType = reflect.TypeOf(goja.ArrayBuffer{})
var promiseType = reflect.TypeOf((*goja.Promise)(nil))
var mapExportType = reflect.TypeOf([][2]interface{}{})
var setExportType = reflect.TypeOf([]interface{}{})
var bigIntType = reflect.TypeOf((*big.Int)(nil))
var stringType = reflect.TypeOf("")

var typedArrayTypes = map[reflect.Type]string{
	reflect.TypeOf([]uint8{}):   "Uint8Array",
	reflect.TypeOf([]int8{}):    "Int8Array",
	reflect.TypeOf([]uint16{}):  "Uint16Array",
	reflect.TypeOf([]int16{}):   "Int16Array",
	reflect.TypeOf([]uint32{}):  "Uint32Array",
	reflect.TypeOf([]int32{}):   "Int32Array",
	reflect.TypeOf([]float32{}): "Float32Array",
	reflect.TypeOf([]float64{}): "Float64Array",
	reflect.TypeOf([]int64{}):   "BigInt64Array",
	reflect.TypeOf([]uint64{}):  "BigUint64Array",
}

func asProxy(o *goja.Object) (goja.Proxy, bool) {
	if o.ExportType() == proxyType {
		if p, ok := o.Export().(goja.Proxy); ok {
			return p, true
		}
	}
	return goja.Proxy{}, false
}

type objKind int

const (
	kindPlain objKind = iota
	kindArray
	kindFunction
	kindArguments
	kindError
	kindRegExp
	kindDate
	kindMap
	kindSet
	kindTypedArray
	kindArrayBuffer
	kindDataView
	kindPromise
	kindWeakMap
	kindWeakSet
	kindNumberObj
	kindStringObj
	kindBooleanObj
	kindBigIntObj
	kindSymbolObj
)

func (c *inspector) classify(o *goja.Object) objKind {
	switch o.ClassName() {
	case "Array":
		return kindArray
	case "Function", "AsyncFunction", "GeneratorFunction":
		return kindFunction
	case "Arguments":
		return kindArguments
	case "Error":
		return kindError
	case "RegExp":
		return kindRegExp
	case "Date":
		return kindDate
	case "Number":
		return kindNumberObj
	case "String":
		return kindStringObj
	case "Boolean":
		return kindBooleanObj
	}
	t := o.ExportType()
	switch t {
	case mapExportType:
		return kindMap
	case setExportType:
		return kindSet
	case arrayBufferType:
		return kindArrayBuffer
	case promiseType:
		return kindPromise
	case bigIntType:
		return kindBigIntObj
	case stringType:
		return kindSymbolObj
	}
	if _, ok := typedArrayTypes[t]; ok {
		return kindTypedArray
	}
	if _, ok := goja.AssertFunction(o); ok {
		return kindFunction
	}
	// DataView, WeakMap and WeakSet have no distinguishing class or export
	// type in goja: find their prototype in the chain and confirm the brand.
	in := c.in
	if in.dataViewProto == nil && in.weakMapProto == nil && in.weakSetProto == nil {
		return kindPlain
	}
	p := o.Prototype()
	for i := 0; p != nil && i < 64; i++ {
		if p == in.objectProto {
			break
		}
		switch p {
		case in.dataViewProto:
			if c.brand(in.dataViewByteLength, o) {
				return kindDataView
			}
			return kindPlain
		case in.weakMapProto:
			if c.brand(in.weakMapHas, o) {
				return kindWeakMap
			}
			return kindPlain
		case in.weakSetProto:
			if c.brand(in.weakSetHas, o) {
				return kindWeakSet
			}
			return kindPlain
		}
		if _, isProxy := asProxy(p); isProxy {
			break
		}
		p = p.Prototype()
	}
	return kindPlain
}

func (c *inspector) brand(fn goja.Callable, o *goja.Object) bool {
	if fn == nil {
		return false
	}
	_, err := fn(o, c.vm.NewObject())
	if err != nil {
		if _, ok := err.(*goja.Exception); !ok {
			panic(err)
		}
		return false
	}
	return true
}

// ---------------------------------------------------------------------------
// property keys and descriptors

type pkey struct {
	s   string
	sym *goja.Symbol
	// str is the exact key when s (UTF-8) lost lone surrogates.
	str goja.String
}

func (k pkey) value(vm *goja.Runtime) goja.Value {
	if k.sym != nil {
		return k.sym
	}
	if k.str != nil {
		return k.str
	}
	return vm.ToValue(k.s)
}

// units returns the key's UTF-16 code units.
func (k pkey) units() []uint16 {
	if k.str != nil {
		return stringUnits(k.str)
	}
	return toUTF16(k.s)
}

// stringKeys returns Object.keys(o) (or getOwnPropertyNames with all).
func (c *inspector) stringKeys(o *goja.Object, all bool) []pkey {
	var names []string
	if all {
		names = o.GetOwnPropertyNames()
	} else {
		names = o.Keys()
	}
	keys := make([]pkey, len(names))
	lossy := false
	for i, n := range names {
		keys[i] = pkey{s: n}
		if !lossy && !isASCIIString(n) && strings.ContainsRune(n, utf8.RuneError) {
			lossy = true
		}
	}
	if lossy {
		// Go strings cannot hold lone surrogates: fetch the exact keys.
		fn := c.in.objectKeys
		if all {
			fn = c.in.getOwnPropertyNames
		}
		if fn != nil {
			if arr, ok := callJS(fn, goja.Undefined(), o).(*goja.Object); ok && int(arr.Get("length").ToInteger()) == len(keys) {
				for i := range keys {
					if sv, ok := arr.Get(strconv.Itoa(i)).(goja.String); ok {
						keys[i].str = sv
					}
				}
			}
		}
	}
	return keys
}

type propDesc struct {
	exists     bool
	value      goja.Value // nil when not a data property with a defined value
	get, set   goja.Value // nil when absent
	enumerable bool
}

func (c *inspector) ownDesc(o *goja.Object, key goja.Value) propDesc {
	if c.in.getOwnPropertyDescriptor == nil {
		v := o.Get(key.String())
		return propDesc{exists: v != nil, value: v, enumerable: true}
	}
	d := callJS(c.in.getOwnPropertyDescriptor, goja.Undefined(), o, key)
	dobj, ok := d.(*goja.Object)
	if !ok {
		return propDesc{}
	}
	pd := propDesc{exists: true}
	if v := dobj.Get("value"); v != nil && !goja.IsUndefined(v) {
		pd.value = v
	}
	if v := dobj.Get("get"); v != nil && !goja.IsUndefined(v) {
		pd.get = v
	}
	if v := dobj.Get("set"); v != nil && !goja.IsUndefined(v) {
		pd.set = v
	}
	if v := dobj.Get("enumerable"); v != nil {
		pd.enumerable = v.ToBoolean()
	}
	return pd
}

func (c *inspector) hasOwn(o *goja.Object, key goja.Value) bool {
	return c.ownDesc(o, key).exists
}

func (c *inspector) has(o *goja.Object, key goja.Value) bool {
	if c.in.reflectHas == nil {
		v := o.Get(key.String())
		return v != nil
	}
	return callJS(c.in.reflectHas, goja.Undefined(), o, key).ToBoolean()
}

func (c *inspector) getKey(o *goja.Object, k pkey) goja.Value {
	var v goja.Value
	if k.sym != nil {
		v = o.GetSymbol(k.sym)
	} else if k.str != nil && c.in.reflectGet != nil {
		v = callJS(c.in.reflectGet, goja.Undefined(), o, k.str)
	} else {
		v = o.Get(k.s)
	}
	if v == nil {
		return goja.Undefined()
	}
	return v
}

func (c *inspector) allSymbols(o *goja.Object) []pkey {
	if c.in.getOwnPropertySymbols == nil {
		return nil
	}
	arr, ok := callJS(c.in.getOwnPropertySymbols, goja.Undefined(), o).(*goja.Object)
	if !ok {
		return nil
	}
	n := int(arr.Get("length").ToInteger())
	res := make([]pkey, 0, n)
	for i := 0; i < n; i++ {
		if s, ok := arr.Get(strconv.Itoa(i)).(*goja.Symbol); ok {
			res = append(res, pkey{sym: s})
		}
	}
	return res
}

// getKeys is Node's getKeys(value, showHidden).
func (c *inspector) getKeys(o *goja.Object, showHidden bool) []pkey {
	keys := c.stringKeys(o, showHidden)
	if showHidden {
		keys = append(keys, c.allSymbols(o)...)
	} else {
		for _, s := range o.Symbols() {
			keys = append(keys, pkey{sym: s})
		}
	}
	return keys
}

func isArrayIndex(s string) bool {
	if s == "" || len(s) > 10 {
		return false
	}
	if s == "0" {
		return true
	}
	if s[0] == '0' {
		return false
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch < '0' || ch > '9' {
			return false
		}
		n = n*10 + uint64(ch-'0')
	}
	return n < 1<<32-1
}

// getOwnNonIndexProperties(value, filter)
func (c *inspector) nonIndexKeys(o *goja.Object) []pkey {
	var keys []pkey
	for _, k := range c.stringKeys(o, c.cfg.showHidden) {
		if !isArrayIndex(k.s) {
			keys = append(keys, k)
		}
	}
	if c.cfg.showHidden {
		keys = append(keys, c.allSymbols(o)...)
	} else {
		for _, s := range o.Symbols() {
			keys = append(keys, pkey{sym: s})
		}
	}
	return keys
}

func containsKey(keys []pkey, s string) bool {
	for _, k := range keys {
		if k.sym == nil && k.s == s {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------------------
// formatValue

func (c *inspector) formatValue(v goja.Value, recurseTimes int, typedArray bool) string {
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return c.formatPrimitive(v)
	}
	context := o
	isProxy := false
	if p, ok := asProxy(o); ok {
		isProxy = true
		target := p.Target()
		if target == nil {
			return "<Revoked Proxy>"
		}
		if c.cfg.showProxy {
			return c.formatProxy(p, recurseTimes)
		}
		o = target
	}

	if c.cfg.customInspect && c.in.customSym != nil {
		maybeCustom := o.GetSymbol(c.in.customSym)
		if fn, ok := goja.AssertFunction(maybeCustom); ok && !(c.in.inspectFn != nil && maybeCustom.SameAs(c.in.inspectFn)) && !c.isOwnPrototype(o) {
			var depth goja.Value
			if c.cfg.depth >= infDepth {
				depth = c.vm.ToValue(math.Inf(1))
			} else {
				depth = c.vm.ToValue(c.cfg.depth - recurseTimes)
			}
			isCrossContext := isProxy || !c.instanceOf(context, c.in.objectCtor)
			ret := callJS(fn, context, depth, c.userOptions(isCrossContext), c.inspectFunction())
			if !ret.SameAs(context) {
				if s, ok := ret.(goja.String); ok {
					return strings.ReplaceAll(s.String(), "\n", "\n"+strings.Repeat(" ", c.indentationLvl))
				}
				if c.nesting >= maxNesting {
					throwRangeError(c.vm, "Maximum call stack size exceeded")
				}
				c.nesting++
				res := c.formatValue(ret, recurseTimes, false)
				c.nesting--
				return res
			}
		}
	}

	for _, s := range c.seen {
		if s == o {
			index := 1
			if c.circular == nil {
				c.circular = map[*goja.Object]int{o: index}
			} else if i, ok := c.circular[o]; ok {
				index = i
			} else {
				index = len(c.circular) + 1
				c.circular[o] = index
			}
			return "[Circular *" + strconv.Itoa(index) + "]"
		}
	}
	return c.formatRaw(o, recurseTimes, typedArray)
}

// value.constructor && value.constructor.prototype === value
func (c *inspector) isOwnPrototype(o *goja.Object) bool {
	ctor := o.Get("constructor")
	if ctor == nil || !ctor.ToBoolean() {
		return false
	}
	co, ok := ctor.(*goja.Object)
	if !ok {
		return false
	}
	p := co.Get("prototype")
	return p != nil && p.SameAs(o)
}

func (c *inspector) instanceOf(v goja.Value, ctor *goja.Object) (res bool) {
	if ctor == nil {
		return false
	}
	if _, ok := v.(*goja.Object); !ok {
		return false
	}
	if ex := c.vm.Try(func() { res = c.vm.InstanceOf(v, ctor) }); ex != nil {
		return false
	}
	return res
}

func (c *inspector) formatProxy(p goja.Proxy, recurseTimes int) string {
	if recurseTimes > c.cfg.depth {
		return "Proxy [Array]"
	}
	recurseTimes++
	c.indentationLvl += 2
	var target, handler goja.Value = goja.Null(), goja.Null()
	if t := p.Target(); t != nil {
		target = t
	}
	if h := p.Handler(); h != nil {
		handler = h
	}
	res := []string{
		c.formatValue(target, recurseTimes, false),
		c.formatValue(handler, recurseTimes, false),
	}
	c.indentationLvl -= 2
	return c.reduceToSingleString(res, "", [2]string{"Proxy [", "]"}, kArrayExtrasType, recurseTimes, nil)
}

func (c *inspector) userOptions(isCrossContext bool) *goja.Object {
	vm := c.vm
	o := vm.NewObject()
	if isCrossContext {
		_ = o.SetPrototype(nil)
	}
	cfg := c.cfg
	_ = o.Set("stylize", func(call goja.FunctionCall) goja.Value {
		return call.Argument(0).ToString()
	})
	_ = o.Set("showHidden", cfg.showHidden)
	if cfg.depth >= infDepth {
		_ = o.Set("depth", math.Inf(1))
	} else {
		_ = o.Set("depth", cfg.depth)
	}
	_ = o.Set("colors", false)
	_ = o.Set("customInspect", cfg.customInspect)
	_ = o.Set("showProxy", cfg.showProxy)
	setLimit := func(name string, n int) {
		if n >= infDepth {
			_ = o.Set(name, math.Inf(1))
		} else {
			_ = o.Set(name, n)
		}
	}
	setLimit("maxArrayLength", cfg.maxArrayLength)
	setLimit("maxStringLength", cfg.maxStringLength)
	if cfg.breakLength >= infLength {
		_ = o.Set("breakLength", math.Inf(1))
	} else {
		_ = o.Set("breakLength", cfg.breakLength)
	}
	if cfg.compactTrue {
		_ = o.Set("compact", true)
	} else if cfg.compact == 0 {
		_ = o.Set("compact", false)
	} else {
		_ = o.Set("compact", cfg.compact)
	}
	_ = o.Set("sorted", cfg.sorted)
	switch cfg.getters {
	case 0:
		_ = o.Set("getters", false)
	case 1:
		_ = o.Set("getters", true)
	case 2:
		_ = o.Set("getters", "get")
	case 3:
		_ = o.Set("getters", "set")
	}
	_ = o.Set("numericSeparator", cfg.numericSeparator)
	if cfg.userOptions != nil {
		for _, k := range cfg.userOptions.Keys() {
			v := cfg.userOptions.Get(k)
			if isCrossContext {
				if _, isObj := v.(*goja.Object); isObj {
					continue
				}
			}
			_ = o.Set(k, v)
		}
	}
	return o
}

// NewInspectFunction returns a JavaScript function that behaves like Node's
// util.inspect: inspect(value, options) with all of Node's options
// (depth, showHidden, customInspect, showProxy, maxArrayLength,
// maxStringLength, breakLength, compact, sorted, getters, numericSeparator),
// the legacy inspect(value, showHidden, depth) form, and inspect.custom.
// It is the function handed to [util.inspect.custom] methods as their third
// argument.
func NewInspectFunction(vm *goja.Runtime) *goja.Object {
	in := newIntrinsics(vm)
	in.load()
	in.inspectFn = newInspectFunction(vm, in)
	return in.inspectFn
}

// inspectFunction returns a JavaScript util.inspect-like function bound to
// this runtime, handed to [util.inspect.custom] methods.
func (c *inspector) inspectFunction() *goja.Object {
	if c.in.inspectFn == nil {
		c.in.inspectFn = newInspectFunction(c.vm, c.in)
	}
	return c.in.inspectFn
}

func newInspectFunction(vm *goja.Runtime, in *intrinsics) *goja.Object {
	f := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		cfg := defaultConfig()
		if len(call.Arguments) > 1 {
			if len(call.Arguments) > 2 {
				if d := call.Arguments[2]; !goja.IsUndefined(d) {
					cfg.depth = jsNumberToLimit(d, cfg.depth, true)
				}
			}
			applyJSOptions(vm, &cfg, call.Arguments[1])
		}
		return vm.ToValue(inspectWith(vm, in, call.Argument(0), cfg))
	}).(*goja.Object)
	_ = f.DefineDataProperty("name", vm.ToValue("inspect"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if in.customSym == nil {
		in.load()
	}
	if in.customSym != nil {
		_ = f.Set("custom", in.customSym)
	}
	return f
}

// ---------------------------------------------------------------------------
// getConstructorName & co.

var builtInObjects = map[string]bool{}

func init() {
	for _, n := range []string{"Object", "Function", "Array", "Number", "Infinity", "NaN", "Boolean", "String", "Symbol", "Date", "Promise", "RegExp", "Error", "AggregateError", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError", "JSON", "Math", "Intl", "ArrayBuffer", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array", "Int32Array", "Float32Array", "Float64Array", "Uint8ClampedArray", "BigUint64Array", "BigInt64Array", "DataView", "Map", "BigInt", "Set", "WeakMap", "WeakSet", "Proxy", "Reflect", "FinalizationRegistry", "WeakRef", "Buffer", "URL", "URLSearchParams", "DOMException", "AbortController", "AbortSignal", "Event", "EventTarget", "TextEncoder", "TextDecoder", "TransformStream", "TransformStreamDefaultController", "WritableStream", "WritableStreamDefaultController", "WritableStreamDefaultWriter", "ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "ReadableStreamBYOBRequest", "ReadableByteStreamController", "ReadableStreamDefaultController", "ByteLengthQueuingStrategy", "CountQueuingStrategy", "TextEncoderStream", "TextDecoderStream", "CompressionStream", "DecompressionStream", "BroadcastChannel", "MessageChannel", "MessagePort", "MessageEvent", "Blob", "File", "Performance", "PerformanceEntry", "PerformanceMark", "PerformanceMeasure", "PerformanceObserver", "PerformanceObserverEntryList", "PerformanceResourceTiming", "FormData", "Headers", "Request", "Response", "SharedArrayBuffer", "Atomics", "WebAssembly", "Crypto", "CryptoKey", "SubtleCrypto", "CustomEvent"} {
		builtInObjects[n] = true
	}
}

func (c *inspector) functionName(f *goja.Object) goja.Value {
	v := f.Get("name")
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// internalGetConstructorName approximates V8's JSReceiver::GetConstructorName:
// the map's constructor is unknown to goja, then a Symbol.toStringTag data
// property, a "constructor" data property, the class name.
func (c *inspector) internalGetConstructorName(o *goja.Object) string {
	tagDone, ctorDone := false, false
	p := o
	for i := 0; p != nil && i < 1000 && !(tagDone && ctorDone); i++ {
		if _, isProxy := asProxy(p); isProxy {
			break
		}
		if !tagDone {
			if d := c.ownDesc(p, goja.SymToStringTag); d.exists {
				tagDone = true
				if s, ok := d.value.(goja.String); ok && d.get == nil && d.set == nil {
					return s.String()
				}
			}
		}
		if !ctorDone {
			if d := c.ownDesc(p, c.vm.ToValue("constructor")); d.exists {
				ctorDone = true
				if fo, ok := d.value.(*goja.Object); ok && isCallable(fo) {
					if n, ok := c.functionName(fo).(goja.String); ok && n.Length() != 0 && n.String() != "Object" {
						return n.String()
					}
				}
			}
		}
		p = p.Prototype()
	}
	return c.className(o)
}

func (c *inspector) className(o *goja.Object) string {
	switch c.classify(o) {
	case kindArray:
		return "Array"
	case kindFunction:
		return "Function"
	case kindError:
		return "Error"
	case kindRegExp:
		return "RegExp"
	case kindDate:
		return "Date"
	case kindMap:
		return "Map"
	case kindSet:
		return "Set"
	case kindPromise:
		return "Promise"
	case kindArrayBuffer:
		return "ArrayBuffer"
	case kindDataView:
		return "DataView"
	case kindWeakMap:
		return "WeakMap"
	case kindWeakSet:
		return "WeakSet"
	case kindNumberObj:
		return "Number"
	case kindStringObj:
		return "String"
	case kindBooleanObj:
		return "Boolean"
	case kindBigIntObj:
		return "BigInt"
	case kindSymbolObj:
		return "Symbol"
	case kindTypedArray:
		return typedArrayTypes[o.ExportType()]
	}
	return "Object"
}

// getConstructorName returns the name and false, or "" and true for null.
func (c *inspector) getConstructorName(obj *goja.Object, recurseTimes int, protoProps *[]string) (string, bool) {
	var firstProto *goja.Object
	firstProtoSet := false
	tmp := obj
	for steps := 0; obj != nil; steps++ {
		if steps > 100000 {
			throwRangeError(c.vm, "Maximum call stack size exceeded")
		}
		if obj == c.in.objectProto || obj == c.in.functionProto {
			name := "Object"
			if obj == c.in.functionProto {
				name = "Function"
			}
			if c.ordinaryHasInstance(obj, tmp) {
				if protoProps != nil && (!firstProtoSet || firstProto != obj) {
					c.addPrototypeProperties(tmp, firstProtoOr(firstProto, firstProtoSet, tmp), recurseTimes, protoProps)
				}
				return name, false
			}
		}
		desc := c.ownDesc(obj, c.vm.ToValue("constructor"))
		if desc.value != nil {
			if fo, ok := desc.value.(*goja.Object); ok {
				if _, isFn := goja.AssertFunction(fo); isFn {
					nameV := c.functionName(fo)
					if !(isStringValue(nameV) && nameV.String() == "") && c.instanceOf(tmp, fo) {
						name := toJSString(nameV)
						if protoProps != nil && (!firstProtoSet || firstProto != obj || !builtInObjects[name]) {
							c.addPrototypeProperties(tmp, firstProtoOr(firstProto, firstProtoSet, tmp), recurseTimes, protoProps)
						}
						return name, false
					}
				}
			}
		}
		obj = obj.Prototype()
		if !firstProtoSet {
			firstProto = obj
			firstProtoSet = true
		}
	}
	if firstProto == nil {
		return "", true
	}
	res := c.internalGetConstructorName(tmp)
	if recurseTimes > c.cfg.depth || recurseTimes > maxNesting {
		return res + " <Complex prototype>", false
	}
	protoConstr, isNull := c.getConstructorName(firstProto, recurseTimes+1, protoProps)
	if isNull {
		sub := *c
		sub.cfg.customInspect = false
		sub.cfg.depth = -1
		sub.seen = nil
		sub.circular = nil
		sub.indentationLvl = 0
		sub.budget = nil
		return res + " <" + sub.formatValue(firstProto, 0, false) + ">", false
	}
	return res + " <" + protoConstr + ">", false
}

func firstProtoOr(firstProto *goja.Object, set bool, tmp *goja.Object) *goja.Object {
	if set && firstProto != nil {
		return firstProto
	}
	return tmp
}

// ordinaryHasInstance: is proto in the prototype chain of v?
func (c *inspector) ordinaryHasInstance(proto, v *goja.Object) bool {
	p := v.Prototype()
	for i := 0; p != nil && i < 10000; i++ {
		if p == proto {
			return true
		}
		p = p.Prototype()
	}
	return false
}

func (c *inspector) addPrototypeProperties(main, obj *goja.Object, recurseTimes int, output *[]string) {
	depth := 0
	var keys []pkey
	var keySet map[pkey]bool
	for {
		if depth != 0 || main == obj {
			obj = obj.Prototype()
			if obj == nil {
				return
			}
			desc := c.ownDesc(obj, c.vm.ToValue("constructor"))
			if fo, ok := desc.value.(*goja.Object); ok {
				if _, isFn := goja.AssertFunction(fo); isFn && builtInObjects[toJSString(c.functionName(fo))] {
					return
				}
			}
		}
		if depth == 0 {
			keySet = map[pkey]bool{}
		} else {
			for _, k := range keys {
				keySet[k] = true
			}
		}
		keys = append(c.stringKeys(obj, true), c.allSymbols(obj)...)
		c.seen = append(c.seen, main)
		for _, key := range keys {
			if (key.sym == nil && key.s == "constructor") || c.hasOwn(main, key.value(c.vm)) || (depth != 0 && keySet[key]) {
				continue
			}
			desc := c.ownDesc(obj, key.value(c.vm))
			if desc.value != nil {
				if _, isFn := goja.AssertFunction(desc.value); isFn {
					continue
				}
			}
			value := c.formatProperty(obj, recurseTimes, key, kObjectType, &desc, main)
			*output = append(*output, value)
		}
		c.seen = c.seen[:len(c.seen)-1]
		depth++
		if depth == 3 {
			return
		}
	}
}

func getPrefix(constructor string, isNull bool, tag, fallback, size string) string {
	if isNull {
		if tag != "" && fallback != tag {
			return "[" + fallback + size + ": null prototype] [" + tag + "] "
		}
		return "[" + fallback + size + ": null prototype] "
	}
	if tag != "" && constructor != tag {
		return constructor + size + " [" + tag + "] "
	}
	return constructor + size + " "
}

func (c *inspector) getCtxStyle(value *goja.Object, constructor string, isNull bool, tag string) string {
	fallback := ""
	if isNull {
		fallback = c.internalGetConstructorName(value)
		if fallback == tag {
			fallback = "Object"
		}
	}
	return getPrefix(constructor, isNull, tag, fallback, "")
}

// ---------------------------------------------------------------------------
// formatRaw

type formatterFn func(value *goja.Object, recurseTimes int) []string

func (c *inspector) formatRaw(value *goja.Object, recurseTimes int, typedArray bool) string {
	var keys []pkey
	var protoProps *[]string
	if c.cfg.showHidden && recurseTimes <= c.cfg.depth {
		protoProps = &[]string{}
	}
	constructor, isNull := c.getConstructorName(value, recurseTimes, protoProps)
	if protoProps != nil && len(*protoProps) == 0 {
		protoProps = nil
	}

	tag := ""
	if tv, ok := value.GetSymbol(goja.SymToStringTag).(goja.String); ok {
		tag = tv.String()
		if tag != "" {
			d := c.ownDesc(value, goja.SymToStringTag)
			if c.cfg.showHidden {
				if d.exists {
					tag = ""
				}
			} else if d.exists && d.enumerable {
				tag = ""
			}
		}
	}

	base := ""
	var formatter formatterFn = func(*goja.Object, int) []string { return nil }
	braces := [2]string{"{", "}"}
	noIterator := true
	extrasType := kObjectType
	kind := c.classify(value)

	if kind == kindArray || kind == kindSet || kind == kindMap || kind == kindTypedArray {
		if isNull || c.has(value, goja.SymIterator) {
			noIterator = false
			switch kind {
			case kindArray:
				length := c.lengthOf(value)
				prefix := ""
				if constructor != "Array" || isNull || tag != "" {
					prefix = getPrefix(constructor, isNull, tag, "Array", "("+strconv.FormatInt(length, 10)+")")
				}
				keys = c.nonIndexKeys(value)
				braces = [2]string{prefix + "[", "]"}
				if length == 0 && len(keys) == 0 && protoProps == nil {
					return braces[0] + "]"
				}
				extrasType = kArrayExtrasType
				formatter = c.formatArray
			case kindSet, kindMap:
				name, sizeFn, format := "Set", c.in.setSize, c.formatSet
				if kind == kindMap {
					name, sizeFn, format = "Map", c.in.mapSize, c.formatMap
				}
				size := c.collectionSize(sizeFn, value)
				prefix := getPrefix(constructor, isNull, tag, name, "("+strconv.FormatInt(size, 10)+")")
				keys = c.getKeys(value, c.cfg.showHidden)
				nullProto := isNull
				formatter = func(v *goja.Object, rt int) []string { return format(v, nullProto, rt) }
				if size == 0 && len(keys) == 0 && protoProps == nil {
					return prefix + "{}"
				}
				braces = [2]string{prefix + "{", "}"}
			case kindTypedArray:
				keys = c.nonIndexKeys(value)
				fallback := ""
				if isNull {
					fallback = c.typedArrayName(value)
				}
				size := int64(reflect.ValueOf(value.Export()).Len())
				prefix := getPrefix(constructor, isNull, tag, fallback, "("+strconv.FormatInt(size, 10)+")")
				braces = [2]string{prefix + "[", "]"}
				if size == 0 && len(keys) == 0 && !c.cfg.showHidden {
					return braces[0] + "]"
				}
				formatter = func(v *goja.Object, rt int) []string { return c.formatTypedArray(v, int(size), rt) }
				extrasType = kArrayExtrasType
			}
		}
	}
	if noIterator {
		keys = c.getKeys(value, c.cfg.showHidden)
		if kind == kindFunction && c.cfg.showHidden {
			keys = v8FunctionKeyOrder(keys)
		}
		braces = [2]string{"{", "}"}
		switch {
		case kind == kindFunction:
			base = c.getFunctionBase(value, constructor, isNull, tag)
			if len(keys) == 0 && protoProps == nil {
				return base
			}
		case !isNull && constructor == "Object":
			if kind == kindArguments {
				braces[0] = "[Arguments] {"
			} else if tag != "" {
				braces[0] = getPrefix(constructor, isNull, tag, "Object", "") + "{"
			}
			if len(keys) == 0 && protoProps == nil {
				return braces[0] + "}"
			}
		case kind == kindRegExp:
			// goja escapes '/' in `source` as \u002f where V8 writes \/.
			base = strings.ReplaceAll(toJSString(callJS(c.in.regexpToString, value)), `\u002f`, `\/`)
			prefix := getPrefix(constructor, isNull, tag, "RegExp", "")
			if prefix != "RegExp " {
				base = prefix + base
			}
			if (len(keys) == 0 && protoProps == nil) || recurseTimes > c.cfg.depth {
				return base
			}
		case kind == kindDate:
			t := callJS(c.in.dateGetTime, value).ToFloat()
			if math.IsNaN(t) {
				base = toJSString(callJS(c.in.dateToString, value))
			} else {
				// goja's toISOString lacks the 6-digit form of years
				// outside 0..9999; format the time value here.
				base = isoString(t)
			}
			prefix := getPrefix(constructor, isNull, tag, "Date", "")
			if prefix != "Date " {
				base = prefix + base
			}
			if len(keys) == 0 && protoProps == nil {
				return base
			}
		case kind == kindError || c.instanceOf(value, c.in.errorCtor):
			base = c.formatError(value, constructor, isNull, tag, &keys)
			if len(keys) == 0 && protoProps == nil {
				return base
			}
		case kind == kindArrayBuffer:
			prefix := getPrefix(constructor, isNull, tag, "ArrayBuffer", "")
			if !typedArray {
				formatter = func(v *goja.Object, rt int) []string { return c.formatArrayBuffer(v) }
			} else if len(keys) == 0 && protoProps == nil {
				ab, _ := value.Export().(goja.ArrayBuffer)
				return prefix + "{ byteLength: " + c.formatNumberInt(int64(len(ab.Bytes()))) + " }"
			}
			braces[0] = prefix + "{"
			keys = append([]pkey{{s: "byteLength"}}, keys...)
		case kind == kindDataView:
			braces[0] = getPrefix(constructor, isNull, tag, "DataView", "") + "{"
			keys = append([]pkey{{s: "byteLength"}, {s: "byteOffset"}, {s: "buffer"}}, keys...)
		case kind == kindPromise:
			braces[0] = getPrefix(constructor, isNull, tag, "Promise", "") + "{"
			formatter = c.formatPromise
		case kind == kindWeakSet:
			braces[0] = getPrefix(constructor, isNull, tag, "WeakSet", "") + "{"
			formatter = func(*goja.Object, int) []string { return []string{"<items unknown>"} }
		case kind == kindWeakMap:
			braces[0] = getPrefix(constructor, isNull, tag, "WeakMap", "") + "{"
			formatter = func(*goja.Object, int) []string { return []string{"<items unknown>"} }
		case kind >= kindNumberObj && kind <= kindSymbolObj:
			base = c.getBoxedBase(value, kind, &keys, constructor, isNull, tag)
			if len(keys) == 0 && protoProps == nil {
				return base
			}
		default:
			if len(keys) == 0 && protoProps == nil {
				return c.getCtxStyle(value, constructor, isNull, tag) + "{}"
			}
			braces[0] = c.getCtxStyle(value, constructor, isNull, tag) + "{"
		}
	}

	if recurseTimes > c.cfg.depth {
		name := c.getCtxStyle(value, constructor, isNull, tag)
		name = name[:len(name)-1]
		if !isNull {
			name = "[" + name + "]"
		}
		return name
	}
	recurseTimes++

	if c.nesting >= maxNesting {
		name := c.getCtxStyle(value, constructor, isNull, tag)
		name = name[:len(name)-1]
		return "[" + name + ": Inspection interrupted prematurely. Maximum call stack size exceeded.]"
	}
	c.nesting++
	c.seen = append(c.seen, value)
	c.currentDepth = recurseTimes
	output := formatter(value, recurseTimes)
	for _, k := range keys {
		output = append(output, c.formatProperty(value, recurseTimes, k, extrasType, nil, value))
	}
	if protoProps != nil {
		output = append(output, *protoProps...)
	}
	c.nesting--

	if c.circular != nil {
		if index, ok := c.circular[value]; ok {
			reference := "<ref *" + strconv.Itoa(index) + ">"
			if !c.cfg.compactTrue {
				if base == "" {
					base = reference
				} else {
					base = reference + " " + base
				}
			} else {
				braces[0] = reference + " " + braces[0]
			}
		}
	}
	c.seen = c.seen[:len(c.seen)-1]

	if c.cfg.sorted {
		if extrasType == kObjectType {
			sort.Strings(output)
		} else if len(keys) > 1 {
			tail := output[len(output)-len(keys):]
			sort.Strings(tail)
		}
	}

	res := c.reduceToSingleString(output, base, braces, extrasType, recurseTimes, value)
	if c.budget == nil {
		c.budget = map[int]int{}
	}
	newLength := c.budget[c.indentationLvl] + len(res)
	c.budget[c.indentationLvl] = newLength
	if newLength > 1<<27 {
		c.cfg.depth = -1
	}
	return res
}

// isoString is Date.prototype.toISOString for a valid time value.
func isoString(t float64) string {
	tm := time.UnixMilli(int64(t)).UTC()
	y := tm.Year()
	var ys string
	if y >= 0 && y <= 9999 {
		ys = fmt.Sprintf("%04d", y)
	} else if y < 0 {
		ys = fmt.Sprintf("-%06d", -y)
	} else {
		ys = fmt.Sprintf("+%06d", y)
	}
	return fmt.Sprintf("%s-%02d-%02dT%02d:%02d:%02d.%03dZ", ys, tm.Month(), tm.Day(), tm.Hour(), tm.Minute(), tm.Second(), tm.Nanosecond()/1e6)
}

func (c *inspector) lengthOf(o *goja.Object) int64 {
	v := o.Get("length")
	if v == nil {
		return 0
	}
	f := v.ToFloat()
	if math.IsNaN(f) || f < 0 {
		return 0
	}
	if f > 1<<53 {
		return 1 << 53
	}
	return int64(f)
}

func (c *inspector) collectionSize(getter goja.Callable, o *goja.Object) int64 {
	var v goja.Value
	if getter != nil {
		v = callJS(getter, o)
	} else {
		v = o.Get("size")
	}
	if v == nil {
		return 0
	}
	return v.ToInteger()
}

func (c *inspector) typedArrayName(o *goja.Object) string {
	if c.in.typedArrayTag != nil {
		if s, ok := callJS(c.in.typedArrayTag, o).(goja.String); ok {
			return s.String()
		}
	}
	return typedArrayTypes[o.ExportType()]
}

func toJSString(v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	if sym, ok := v.(*goja.Symbol); ok {
		return symbolToString(sym)
	}
	return v.String()
}

func isCallable(o *goja.Object) bool {
	_, ok := goja.AssertFunction(o)
	return ok
}

func isStringValue(v goja.Value) bool {
	_, ok := v.(goja.String)
	return ok
}

func symbolToString(s *goja.Symbol) string {
	return "Symbol(" + s.String() + ")"
}

// ---------------------------------------------------------------------------
// functions

var (
	classRegExp         = regexp.MustCompile(`^(\s+[^(]*?)\s*{`)
	stripCommentsRegExp = regexp.MustCompile(`(//.*?\n)|(/\*(.|\n)*?\*/)`)
)

func (c *inspector) getFunctionBase(value *goja.Object, constructor string, isNull bool, tag string) string {
	if c.in.fnToString != nil {
		sv, err := c.in.fnToString(value)
		if err != nil {
			if _, ok := err.(*goja.Exception); !ok {
				panic(err)
			}
		} else {
			stringified := sv.String()
			if strings.HasPrefix(stringified, "class") && strings.HasSuffix(stringified, "}") {
				slice := stringified[5 : len(stringified)-1]
				bracketIndex := strings.Index(slice, "{")
				if bracketIndex != -1 && (!strings.Contains(slice[:bracketIndex], "(") ||
					classRegExp.MatchString(stripCommentsRegExp.ReplaceAllString(slice, ""))) {
					return c.getClassBase(value, constructor, isNull, tag)
				}
			}
		}
	}
	typ := "Function"
	// goja gives async and generator functions the same class as ordinary
	// ones; their prototypes carry the distinguishing Symbol.toStringTag.
	protoTag := c.functionKindTag(value)
	if protoTag == "GeneratorFunction" || protoTag == "AsyncGeneratorFunction" {
		typ = "Generator" + typ
	}
	if protoTag == "AsyncFunction" || protoTag == "AsyncGeneratorFunction" {
		typ = "Async" + typ
	}
	base := "[" + typ
	if isNull {
		base += " (null prototype)"
	}
	name := c.functionName(value)
	if s, ok := name.(goja.String); ok && s.Length() == 0 {
		base += " (anonymous)"
	} else {
		base += ": " + toJSString(name)
	}
	base += "]"
	if constructor != typ && !isNull {
		base += " " + constructor
	}
	if tag != "" && constructor != tag {
		base += " [" + tag + "]"
	}
	return base
}

// functionKindTag returns the own Symbol.toStringTag of the function's
// prototype (AsyncFunction.prototype / GeneratorFunction.prototype).
func (c *inspector) functionKindTag(f *goja.Object) string {
	p := f.Prototype()
	if p == nil || p == c.in.functionProto {
		return ""
	}
	if _, isProxy := asProxy(p); isProxy {
		return ""
	}
	d := c.ownDesc(p, goja.SymToStringTag)
	if s, ok := d.value.(goja.String); ok {
		return s.String()
	}
	return ""
}

// v8FunctionKeyOrder moves goja's leading "prototype" own key of functions
// after "length" and "name", where V8 has it.
func v8FunctionKeyOrder(keys []pkey) []pkey {
	if len(keys) < 3 || keys[0].sym != nil || keys[0].s != "prototype" {
		return keys
	}
	at := -1
	for i, k := range keys {
		if k.sym == nil && k.s == "name" {
			at = i
			break
		}
	}
	if at < 0 {
		return keys
	}
	res := make([]pkey, 0, len(keys))
	res = append(res, keys[1:at+1]...)
	res = append(res, keys[0])
	res = append(res, keys[at+1:]...)
	return res
}

func (c *inspector) getClassBase(value *goja.Object, constructor string, isNull bool, tag string) string {
	name := ""
	if c.hasOwn(value, c.vm.ToValue("name")) {
		if n := value.Get("name"); n != nil && n.ToBoolean() {
			name = toJSString(n)
		}
	}
	if name == "" {
		name = "(anonymous)"
	}
	base := "class " + name
	if constructor != "Function" && !isNull {
		base += " [" + constructor + "]"
	}
	if tag != "" && constructor != tag {
		base += " [" + tag + "]"
	}
	if !isNull {
		if p := value.Prototype(); p != nil {
			if sn := p.Get("name"); sn != nil && sn.ToBoolean() {
				base += " extends " + toJSString(sn)
			}
		}
	} else {
		base += " extends [null prototype]"
	}
	return "[" + base + "]"
}

// ---------------------------------------------------------------------------
// boxed primitives

func (c *inspector) getBoxedBase(value *goja.Object, kind objKind, keys *[]pkey, constructor string, isNull bool, tag string) string {
	var fn goja.Callable
	var typ string
	switch kind {
	case kindNumberObj:
		fn, typ = c.in.numberValueOf, "Number"
	case kindStringObj:
		fn, typ = c.in.stringValueOf, "String"
		n := int(c.lengthOf(value))
		if n > len(*keys) {
			n = len(*keys)
		}
		*keys = (*keys)[n:]
	case kindBooleanObj:
		fn, typ = c.in.booleanValueOf, "Boolean"
	case kindBigIntObj:
		fn, typ = c.in.bigintValueOf, "BigInt"
	default:
		fn, typ = c.in.symbolValueOf, "Symbol"
	}
	base := "[" + typ
	if typ != constructor {
		if isNull {
			base += " (null prototype)"
		} else {
			base += " (" + constructor + ")"
		}
	}
	var prim goja.Value = goja.Undefined()
	if fn != nil {
		prim = callJS(fn, value)
	}
	base += ": " + c.formatPrimitive(prim) + "]"
	if tag != "" && tag != constructor {
		base += " [" + tag + "]"
	}
	return base
}

// ---------------------------------------------------------------------------
// errors

// convertStack rewrites goja's stack frame lines to Node's form.
func convertStack(stack string, header string) string {
	if !strings.Contains(stack, "\n\tat ") {
		if header != "" && stack == header+"\n" {
			return header
		}
		return stack
	}
	return jsloop.NodeStack(stack)
}

func (c *inspector) errorToString(err *goja.Object) string {
	if c.in.errorToString != nil {
		if v, e := c.in.errorToString(err); e == nil {
			return toJSString(v)
		} else {
			panic(e)
		}
	}
	return err.String()
}

func (c *inspector) getStackString(err *goja.Object) string {
	st := err.Get("stack")
	if st != nil && st.ToBoolean() {
		s := toJSString(st)
		if strings.Contains(s, "\n\tat ") || strings.HasSuffix(s, "\n") {
			return convertStack(s, c.errorToString(err))
		}
		return s
	}
	return c.errorToString(err)
}

func (c *inspector) formatError(err *goja.Object, constructor string, isNull bool, tag string, keys *[]pkey) string {
	name := "Error"
	if nv := err.Get("name"); nv != nil && !goja.IsUndefined(nv) && !goja.IsNull(nv) {
		name = toJSString(nv)
	}
	stack := c.getStackString(err)

	// removeDuplicateErrorKeys
	if !c.cfg.showHidden && len(*keys) != 0 {
		for _, n := range []string{"name", "message", "stack"} {
			for i, k := range *keys {
				if k.sym == nil && k.s == n {
					if strings.Contains(stack, toJSString(err.Get(n))) {
						*keys = append((*keys)[:i:i], (*keys)[i+1:]...)
					}
					break
				}
			}
		}
	}
	if c.has(err, c.vm.ToValue("cause")) && (len(*keys) == 0 || !containsKey(*keys, "cause")) {
		*keys = append(*keys, pkey{s: "cause"})
	}
	if errs, ok := err.Get("errors").(*goja.Object); ok && errs.ClassName() == "Array" && (len(*keys) == 0 || !containsKey(*keys, "errors")) {
		*keys = append(*keys, pkey{s: "errors"})
	}

	stack = c.improveStack(stack, constructor, isNull, name, tag)

	// Ignore the error message if it's contained in the stack.
	pos := -1
	msgV := err.Get("message")
	if msgV != nil && msgV.ToBoolean() {
		msg := toJSString(msgV)
		idx := jsIndexOf(stack, msg, 0)
		if idx > 0 {
			pos = idx
			if isStringValue(msgV) {
				pos += jsLen(msg)
			} else {
				pos = 0 // NaN
			}
		}
	}
	stackStart := jsIndexOf(stack, "\n    at", pos)
	if stackStart == -1 {
		stack = "[" + stack + "]"
	} else {
		bi := byteOffset(stack, stackStart)
		newStack := stack[:bi]
		lines := c.getStackFrames(err, stack[bi+1:])
		newStack += "\n" + strings.Join(lines, "\n")
		stack = newStack
	}
	if c.indentationLvl != 0 {
		stack = strings.ReplaceAll(stack, "\n", "\n"+strings.Repeat(" ", c.indentationLvl))
	}
	return stack
}

var improveStackNullRe1 = regexp.MustCompile(`^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)`)
var improveStackNullRe2 = regexp.MustCompile(`^([a-z_A-Z0-9-]*Error)$`)

func (c *inspector) improveStack(stack, constructor string, isNull bool, name, tag string) string {
	ln := len(name)
	if isNull || (strings.HasSuffix(name, "Error") && strings.HasPrefix(stack, name) &&
		(len(stack) == ln || stack[ln] == ':' || stack[ln] == '\n')) {
		fallback := "Error"
		if isNull {
			m := improveStackNullRe1.FindStringSubmatch(stack)
			if m == nil {
				m = improveStackNullRe2.FindStringSubmatch(stack)
			}
			fallback = ""
			if m != nil {
				fallback = m[1]
			}
			ln = len(fallback)
			if fallback == "" {
				fallback = "Error"
			}
		}
		prefix := getPrefix(constructor, isNull, tag, fallback, "")
		prefix = prefix[:len(prefix)-1]
		if name != prefix {
			if strings.Contains(prefix, name) {
				if ln == 0 {
					stack = prefix + ": " + stack
				} else {
					stack = prefix + stack[ln:]
				}
			} else {
				stack = prefix + " [" + name + "]" + stack[ln:]
			}
		}
	}
	return stack
}

func (c *inspector) getStackFrames(err *goja.Object, stack string) []string {
	frames := strings.Split(stack, "\n")
	var cause goja.Value
	if ex := c.vm.Try(func() { cause = err.Get("cause") }); ex != nil {
		cause = nil
	}
	if co, ok := cause.(*goja.Object); ok && (co.ClassName() == "Error" || c.instanceOf(co, c.in.errorCtor)) {
		causeStack := c.getStackString(co)
		causeStackStart := strings.Index(causeStack, "\n    at")
		if causeStackStart != -1 {
			causeFrames := strings.Split(causeStack[causeStackStart+1:], "\n")
			l, offset := identicalSequenceRange(frames, causeFrames)
			if l > 0 {
				skipped := l - 2
				msg := "    ... " + strconv.Itoa(skipped) + " lines matching cause stack trace ..."
				nf := append([]string{}, frames[:offset+1]...)
				nf = append(nf, msg)
				nf = append(nf, frames[offset+1+skipped:]...)
				frames = nf
			}
		}
	}
	return frames
}

func identicalSequenceRange(a, b []string) (int, int) {
	for i := 0; i < len(a)-3; i++ {
		pos := -1
		for j, s := range b {
			if s == a[i] {
				pos = j
				break
			}
		}
		if pos != -1 {
			rest := len(b) - pos
			if rest > 3 {
				l := 1
				maxLen := len(a) - i
				if rest < maxLen {
					maxLen = rest
				}
				for maxLen > l && a[i+l] == b[pos+l] {
					l++
				}
				if l > 3 {
					return l, i
				}
			}
		}
	}
	return 0, 0
}

// ---------------------------------------------------------------------------
// collections

func (c *inspector) remainingText(remaining int64) string {
	if remaining > 1 {
		return "... " + strconv.FormatInt(remaining, 10) + " more items"
	}
	return "... " + strconv.FormatInt(remaining, 10) + " more item"
}

func (c *inspector) formatArray(value *goja.Object, recurseTimes int) []string {
	valLen := c.lengthOf(value)
	l := int64(c.cfg.maxArrayLength)
	if l < 0 {
		l = 0
	}
	if valLen < l {
		l = valLen
	}
	remaining := valLen - l
	output := make([]string, 0, l)
	for i := int64(0); i < l; i++ {
		key := pkey{s: strconv.FormatInt(i, 10)}
		desc := c.ownDesc(value, c.vm.ToValue(i))
		if !desc.exists {
			return c.formatSpecialArray(value, recurseTimes, int(l), output, int(i), valLen)
		}
		output = append(output, c.formatProperty(value, recurseTimes, key, kArrayType, &desc, value))
	}
	if remaining > 0 {
		output = append(output, c.remainingText(remaining))
	}
	return output
}

func (c *inspector) formatSpecialArray(value *goja.Object, recurseTimes int, maxLength int, output []string, i int, valLen int64) []string {
	keys := value.Keys()
	index := int64(i)
	for ; i < len(keys) && len(output) < maxLength; i++ {
		key := keys[i]
		tmp, perr := strconv.ParseFloat(key, 64)
		if perr == nil && tmp > 1<<32-2 {
			break
		}
		if strconv.FormatInt(index, 10) != key {
			if !isCanonicalNumber(key) {
				break
			}
			emptyItems := int64(tmp) - index
			ending := ""
			if emptyItems > 1 {
				ending = "s"
			}
			output = append(output, "<"+strconv.FormatInt(emptyItems, 10)+" empty item"+ending+">")
			index = int64(tmp)
			if len(output) == maxLength {
				break
			}
		}
		output = append(output, c.formatProperty(value, recurseTimes, pkey{s: key}, kArrayType, nil, value))
		index++
	}
	remaining := valLen - index
	if len(output) != maxLength {
		if remaining > 0 {
			ending := ""
			if remaining > 1 {
				ending = "s"
			}
			output = append(output, "<"+strconv.FormatInt(remaining, 10)+" empty item"+ending+">")
		}
	} else if remaining > 0 {
		output = append(output, c.remainingText(remaining))
	}
	return output
}

// /^(0|[1-9][0-9]*)$/
func isCanonicalNumber(s string) bool {
	if s == "0" {
		return true
	}
	if s == "" || s[0] < '1' || s[0] > '9' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func (c *inspector) formatArrayBuffer(value *goja.Object) []string {
	ab, ok := value.Export().(goja.ArrayBuffer)
	if !ok || ab.Detached() {
		return []string{"(detached)"}
	}
	data := ab.Bytes()
	n := len(data)
	if c.cfg.maxArrayLength < n {
		n = c.cfg.maxArrayLength
	}
	if n < 0 {
		n = 0
	}
	const hexdigits = "0123456789abcdef"
	var sb strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteByte(hexdigits[data[i]>>4])
		sb.WriteByte(hexdigits[data[i]&15])
	}
	str := sb.String()
	if remaining := len(data) - c.cfg.maxArrayLength; remaining > 0 {
		str += " ... " + strconv.Itoa(remaining) + " more byte"
		if remaining > 1 {
			str += "s"
		}
	}
	return []string{"[Uint8Contents]: <" + str + ">"}
}

func (c *inspector) formatTypedArray(value *goja.Object, length int, recurseTimes int) []string {
	maxLength := c.cfg.maxArrayLength
	if maxLength < 0 {
		maxLength = 0
	}
	if length < maxLength {
		maxLength = length
	}
	remaining := int64(c.lengthOf(value)) - int64(maxLength)
	output := make([]string, maxLength, maxLength+1)
	for i := 0; i < maxLength; i++ {
		output[i] = c.formatPrimitiveNoSplit(value.Get(strconv.Itoa(i)))
	}
	if remaining > 0 {
		output = append(output, c.remainingText(remaining))
	}
	if c.cfg.showHidden {
		c.indentationLvl += 2
		for _, key := range []string{"BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"} {
			str := c.formatValue(value.Get(key), recurseTimes, true)
			output = append(output, "["+key+"]: "+str)
		}
		c.indentationLvl -= 2
	}
	return output
}

func (c *inspector) formatSet(value *goja.Object, nullProto bool, recurseTimes int) []string {
	return c.formatCollection(value, nullProto, c.in.setValues, func(v goja.Value) string {
		return c.formatValue(v, recurseTimes, false)
	})
}

func (c *inspector) formatMap(value *goja.Object, nullProto bool, recurseTimes int) []string {
	return c.formatCollection(value, nullProto, c.in.mapEntries, func(entry goja.Value) string {
		eo := entry.ToObject(c.vm)
		k := c.getKey(eo, pkey{s: "0"})
		v := c.getKey(eo, pkey{s: "1"})
		return c.formatValue(k, recurseTimes, false) + " => " + c.formatValue(v, recurseTimes, false)
	})
}

// formatCollection lists a Set's or Map's entries, at most maxArrayLength
// of them. With a null prototype Node reads .size of the iterator, which is
// undefined: every entry is printed and no "more items" line; the entries
// then come from the intrinsic iterator method (iter).
func (c *inspector) formatCollection(value *goja.Object, nullProto bool, iter goja.Callable, format func(goja.Value) string) []string {
	length := int64(math.MaxInt64)
	if !nullProto {
		length = c.getKey(value, pkey{s: "size"}).ToInteger()
	}
	maxLength := max(int64(c.cfg.maxArrayLength), 0)
	maxLength = min(maxLength, length)
	remaining := length - maxLength
	if nullProto {
		maxLength, remaining = math.MaxInt64, 0
	}
	var output []string
	c.indentationLvl += 2
	var iterable goja.Value = value
	if nullProto && iter != nil {
		iterable = callJS(iter, value)
	}
	i := int64(0)
	c.vm.ForOf(iterable, func(v goja.Value) bool {
		if i >= maxLength {
			return false
		}
		output = append(output, format(v))
		i++
		return true
	})
	if remaining > 0 {
		output = append(output, c.remainingText(remaining))
	}
	c.indentationLvl -= 2
	return output
}

func (c *inspector) formatPromise(value *goja.Object, recurseTimes int) []string {
	p, ok := value.Export().(*goja.Promise)
	if !ok || p.State() == goja.PromiseStatePending {
		return []string{"<pending>"}
	}
	c.indentationLvl += 2
	str := c.formatValue(p.Result(), recurseTimes, false)
	c.indentationLvl -= 2
	if p.State() == goja.PromiseStateRejected {
		return []string{"<rejected> " + str}
	}
	return []string{str}
}

// ---------------------------------------------------------------------------
// properties

var keyStrRegExp = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z_0-9]*$`)

func (c *inspector) formatProperty(value *goja.Object, recurseTimes int, key pkey, typ int, desc *propDesc, original *goja.Object) string {
	var d propDesc
	if desc != nil {
		d = *desc
	} else {
		d = c.ownDesc(value, key.value(c.vm))
		if !d.exists {
			v := c.getKey(value, key)
			d = propDesc{exists: true, enumerable: true}
			if !goja.IsUndefined(v) {
				d.value = v
			}
		}
	}
	var str string
	extra := " "
	if d.value != nil {
		diff := 2
		if c.cfg.compactTrue && typ == kObjectType {
			diff = 3
		}
		c.indentationLvl += diff
		str = c.formatValue(d.value, recurseTimes, false)
		if diff == 3 && c.cfg.breakLength < getStringWidth(str, false) {
			extra = "\n" + strings.Repeat(" ", c.indentationLvl)
		}
		c.indentationLvl -= diff
	} else if d.get != nil {
		label := "Getter"
		if d.set != nil {
			label = "Getter/Setter"
		}
		g := c.cfg.getters
		if g == 1 || (g == 2 && d.set == nil) || (g == 3 && d.set != nil) {
			str = c.formatGetterValue(d.get, original, label, recurseTimes)
		} else {
			str = "[" + label + "]"
		}
	} else if d.set != nil {
		str = "[Setter]"
	} else {
		str = "undefined"
	}
	if typ == kArrayType {
		return str
	}
	var name string
	if key.sym != nil {
		name = "[" + escapeAll(symbolToString(key.sym)) + "]"
	} else if key.s == "__proto__" {
		name = "['__proto__']"
	} else if !d.enumerable {
		if key.str != nil {
			name = "[" + escapeUnits(key.units(), true) + "]"
		} else {
			name = "[" + escapeAll(key.s) + "]"
		}
	} else if key.str == nil && keyStrRegExp.MatchString(key.s) {
		name = key.s
	} else {
		name = strEscape(key.units())
	}
	return name + ":" + extra + str
}

func (c *inspector) formatGetterValue(getter goja.Value, original *goja.Object, label string, recurseTimes int) (str string) {
	fn, ok := goja.AssertFunction(getter)
	if !ok {
		return "[" + label + "]"
	}
	var tmp goja.Value
	var err error
	tmp, err = fn(original)
	if err != nil {
		msg := ""
		if ex, ok := err.(*goja.Exception); ok {
			if eo, ok := ex.Value().(*goja.Object); ok {
				msg = toJSString(eo.Get("message"))
			} else {
				msg = "undefined"
			}
		} else {
			panic(err)
		}
		return "[" + label + ": <Inspection threw (" + msg + ")>]"
	}
	c.indentationLvl += 2
	defer func() { c.indentationLvl -= 2 }()
	if tmp == nil || goja.IsNull(tmp) {
		return "[" + label + ": null]"
	}
	if _, isObj := tmp.(*goja.Object); isObj {
		return "[" + label + "] " + c.formatValue(tmp, recurseTimes, false)
	}
	return "[" + label + ": " + c.formatPrimitive(tmp) + "]"
}

// ---------------------------------------------------------------------------
// reduceToSingleString & grouping

func (c *inspector) isBelowBreakLength(output []string, start int, base string) bool {
	totalLength := len(output) + start
	if totalLength+len(output) > c.cfg.breakLength {
		return false
	}
	for _, s := range output {
		// A UTF-8 string has at least one UTF-16 unit per 3 bytes: skip
		// measuring entries that cannot fit anyway.
		if len(s) > 3*(c.cfg.breakLength-totalLength) {
			return false
		}
		totalLength += jsLen(s)
		if totalLength > c.cfg.breakLength {
			return false
		}
	}
	return base == "" || !strings.Contains(base, "\n")
}

func (c *inspector) reduceToSingleString(output []string, base string, braces [2]string, extrasType int, recurseTimes int, value *goja.Object) string {
	if !c.cfg.compactTrue {
		if c.cfg.compact >= 1 {
			entries := len(output)
			if extrasType == kArrayExtrasType && entries > 6 {
				output = c.groupArrayElements(output, value)
			}
			if c.currentDepth-recurseTimes < c.cfg.compact && entries == len(output) {
				start := len(output) + c.indentationLvl + jsLen(braces[0]) + jsLen(base) + 10
				if c.isBelowBreakLength(output, start, base) {
					joined := strings.Join(output, ", ")
					if !strings.Contains(joined, "\n") {
						b := ""
						if base != "" {
							b = base + " "
						}
						return b + braces[0] + " " + joined + " " + braces[1]
					}
				}
			}
		}
		indentation := "\n" + strings.Repeat(" ", c.indentationLvl)
		b := ""
		if base != "" {
			b = base + " "
		}
		return b + braces[0] + indentation + "  " + strings.Join(output, ","+indentation+"  ") + indentation + braces[1]
	}
	if c.isBelowBreakLength(output, 0, base) {
		b := ""
		if base != "" {
			b = " " + base
		}
		return braces[0] + b + " " + strings.Join(output, ", ") + " " + braces[1]
	}
	indentation := strings.Repeat(" ", c.indentationLvl)
	var ln string
	if base == "" && len(braces[0]) == 1 {
		ln = " "
	} else {
		b := ""
		if base != "" {
			b = " " + base
		}
		ln = b + "\n" + indentation + "  "
	}
	return braces[0] + ln + strings.Join(output, ",\n"+indentation+"  ") + " " + braces[1]
}

func (c *inspector) groupArrayElements(output []string, value *goja.Object) []string {
	totalLength := 0
	maxLength := 0
	outputLength := len(output)
	if c.cfg.maxArrayLength < len(output) {
		outputLength--
	}
	const separatorSpace = 2
	dataLen := make([]int, outputLength)
	for i := 0; i < outputLength; i++ {
		l := getStringWidth(output[i], false)
		dataLen[i] = l
		totalLength += l + separatorSpace
		if maxLength < l {
			maxLength = l
		}
	}
	actualMax := maxLength + separatorSpace
	if actualMax*3+c.indentationLvl < c.cfg.breakLength &&
		(float64(totalLength)/float64(actualMax) > 5 || maxLength <= 6) {
		const approxCharHeights = 2.5
		averageBias := math.Sqrt(float64(actualMax) - float64(totalLength)/float64(len(output)))
		biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
		columns := math.Min(
			math.Min(
				jsRound(math.Sqrt(approxCharHeights*biasedMax*float64(outputLength))/biasedMax),
				math.Floor(float64(c.cfg.breakLength-c.indentationLvl)/float64(actualMax)),
			),
			math.Min(float64(c.cfg.compact*4), 15),
		)
		if columns <= 1 || math.IsNaN(columns) {
			return output
		}
		cols := int(columns)
		var tmp []string
		maxLineLength := make([]int, 0, cols)
		for i := 0; i < cols; i++ {
			lineMaxLength := 0
			for j := i; j < len(output); j += cols {
				if j < outputLength && dataLen[j] > lineMaxLength {
					lineMaxLength = dataLen[j]
				}
			}
			maxLineLength = append(maxLineLength, lineMaxLength+separatorSpace)
		}
		padStart := true
		if value != nil {
			for i := 0; i < len(output); i++ {
				v := value.Get(strconv.Itoa(i))
				if !goja.IsNumber(v) && !goja.IsBigInt(v) {
					padStart = false
					break
				}
			}
		}
		for i := 0; i < outputLength; i += cols {
			max := i + cols
			if outputLength < max {
				max = outputLength
			}
			var sb strings.Builder
			j := i
			for ; j < max-1; j++ {
				padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j]
				s := output[j] + ", "
				if padStart {
					sb.WriteString(padJS(s, padding, true))
				} else {
					sb.WriteString(padJS(s, padding, false))
				}
			}
			if padStart {
				padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j] - separatorSpace
				sb.WriteString(padJS(output[j], padding, true))
			} else {
				sb.WriteString(output[j])
			}
			tmp = append(tmp, sb.String())
		}
		if c.cfg.maxArrayLength < len(output) {
			tmp = append(tmp, output[outputLength])
		}
		output = tmp
	}
	return output
}

func jsRound(x float64) float64 {
	return math.Floor(x + 0.5)
}

func padJS(s string, n int, start bool) string {
	l := jsLen(s)
	if l >= n {
		return s
	}
	pad := strings.Repeat(" ", n-l)
	if start {
		return pad + s
	}
	return s + pad
}

// ---------------------------------------------------------------------------
// primitives

func (c *inspector) formatPrimitive(v goja.Value) string {
	if s, ok := v.(goja.String); ok {
		return c.formatString(s)
	}
	return c.formatPrimitiveNoSplit(v)
}

func (c *inspector) formatPrimitiveNoSplit(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	if s, ok := v.(goja.String); ok {
		return strEscapeValue(s)
	}
	if goja.IsNumber(v) {
		return formatNumber(v, c.cfg.numericSeparator)
	}
	if goja.IsBigInt(v) {
		if c.cfg.numericSeparator {
			return addNumericSeparator(v.String()) + "n"
		}
		return v.String() + "n"
	}
	if sym, ok := v.(*goja.Symbol); ok {
		return symbolToString(sym)
	}
	if v.ToBoolean() {
		return "true"
	}
	return "false"
}

func (c *inspector) formatString(s goja.String) string {
	length := s.Length()
	trailer := ""
	if length > c.cfg.maxStringLength {
		remaining := length - c.cfg.maxStringLength
		if c.cfg.maxStringLength < 0 {
			remaining = length
			s = s.Substring(0, 0)
		} else {
			s = s.Substring(0, c.cfg.maxStringLength)
		}
		length = s.Length()
		trailer = "... " + strconv.Itoa(remaining) + " more character"
		if remaining > 1 {
			trailer += "s"
		}
	}
	if !c.cfg.compactTrue && length > 16 && length > c.cfg.breakLength-c.indentationLvl-4 {
		u := stringUnits(s)
		var parts []string
		last := 0
		for i := 0; i < len(u)-1; i++ {
			if u[i] == '\n' {
				parts = append(parts, strEscape(u[last:i+1]))
				last = i + 1
			}
		}
		parts = append(parts, strEscape(u[last:]))
		return strings.Join(parts, " +\n"+strings.Repeat(" ", c.indentationLvl+2)) + trailer
	}
	return strEscapeValue(s) + trailer
}

func formatNumber(v goja.Value, numericSeparator bool) string {
	if f, ok := v.Export().(float64); ok && f == 0 && math.Signbit(f) {
		return "-0"
	}
	s := v.String()
	if !numericSeparator {
		return s
	}
	return numericSeparatorString(v.ToFloat(), s)
}

func numericSeparatorString(f float64, s string) string {
	if math.Trunc(f) == f {
		if math.IsInf(f, 0) || strings.Contains(s, "e") {
			return s
		}
		return addNumericSeparator(s)
	}
	if math.IsNaN(f) {
		return s
	}
	dot := strings.IndexByte(s, '.')
	if dot < 0 {
		return s
	}
	return addNumericSeparator(s[:dot]) + "." + addNumericSeparatorEnd(s[dot+1:])
}

func addNumericSeparator(s string) string {
	result := ""
	i := len(s)
	start := 0
	if strings.HasPrefix(s, "-") {
		start = 1
	}
	for ; i >= start+4; i -= 3 {
		result = "_" + s[i-3:i] + result
	}
	if i == len(s) {
		return s
	}
	return s[:i] + result
}

func addNumericSeparatorEnd(s string) string {
	result := ""
	i := 0
	for ; i < len(s)-3; i += 3 {
		result += s[i:i+3] + "_"
	}
	if i == 0 {
		return s
	}
	return result + s[i:]
}

func (c *inspector) formatNumberInt(n int64) string {
	s := strconv.FormatInt(n, 10)
	if c.cfg.numericSeparator {
		return addNumericSeparator(s)
	}
	return s
}

// ---------------------------------------------------------------------------
// string escaping

var escMeta = func() [160]string {
	var m [160]string
	for i := 0; i < 0x20; i++ {
		m[i] = "\\x" + strings.ToUpper(strconv.FormatInt(int64(i)+0x100, 16)[1:])
	}
	m['\b'] = "\\b"
	m['\t'] = "\\t"
	m['\n'] = "\\n"
	m['\f'] = "\\f"
	m['\r'] = "\\r"
	m['\''] = "\\'"
	m['\\'] = "\\\\"
	for i := 0x7f; i < 0xa0; i++ {
		m[i] = "\\x" + strings.ToUpper(strconv.FormatInt(int64(i), 16))
	}
	return m
}()

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func toUTF16(s string) []uint16 {
	if isASCIIString(s) {
		u := make([]uint16, len(s))
		for i := 0; i < len(s); i++ {
			u[i] = uint16(s[i])
		}
		return u
	}
	return utf16.Encode([]rune(s))
}

func stringUnits(s goja.String) []uint16 {
	str := s.String()
	if isASCIIString(str) {
		return toUTF16(str)
	}
	n := s.Length()
	u := make([]uint16, n)
	for i := 0; i < n; i++ {
		u[i] = s.CharAt(i)
	}
	return u
}

func strEscapeValue(s goja.String) string {
	str := s.String()
	if isASCIIString(str) {
		return strEscapeASCII(str)
	}
	return strEscape(stringUnits(s))
}

func strEscapeASCII(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 {
		if strings.IndexByte(s, '"') < 0 {
			quote = '"'
		} else if strings.IndexByte(s, '`') < 0 && !strings.Contains(s, "${") {
			quote = '`'
		}
	}
	clean := true
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch < 0x20 || ch == 0x7f || ch == '\\' || (ch == '\'' && quote == '\'') {
			clean = false
			break
		}
	}
	if clean {
		return string(quote) + s + string(quote)
	}
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	sb.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch < 0x20 || ch == 0x7f || ch == '\\' || (ch == '\'' && quote == '\'') {
			sb.WriteString(escMeta[ch])
		} else {
			sb.WriteByte(ch)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

func containsUnit(u []uint16, ch uint16) bool {
	for _, x := range u {
		if x == ch {
			return true
		}
	}
	return false
}

func containsDollarBrace(u []uint16) bool {
	for i := 0; i+1 < len(u); i++ {
		if u[i] == '$' && u[i+1] == '{' {
			return true
		}
	}
	return false
}

// strEscape is Node's strEscape over UTF-16 code units.
func strEscape(u []uint16) string {
	singleQuote := 39
	if containsUnit(u, '\'') {
		if !containsUnit(u, '"') {
			singleQuote = -1
		} else if !containsUnit(u, '`') && !containsDollarBrace(u) {
			singleQuote = -2
		}
	}
	body := escapeUnits(u, singleQuote == 39)
	switch singleQuote {
	case -1:
		return "\"" + body + "\""
	case -2:
		return "`" + body + "`"
	}
	return "'" + body + "'"
}

// escapeUnits escapes control characters, the backslash, lone surrogates and
// (if escapeQuote) the single quote, and returns UTF-8.
func escapeUnits(u []uint16, escapeQuote bool) string {
	var sb strings.Builder
	sb.Grow(len(u))
	for i := 0; i < len(u); i++ {
		p := u[i]
		if (p == '\'' && escapeQuote) || p == '\\' || p < 32 || (p > 126 && p < 160) {
			sb.WriteString(escMeta[p])
			continue
		}
		if p >= 0xd800 && p <= 0xdfff {
			if p <= 0xdbff && i+1 < len(u) {
				q := u[i+1]
				if q >= 0xdc00 && q <= 0xdfff {
					sb.WriteRune(utf16.DecodeRune(rune(p), rune(q)))
					i++
					continue
				}
			}
			sb.WriteString("\\u" + strconv.FormatInt(int64(p), 16))
			continue
		}
		if p < utf8.RuneSelf {
			sb.WriteByte(byte(p))
		} else {
			sb.WriteRune(rune(p))
		}
	}
	return sb.String()
}

// escapeAll applies strEscapeSequencesReplacer (which includes the single
// quote) without adding quotes.
func escapeAll(s string) string {
	if isASCIIString(s) {
		clean := true
		for i := 0; i < len(s); i++ {
			ch := s[i]
			if ch < 0x20 || ch == 0x7f || ch == '\\' || ch == '\'' {
				clean = false
				break
			}
		}
		if clean {
			return s
		}
	}
	return escapeUnits(toUTF16(s), true)
}

// ---------------------------------------------------------------------------
// lengths and widths

// jsLen returns the length of s in UTF-16 code units.
func jsLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// jsIndexOf is String.prototype.indexOf in UTF-16 units (position in and
// result out); it returns -1 if not found.
func jsIndexOf(s, sub string, from int) int {
	if from < 0 {
		from = 0
	}
	bi := byteOffset(s, from)
	if bi > len(s) {
		return -1
	}
	idx := strings.Index(s[bi:], sub)
	if idx < 0 {
		return -1
	}
	return jsLen(s[:bi+idx])
}

// byteOffset converts a UTF-16 offset to a byte offset in s.
func byteOffset(s string, units int) int {
	n := 0
	i := 0
	for i < len(s) && n < units {
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	if n < units {
		return len(s) + 1
	}
	return i
}

var ansiRe = regexp.MustCompile("[\u001B\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?(?:\u0007|\u001B\u005C|\u009C))|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]))")

// getStringWidth is Node's getStringWidth (ICU variant).
func getStringWidth(s string, removeControlChars bool) int {
	if removeControlChars && strings.ContainsAny(s, "\u001b\u009b") {
		s = ansiRe.ReplaceAllString(s, "")
	}
	w := 0
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch >= 127 {
			return w + nonASCIIWidth(norm.NFC.String(s[i:]))
		}
		if ch >= 32 {
			w++
		}
	}
	return w
}

func nonASCIIWidth(s string) int {
	w := 0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w
}

func runeWidth(r rune) int {
	if r != 0xAD && (unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Mn, r)) {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	// Emoji_Presentation characters that are not East Asian Wide.
	if r >= 0x1F1E6 && r <= 0x1F1FF {
		return 2
	}
	return 1
}

// ---------------------------------------------------------------------------
// util.format

func (c *inspector) hasBuiltInToString(value *goja.Object) bool {
	if p, ok := asProxy(value); ok {
		t := p.Target()
		if t == nil {
			return true
		}
		value = t
	}
	toStringKey := c.vm.ToValue("toString")
	checkToString, checkToPrimitive := true, true
	isFn := func(v goja.Value) bool {
		_, ok := goja.AssertFunction(v)
		return ok
	}
	if !isFn(value.Get("toString")) {
		if !isFn(value.GetSymbol(goja.SymToPrimitive)) {
			return true
		} else if c.hasOwn(value, goja.SymToPrimitive) {
			return false
		}
		checkToString = false
	} else if c.hasOwn(value, toStringKey) {
		return false
	} else if !isFn(value.GetSymbol(goja.SymToPrimitive)) {
		checkToPrimitive = false
	} else if c.hasOwn(value, goja.SymToPrimitive) {
		return false
	}
	pointer := value
	for {
		pointer = pointer.Prototype()
		if pointer == nil {
			return true
		}
		if (checkToString && c.hasOwn(pointer, toStringKey)) || (checkToPrimitive && c.hasOwn(pointer, goja.SymToPrimitive)) {
			break
		}
	}
	desc := c.ownDesc(pointer, c.vm.ToValue("constructor"))
	if fo, ok := desc.value.(*goja.Object); ok && isFn(fo) {
		return builtInObjects[toJSString(c.functionName(fo))]
	}
	return false
}

func (c *inspector) tryStringify(arg goja.Value) string {
	if c.in.jsonStringify == nil {
		return "undefined"
	}
	v, err := c.in.jsonStringify(goja.Undefined(), arg)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			if eo, ok := ex.Value().(*goja.Object); ok {
				name := toJSString(eo.Get("name"))
				msg := strings.ToLower(toJSString(eo.Get("message")))
				if name == "TypeError" && strings.Contains(msg, "circular") {
					return "[Circular]"
				}
			}
		}
		panic(err)
	}
	if v == nil {
		return "undefined"
	}
	return v.String()
}

func numberString(vm *goja.Runtime, f float64) string {
	if f == 0 && math.Signbit(f) {
		return "-0"
	}
	return vm.ToValue(f).String()
}

func formatWithOptions(vm *goja.Runtime, in *intrinsics, cfg inspectConfig, args []goja.Value) string {
	if len(args) == 0 {
		return ""
	}
	inspect := func(v goja.Value, cfg inspectConfig) string {
		if _, ok := v.(*goja.Object); !ok {
			c := inspector{vm: vm, cfg: cfg}
			return c.formatPrimitive(v)
		}
		if in == nil {
			in = newIntrinsics(vm)
		}
		in.load()
		c := &inspector{vm: vm, in: in, cfg: cfg}
		return c.formatValue(v, 0, false)
	}
	intr := func() *intrinsics {
		if in == nil {
			in = newIntrinsics(vm)
		}
		in.load()
		return in
	}
	first := args[0]
	a := 0
	var sb strings.Builder
	join := ""
	if fs, ok := first.(goja.String); ok {
		if len(args) == 1 {
			return fs.String()
		}
		f := fs.String()
		lastPos := 0
		for i := 0; i < len(f)-1; i++ {
			if f[i] != '%' {
				continue
			}
			i++
			nextChar := f[i]
			if a+1 != len(args) {
				var tempStr string
				switch nextChar {
				case 's':
					a++
					tempArg := args[a]
					if goja.IsNumber(tempArg) {
						tempStr = formatNumber(tempArg, cfg.numericSeparator)
					} else if goja.IsBigInt(tempArg) {
						tempStr = tempArg.String() + "n"
					} else if o, isObj := tempArg.(*goja.Object); !isObj || isCallable(o) {
						tempStr = toJSString(tempArg)
					} else {
						c := &inspector{vm: vm, in: intr(), cfg: cfg}
						if !c.hasBuiltInToString(o) {
							tempStr = o.String()
						} else {
							sub := cfg
							sub.compact = 3
							sub.compactTrue = false
							sub.depth = 0
							tempStr = inspect(o, sub)
						}
					}
				case 'j':
					a++
					c := &inspector{vm: vm, in: intr(), cfg: cfg}
					tempStr = c.tryStringify(args[a])
				case 'd':
					a++
					tempNum := args[a]
					if goja.IsBigInt(tempNum) {
						tempStr = tempNum.String() + "n"
					} else if _, isSym := tempNum.(*goja.Symbol); isSym {
						tempStr = "NaN"
					} else {
						tempStr = numberString(vm, tempNum.ToFloat())
					}
				case 'O':
					a++
					tempStr = inspect(args[a], cfg)
				case 'o':
					a++
					sub := cfg
					sub.showHidden = true
					sub.showProxy = true
					sub.depth = 4
					tempStr = inspect(args[a], sub)
				case 'i':
					a++
					tempInteger := args[a]
					if goja.IsBigInt(tempInteger) {
						tempStr = tempInteger.String() + "n"
					} else if _, isSym := tempInteger.(*goja.Symbol); isSym {
						tempStr = "NaN"
					} else {
						if pi := intr().parseInt; pi != nil {
							tempStr = formatNumber(callJS(pi, goja.Undefined(), tempInteger), cfg.numericSeparator)
						} else {
							tempStr = "NaN"
						}
					}
				case 'f':
					a++
					tempFloat := args[a]
					if _, isSym := tempFloat.(*goja.Symbol); isSym {
						tempStr = "NaN"
					} else {
						if pf := intr().parseFloat; pf != nil {
							tempStr = formatNumber(callJS(pf, goja.Undefined(), tempFloat), cfg.numericSeparator)
						} else {
							tempStr = "NaN"
						}
					}
				case 'c':
					a++
					tempStr = ""
				case '%':
					sb.WriteString(f[lastPos:i])
					lastPos = i + 1
					continue
				default:
					continue
				}
				if lastPos != i-1 {
					sb.WriteString(f[lastPos : i-1])
				}
				sb.WriteString(tempStr)
				lastPos = i + 1
			} else if nextChar == '%' {
				sb.WriteString(f[lastPos:i])
				lastPos = i + 1
			}
		}
		if lastPos != 0 {
			a++
			join = " "
			if lastPos < len(f) {
				sb.WriteString(f[lastPos:])
			}
		}
	}
	for a < len(args) {
		v := args[a]
		sb.WriteString(join)
		if s, ok := v.(goja.String); ok {
			sb.WriteString(s.String())
		} else {
			sb.WriteString(inspect(v, cfg))
		}
		join = " "
		a++
	}
	return sb.String()
}
