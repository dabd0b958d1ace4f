package blob_test

import (
	"bytes"
	"testing"

	"github.com/jsloop/jsloop/hostapi/hostapitest"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi/blob"
	"github.com/jsloop/jsloop/jsloop"
)

func newLoop(t testing.TB, out, errOut *bytes.Buffer) *jsloop.Loop {
	return hostapitest.NewLoop(t, out, errOut)
}

// run runs src and returns its standard output; an uncaught error fails
// the test.
func run(t *testing.T, src string) string { return hostapitest.Output(t, src) }

// runNode runs src under node when it is on PATH, so that each want below
// is checked to be what Node prints.
func runNode(t *testing.T, src string) (string, bool) { return hostapitest.NodeOutput(t, src) }

// The same scripts under jsloop and Node print the same bytes; want is
// Node 20's output, except for the cases in specOnly.
func TestLikeNode(t *testing.T) {
	t.Parallel()
	// Node 20 differs from the File API here; want is the spec's.
	specOnly := map[string]string{
		"file":    "webkitRelativePath (Node 20 has none)",
		"endings": "a lone CR is a line ending too (Node keeps it)",
		"clamp":   "[Clamp] rounds fractions to even (Node 20 aborts)",
	}
	tests := []struct{ name, src, want string }{
		{"parts", `
const b = new Blob(['héllo', new Uint8Array([65, 66]), new Uint16Array([0x4443]).buffer, new DataView(new Uint8Array([69, 70, 71]).buffer, 1, 1), new Blob(['!']), 7, null, '\uD800'], { type: 'Text/Plain' });
console.log(b.size, b.type, Object.prototype.toString.call(b), b instanceof Blob);
b.text().then((t) => console.log(JSON.stringify(t)));
console.log(new Blob([], { type: 'a\u00e5' }).type === '', new Blob([], { type: ' x/Y ' }).type);`,
			"20 text/plain [object Blob] true\ntrue  x/y \n\"héllo" + "ABCDF!7null\uFFFD\"\n"},
		{"slice", `
const b = new Blob(['0123456789']);
const show = (x) => x.text().then((t) => console.log(t, x.size, JSON.stringify(x.type)));
(async () => {
  await show(b.slice(2, 5));
  await show(b.slice(-3));
  await show(b.slice(-100, -8, 'Image/PNG'));
  await show(b.slice(8, 2));
  await show(b.slice(1, 4, null));
  await show(b.slice(3).slice(1, 3));
})();`,
			"234 3 \"\"\n789 3 \"\"\n01 2 \"image/png\"\n 0 \"\"\n123 3 \"null\"\n45 2 \"\"\n"},
		{"clamp", `
const b = new Blob(['0123456789']);
console.log(b.slice(1.5, 4.5).size, b.slice(2.5, 3.5).size, b.slice(-2.5).size, b.slice(NaN, Infinity).size, b.slice({ valueOf: () => 8 }).size);`,
			"2 2 2 10 2\n"},
		{"reads", `
const b = new Blob([new Uint8Array([0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28])]);
(async () => {
  console.log(JSON.stringify(await b.text()));
  const ab = await b.arrayBuffer(); console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const u8 = await b.bytes(); console.log(u8 instanceof Uint8Array, u8.join());
  u8[0] = 0; console.log((await b.bytes())[0]);
  console.log(b.text() !== b.text());
  await Blob.prototype.text.call({}).catch((e) => console.log(e.code, e.message));
})();`,
			"\"A\uFFFD(\"\ntrue 6\ntrue 239,187,191,65,195,40\n239\ntrue\nERR_INVALID_THIS Value of \"this\" must be of type Blob\n"},
		{"stream", `
(async () => {
  const r = new Blob(['ab', 'cd']).stream().getReader();
  let s = '';
  for (;;) { const { done, value } = await r.read(); if (done) break; s += value instanceof Uint8Array ? String.fromCharCode(...value) : '?'; }
  console.log(s);
})();`,
			"abcd\n"},
		{"errors", `
for (const f of [() => new Blob(1), () => new Blob(null), () => new Blob({}), () => new Blob('ab'), () => new Blob([], 5),
  () => new Blob([], { endings: 'x' }), () => Blob.prototype.slice.call({}), () => new File(), () => new File([]),
  () => new File([], 'x').constructor.prototype.name]) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}`,
			"TypeError ERR_INVALID_ARG_TYPE The \"sources\" argument must be a sequence. Received type number (1)\n" +
				"TypeError ERR_INVALID_ARG_TYPE The \"sources\" argument must be a sequence. Received null\n" +
				"TypeError ERR_INVALID_ARG_TYPE The \"sources\" argument must be a sequence. Received an instance of Object\n" +
				"TypeError ERR_INVALID_ARG_TYPE The \"sources\" argument must be a sequence. Received type string ('ab')\n" +
				"TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be a dictionary. Received type number (5)\n" +
				"TypeError ERR_INVALID_ARG_VALUE The property 'options.endings' is invalid. Received 'x'\n" +
				"TypeError ERR_INVALID_THIS Value of \"this\" must be of type Blob\n" +
				"TypeError ERR_MISSING_ARGS The \"fileBits\" and \"fileName\" arguments must be specified\n" +
				"TypeError ERR_MISSING_ARGS The \"fileBits\" and \"fileName\" arguments must be specified\n" +
				"TypeError undefined Cannot read private member #name from an object whose class did not declare it\n"},
		{"file", `
const f = new File(['ab', 'c'], 'f.txt', { type: 'Text/Plain', lastModified: 42.9 });
console.log(f.name, f.size, f.type, f.lastModified, f instanceof Blob, f instanceof File, String(f), JSON.stringify(f.webkitRelativePath));
console.log(Math.abs(new File([], 'n').lastModified - Date.now()) < 5000, new File([], 'n', { lastModified: NaN }).lastModified);
console.log(Object.getPrototypeOf(File) === Blob, File.length, Object.getOwnPropertyNames(File.prototype).join());`,
			"f.txt 3 text/plain 42 true true [object File] \"\"\ntrue 0\ntrue 2 constructor,name,lastModified,webkitRelativePath\n"},
		{"endings", `
new Blob(['a\r\nb\rc\nd', new Uint8Array([13, 10])], { endings: 'native' }).bytes().then((b) => console.log(b.join()));`,
			"97,10,98,10,99,10,100,13,10\n"},
		{"shape", `
console.log(Object.getOwnPropertyNames(Blob.prototype).join(), Object.getOwnPropertyNames(FormData.prototype).join());
console.log(Blob.length, FormData.length, Blob.name, Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.name);
console.log(Object.prototype.toString.call(new FormData()), FormData.prototype[Symbol.iterator] === FormData.prototype.entries, Object.keys(new Blob([])).length);
class MyBlob extends Blob { hi() { return 'hi'; } }
const mb = new MyBlob(['zz']); console.log(mb.hi(), mb.size, mb instanceof Blob);`,
			"constructor,type,size,slice,arrayBuffer,text,bytes,stream constructor,append,delete,get,getAll,has,set,keys,values,entries,forEach\n" +
				"0 1 Blob get size\n[object FormData] true 0\nhi 2 true\n"},
		{"formdata", `
const fd = new FormData();
fd.append('a', '1'); fd.append('b', new Blob(['xyz'], { type: 'text/x' })); fd.append('c', new Blob(['q']), 'q.txt');
const orig = new File(['1'], 'orig.bin', { lastModified: 5 });
fd.set('d', orig); fd.append('e', orig, 'renamed'); fd.append('a', '2');
const b = fd.get('b');
console.log(b instanceof File, b.name, b.type, b === fd.get('b'), fd.get('c').name, fd.get('d') === orig, fd.get('e').name, fd.get('e').lastModified);
console.log(fd.getAll('a').join(), fd.has('z'), fd.get('z'), [...fd.keys()].join());
fd.delete('a'); fd.set('b', 'str'); fd.set('new', 'v');
console.log([...fd].map(([k, v]) => k + '=' + (typeof v === 'string' ? v : v.name)).join('&'));
const it = fd.entries(); fd.append('late', 'x'); let n = 0; for (const _ of it) n++; console.log(n);
fd.forEach(function (v, k, o) { if (k === 'late') console.log(v, o === fd, this.t); }, { t: 'T' });`,
			"true blob text/x true q.txt true renamed 5\n1,2 false null a,b,c,d,e,a\nb=str&c=q.txt&d=orig.bin&e=renamed&new=v\n6\nx true T\n"},
		{"formdata errors", `
for (const f of [() => new FormData().append('a'), () => new FormData().append(), () => new FormData().append('a', 'b', 'c'),
  () => new FormData({}), () => new FormData().get(), () => FormData.prototype.get.call({}, 'a'), () => new FormData().forEach(1)]) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}`,
			"TypeError undefined FormData.append: 2 arguments required, but only 1 found.\n" +
				"TypeError undefined FormData.append: 2 arguments required, but 0 found.\n" +
				"TypeError undefined Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'\n" +
				"TypeError undefined FormData constructor: Argument 1 could not be converted to: undefined.\n" +
				"TypeError undefined FormData.get: 1 argument required, but 0 found.\n" +
				"TypeError ERR_INVALID_THIS Illegal invocation\n" +
				"TypeError undefined Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.\n"},
		{"inspect", `
const b = new Blob(['héllo'], { type: 'text/plain' });
console.log(b, [b], { x: { y: { z: b } } });
console.log(new File(['ab'], 'f.txt', { type: 'text/plain', lastModified: 42 }));
const fd = new FormData(); fd.append('x', 'y'); fd.append('x', 'z'); fd.append('w', new File(['a'], 'a.txt', { lastModified: 1 }));
console.log(fd, new FormData());`,
			`Blob { size: 6, type: 'text/plain' } [ Blob { size: 6, type: 'text/plain' } ] { x: { y: { z: [Blob] } } }
File { size: 2, type: 'text/plain', name: 'f.txt', lastModified: 42 }
FormData {
  x: [ 'y', 'z' ],
  w: File { size: 1, type: '', name: 'a.txt', lastModified: 1 }
} FormData {}
`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := run(t, tc.src); got != tc.want {
				t.Errorf("jsloop printed\n%s\nwant\n%s", got, tc.want)
			}
			if specOnly[tc.name] != "" {
				return
			}
			if got, ok := runNode(t, tc.src); ok && got != tc.want {
				t.Errorf("node printed\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestGoAPI(t *testing.T) {
	t.Parallel()
	var out, errOut bytes.Buffer
	l := newLoop(t, &out, &errOut)
	vm := l.VM()

	b := blob.New(l, []byte("hello"), "Text/HTML")
	vm.Set("b", b)
	v, err := vm.RunString(`[b instanceof Blob, b.size, b.type, b.slice(1, 3).size].join()`)
	if err != nil || v.String() != "true,5,text/html,2" {
		t.Errorf("New: %v %v", v, err)
	}
	if data, typ, ok := blob.Bytes(b); !ok || string(data) != "hello" || typ != "text/html" {
		t.Errorf("Bytes = %q %q %v", data, typ, ok)
	}
	slice, _ := vm.RunString(`b.slice(1, 4, 'a/b')`)
	if data, typ, ok := blob.Bytes(slice); !ok || string(data) != "ell" || typ != "a/b" {
		t.Errorf("Bytes(slice) = %q %q %v", data, typ, ok)
	}
	for _, v := range []goja.Value{goja.Undefined(), vm.ToValue("x"), vm.NewObject(), vm.ToValue(vm.NewArrayBuffer([]byte("x")))} {
		if _, _, ok := blob.Bytes(v); ok {
			t.Errorf("Bytes(%v) ok", v)
		}
	}

	f := blob.NewFile(l, &blob.FileData{Name: "a.txt", Type: "text/plain", Data: []byte("abc"), LastModified: 7})
	vm.Set("f", f)
	v, err = vm.RunString(`[f instanceof File, f.name, f.lastModified, f.size].join()`)
	if err != nil || v.String() != "true,a.txt,7,3" {
		t.Errorf("NewFile: %v %v", v, err)
	}
	if fd, ok := blob.File(f); !ok || fd.Name != "a.txt" || string(fd.Data) != "abc" || fd.LastModified != 7 {
		t.Errorf("File = %+v %v", fd, ok)
	}
	if _, ok := blob.File(b); ok {
		t.Error("File(Blob) ok")
	}

	fdObj := blob.NewFormData(l, []blob.Entry{
		{Name: "s", Value: "v"},
		{Name: "f", File: &blob.FileData{Name: "x.bin", Data: []byte{1, 2}}},
	})
	vm.Set("fd", fdObj)
	v, err = vm.RunString(`fd.append('t', new Blob(['zz'], {type: 'a/b'})); [fd instanceof FormData, fd.get('s'), fd.get('f').name, fd.get('f').size].join()`)
	if err != nil || v.String() != "true,v,x.bin,2" {
		t.Errorf("NewFormData: %v %v", v, err)
	}
	entries, ok := blob.Entries(fdObj)
	if !ok || len(entries) != 3 || entries[0].Value != "v" || entries[1].File.Name != "x.bin" ||
		entries[2].File.Name != "blob" || entries[2].File.Type != "a/b" || string(entries[2].File.Data) != "zz" {
		t.Errorf("Entries = %+v %v", entries, ok)
	}
	if _, ok := blob.Entries(b); ok {
		t.Error("Entries(Blob) ok")
	}
}

// Start-up cost: the classes are built on first use only.
func TestLazy(t *testing.T) {
	t.Parallel()
	var out, errOut bytes.Buffer
	l := newLoop(t, &out, &errOut)
	v, err := l.VM().RunString(`['Blob', 'File', 'FormData'].map((n) => Object.getOwnPropertyDescriptor(globalThis, n).get !== undefined).join()`)
	if err != nil || v.String() != "true,true,true" {
		t.Errorf("not lazy: %v %v", v, err)
	}
}

// A large Blob stays in Go: slicing shares its bytes, only reads copy.
func BenchmarkSliceLarge(b *testing.B) {
	var out, errOut bytes.Buffer
	l := newLoop(b, &out, &errOut)
	l.VM().Set("big", blob.New(l, make([]byte, 64<<20), ""))
	prog, err := goja.Compile("bench.js", `big.slice(1, -1).slice(10).size`, true)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := l.VM().RunProgram(prog); err != nil {
			b.Fatal(err)
		}
	}
}
