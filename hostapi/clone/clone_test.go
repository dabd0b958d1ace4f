package clone_test

import (
	"testing"

	"github.com/jsloop/jsloop/hostapi/hostapitest"
)

// run runs src on a fresh loop with the host globals and returns its output.
func run(t *testing.T, src string) string { return hostapitest.Output(t, src) }

// The expected outputs are node v20's for the same scripts, except where
// Node 20 departs from the HTML Standard (marked).
func TestStructuredClone(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"array", `const a = [1, , 3]; a.extra = "x"; a[10] = 5; const c = structuredClone(a); console.log(c, c.length, 1 in c, Array.isArray(c));`, `[ 1, <1 empty item>, 3, <7 empty items>, 5, extra: 'x' ] 11 false true
`},
		{"arraybuffer", `const ab = new Uint8Array([1, 2, 3]).buffer; const c = structuredClone(ab); new Uint8Array(ab)[0] = 9; console.log(c !== ab, new Uint8Array(c), ab.byteLength);`, `true Uint8Array(3) [ 1, 2, 3 ] 3
`},
		{"badargs", `for (const args of [[], [1, 5], [1, { transfer: 5 }], [1, { transfer: [1] }], [new ArrayBuffer(1), { transfer: [] }]]) { try { structuredClone(...args); console.log("ok"); } catch (e) { console.log(e.name, e.code, e.message); } } const b = new ArrayBuffer(2); try { structuredClone(b, { transfer: [b, b] }); } catch (e) { console.log(e.name, e.message); } console.log(b.byteLength); structuredClone(b, { transfer: [b] }); try { structuredClone(b); } catch (e) { console.log(e.name, e.message); } console.log(structuredClone(1, null), structuredClone(2, {}));`, `TypeError ERR_MISSING_ARGS The value argument must be specified
TypeError ERR_INVALID_ARG_TYPE The options argument must be either an object or undefined
TypeError ERR_INVALID_ARG_TYPE Optional transferList argument must be an iterable
TypeError ERR_INVALID_TRANSFER_OBJECT Found invalid object in transferList
ok
DataCloneError Transfer list contains duplicate ArrayBuffer
2
DataCloneError An ArrayBuffer is detached and could not be cloned.
1 2
`},
		// Node 20 clones a File as a plain Blob; HTML keeps File, name and lastModified.
		{"blob", `const b = new Blob(["foo"], { type: "text/x-bar" }); const f = new File(["abc"], "n.txt", { type: "text/plain", lastModified: 42 }); const c = structuredClone({ b, f }); (async () => { console.log(c.b instanceof Blob, c.b !== b, c.b.type, c.b.size, await c.b.text()); console.log(c.f instanceof File, c.f.name, c.f.lastModified, c.f.type, await c.f.text()); })();`, `true true text/x-bar 3 foo
true n.txt 42 text/plain abc
`},
		{"boxed", `for (const v of [new Boolean(false), new Number(-0), new String("ab"), Object(-9007199254740994n)]) { const c = structuredClone(v); console.log(c, c !== v, Object.is(c.valueOf(), v.valueOf())); }`, `[Boolean: false] true true
[Number: -0] true true
[String: 'ab'] true true
[BigInt: -9007199254740994n] true true
`},
		{"cycles", `const o = { name: "o" }; o.self = o; const shared = { s: 1 }; const a = [o, shared, shared]; o.arr = a; const c = structuredClone(a); console.log(c[0].self === c[0], c[0].arr === c, c[1] === c[2], c[1] !== shared);`, `true true true true
`},
		{"date", `const d = new Date(8.64e15); const c = structuredClone(d); console.log(c !== d, +c === +d, c instanceof Date, String(structuredClone(new Date(NaN))));`, `true true true Invalid Date
`},
		{"errorname", `class MyErr extends RangeError { constructor(m) { super(m); this.name = "MyErr"; } } const c = structuredClone(new MyErr("x")); console.log(c.constructor === Error, c.name, c.message); const e = new Error("y"); e.name = "TypeError"; console.log(structuredClone(e) instanceof TypeError); const n = new Error(); console.log(Object.prototype.hasOwnProperty.call(structuredClone(n), "message")); const m = new Error("m"); m.message = { toString() { return "obj"; } }; console.log(structuredClone(m).message);`, `true Error x
true
false
obj
`},
		{"errors", `for (const C of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) { const e = new C("msg", { cause: { deep: [1] } }); e.foo = 1; const c = structuredClone(e); console.log(c.constructor === C, c.name, c.message, c.cause, c.foo, c.stack === e.stack, Object.getOwnPropertyNames(c)); }`, `true Error msg { deep: [ 1 ] } undefined true [ 'stack', 'message', 'cause' ]
true EvalError msg { deep: [ 1 ] } undefined true [ 'stack', 'message', 'cause' ]
true RangeError msg { deep: [ 1 ] } undefined true [ 'stack', 'message', 'cause' ]
true ReferenceError msg { deep: [ 1 ] } undefined true [ 'stack', 'message', 'cause' ]
true SyntaxError msg { deep: [ 1 ] } undefined true [ 'stack', 'message', 'cause' ]
true TypeError msg { deep: [ 1 ] } undefined true [ 'stack', 'message', 'cause' ]
true URIError msg { deep: [ 1 ] } undefined true [ 'stack', 'message', 'cause' ]
`},
		{"failedtransfer", `const b = new ArrayBuffer(4); try { structuredClone([b, () => 1], { transfer: [b] }); } catch (e) { console.log(e.name); } console.log(b.byteLength);`, `DataCloneError
4
`},
		{"mapset", `const k = { k: 1 }; const m = new Map([[k, "v"], [1, k]]); const s = new Set([k, 2]); const c = structuredClone({ m, s }); const [ck] = c.m.keys(); console.log(c.m, c.s, c.m.get(1) === ck, c.s.has(ck), ck !== k);`, `Map(2) { { k: 1 } => 'v', 1 => { k: 1 } } Set(2) { { k: 1 }, 2 } true true true
`},
		{"object", `class Foo { constructor() { this.a = 1; } } const o = new Foo(); Object.defineProperty(o, "hidden", { value: 1 }); o[Symbol("s")] = 2; Object.defineProperty(o, "g", { get() { console.log("getter"); return 5; }, enumerable: true }); const c = structuredClone(o); console.log(c, Object.getPrototypeOf(c) === Object.prototype);`, `getter
{ a: 1, g: 5 } true
`},
		{"primitives", `const vs = [undefined, null, true, "", "\uD800", 0.2, -0, NaN, -Infinity, 0n, -9007199254740994000900719925474099400090071992547409940009007199254740994000n]; console.log(vs.every((v) => Object.is(structuredClone(v), v)));`, `true
`},
		{"proto", `const o = JSON.parse("{\"__proto__\": {\"x\": 1}}"); const c = structuredClone(o); console.log(Object.getPrototypeOf(c) === Object.prototype, Object.keys(c), c.__proto__); console.log(structuredClone(Object.create(null, { a: { value: 1, enumerable: true } })));`, `true [ '__proto__' ] { x: 1 }
{ a: 1 }
`},
		{"regexp", `const r = /fo+/gimsuy; r.lastIndex = 3; const c = structuredClone(r); console.log(c, c.flags, c.lastIndex, c !== r, structuredClone(new RegExp("/")).source, structuredClone(/a\/b/).source);`, `/fo+/gimsuy gimsuy 0 true \/ a\/b
`},
		{"transfer", `const ab = new Uint8Array([1, 2, 3]).buffer; const c = structuredClone({ ab }, { transfer: [ab] }); console.log(ab.byteLength, c.ab.byteLength, new Uint8Array(c.ab)); try { new Uint8Array(ab); } catch (e) { console.log(e.name); }`, `0 3 Uint8Array(3) [ 1, 2, 3 ]
TypeError
`},
		{"uncloneable", `for (const f of [() => function () {}, () => () => 1, () => Symbol("x"), () => ({ a: { b() {} } }), () => new WeakMap(), () => new WeakSet(), () => Promise.resolve(), () => new Proxy({}, {}), () => Object(Symbol("q")), () => class A {}, () => [1, Symbol.iterator]]) { try { structuredClone(f()); console.log("cloned"); } catch (e) { console.log(e instanceof DOMException, e.name, e.code, e.message); } }`, `true DataCloneError 25 function () {} could not be cloned.
true DataCloneError 25 () => 1 could not be cloned.
true DataCloneError 25 Symbol(x) could not be cloned.
true DataCloneError 25 b() {} could not be cloned.
true DataCloneError 25 #<WeakMap> could not be cloned.
true DataCloneError 25 #<WeakSet> could not be cloned.
true DataCloneError 25 #<Promise> could not be cloned.
true DataCloneError 25 #<Object> could not be cloned.
true DataCloneError 25 [object Symbol] could not be cloned.
true DataCloneError 25 class A {} could not be cloned.
true DataCloneError 25 Symbol(Symbol.iterator) could not be cloned.
`},
		{"views", `const ab = new ArrayBuffer(16); new Uint8Array(ab).set([1,2,3,4,5,6,7,8]); const all = [new Int8Array(ab, 1, 2), new Uint8ClampedArray(ab), new Int16Array(ab, 2, 3), new Uint32Array(ab, 4), new Float64Array(ab, 8, 1), new BigUint64Array(ab, 0, 2), new DataView(ab, 3, 5), ab]; const c = structuredClone(all); console.log(c.slice(0, 7).every((v) => v.buffer === c[7]), c[7] !== ab); for (let i = 0; i < 7; i++) console.log(Object.prototype.toString.call(c[i]), c[i].byteOffset, c[i].byteLength, c[i].length);`, `true true
[object Int8Array] 1 2 2
[object Uint8ClampedArray] 0 16 16
[object Int16Array] 2 6 3
[object Uint32Array] 4 12 3
[object Float64Array] 8 8 1
[object BigUint64Array] 0 16 2
[object DataView] 3 5 undefined
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := run(t, tt.src); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// Where Node 20 departs from the HTML Standard, jsloop follows the Standard
// (the package doc lists these deviations).
func TestStructuredCloneSpec(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"platform objects", `for (const v of [new URL("http://a/"), new URLSearchParams("a=1"), new AbortController().signal, new TextEncoder()]) { try { structuredClone({ v }); console.log("cloned"); } catch (e) { console.log(e.name, e.message); } }`,
			"DataCloneError #<URL> could not be cloned.\nDataCloneError #<URLSearchParams> could not be cloned.\nDataCloneError #<AbortSignal> could not be cloned.\nDataCloneError #<TextEncoder> could not be cloned.\n"},
		{"DOMException", `const d = new DOMException("m", "DataCloneError"); const c = structuredClone([d, d]); console.log(c[0] instanceof DOMException, c[0] !== d, c[0] === c[1], c[0].name, c[0].message, c[0].code);`,
			"true true true DataCloneError m 25\n"},
		{"not transferable", `const b = new Blob(["x"]); try { structuredClone(b, { transfer: [b] }); } catch (e) { console.log(e.name, e.message); }`,
			"DataCloneError Value not transferable\n"},
		{"detached cannot transfer", `const b = new ArrayBuffer(0); structuredClone(b, { transfer: [b] }); try { structuredClone(b, { transfer: [b] }); } catch (e) { console.log(e.name, e.message); }`,
			"DataCloneError An ArrayBuffer is detached and could not be cloned.\n"},
		{"global", `void structuredClone; const d = Object.getOwnPropertyDescriptor(globalThis, "structuredClone"); console.log(typeof d.value, d.writable, d.configurable, structuredClone.length, structuredClone.name); try { new structuredClone(1); } catch (e) { console.log(e.name); }`,
			"function true true 1 structuredClone\nTypeError\n"},
		{"patched intrinsics", `void structuredClone; const m = new Map([[1, 2]]); Map.prototype.set = () => { throw new Error("patched"); }; Object.defineProperty(Object.prototype, "x", { set() { throw new Error("setter"); } }); console.log(structuredClone({ x: 1, m }));`,
			"{ x: 1, m: Map(1) { 1 => 2 } }\n"},
		{"DOMException looked up at call time", `const D = DOMException; globalThis.DOMException = class extends D { constructor(m, n) { super("wrapped " + m, n); } }; try { structuredClone(() => 1); } catch (e) { console.log(e.message); }`,
			"wrapped () => 1 could not be cloned.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := run(t, tt.src); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}
