package jsonparse

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// stringify renders v with goja's JSON.stringify plus each object's key
// order and -0, which JSON text alone would hide.
func stringify(t testing.TB, vm *goja.Runtime, v goja.Value) string {
	t.Helper()
	vm.Set("__v", v)
	r, err := vm.RunString(`(function show(v) {
		if (Object.is(v, -0)) return '-0';
		if (Array.isArray(v)) return '[' + v.map(show).join(',') + ']';
		if (v !== null && typeof v === 'object') {
			if (Object.getPrototypeOf(v) !== Object.prototype) return 'bad prototype';
			return '{' + Object.keys(v).map((k) => JSON.stringify(k) + ':' + show(v[k])).join(',') + '}';
		}
		return JSON.stringify(v);
	})(__v)`)
	if err != nil {
		t.Fatal(err)
	}
	return r.String()
}

// gojaParse is goja's own JSON.parse on a bare runtime.
func gojaParse(vm *goja.Runtime, text string) (goja.Value, error) {
	parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
	return parse(goja.Undefined(), vm.ToValue(text))
}

func TestFastJSON(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // "" when Parse must leave the text to goja
	}{
		{`{"id":42,"name":"jsloop","tags":["a","b","c"],"active":true,"score":3.14}`,
			`{"id":42,"name":"jsloop","tags":["a","b","c"],"active":true,"score":3.14}`},
		{` -0 `, `-0`},
		{`[0, -1, 1.5e3, 1E-2, 9007199254740993, 123456789012345678901234567890]`,
			`[0,-1,1500,0.01,9007199254740992,1.2345678901234568e+29]`},
		{`[1e400, -1e400, 1e-400]`, `[null,null,0]`},
		{`{"a": 1, "b": 2, "a": 3}`, `{"a":3,"b":2}`},
		{`{"__proto__": {"x": 1}}`, `{"__proto__":{"x":1}}`},
		{`"\u00e9\ud83d\ude00\n\"\\\/\b\f\r\t"`, `"é😀\n\"\\/\b\f\r\t"`},
		{`"é 😀"`, `"é 😀"`},
		{`{"a":[{"b":null}],"c":{},"d":[]}`, `{"a":[{"b":null}],"c":{},"d":[]}`},
		{`true`, `true`}, {`false`, `false`}, {`null`, `null`},
		// Left to goja: invalid text, lone surrogates, too deep.
		{`"\ud800"`, ""}, {`"\udc00\ud800"`, ""}, {`not json`, ""}, {`[1,]`, ""},
		{`{"a":1,}`, ""}, {`01`, ""}, {`-`, ""}, {`1.`, ""}, {`1e`, ""}, {`.5`, ""},
		{"\"\x01\"", ""}, {`"\x"`, ""}, {`"\u12"`, ""}, {`nul`, ""}, {`true false`, ""},
		{`{"a" 1}`, ""}, {`{a:1}`, ""}, {`[1 2]`, ""}, {`"open`, ""}, {``, ""}, {` `, ""},
		{strings.Repeat("[", maxJSONDepth+2) + strings.Repeat("]", maxJSONDepth+2), ""},
	} {
		vm := goja.New()
		v, ok := Parse(vm, tc.text)
		if tc.want == "" {
			if ok {
				t.Errorf("Parse(%q) = %s, want it left to goja", tc.text, stringify(t, vm, v))
			}
			continue
		}
		if !ok {
			t.Errorf("Parse(%q) not handled, want %s", tc.text, tc.want)
			continue
		}
		if got := stringify(t, vm, v); got != tc.want {
			t.Errorf("Parse(%q) = %s, want %s", tc.text, got, tc.want)
		}
	}
}

// FuzzFastJSON checks Parse against encoding/json's validity and goja's
// own JSON.parse: whatever it handles is valid JSON and parses to the same
// value goja's parser gives.
func FuzzFastJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5,"x\u00e9"],"b":{"c":null}}`, `[true,false,-0,1e5]`, `"\ud83d\ude00"`, `{"a":1,"a":2}`, `[`, `"\ud800"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		vm := goja.New()
		v, ok := Parse(vm, text)
		if !ok {
			return
		}
		if !json.Valid([]byte(text)) {
			t.Fatalf("Parse accepted invalid %q", text)
		}
		want, err := gojaParse(vm, text)
		if err != nil {
			return // goja rejects some valid JSON (1e400); Parse is right there
		}
		if got, w := stringify(t, vm, v), stringify(t, vm, want); got != w {
			t.Fatalf("Parse(%q) = %s, goja gives %s", text, got, w)
		}
	})
}

// TestFastPut checks that members are added the fast way (goja still has
// the field and method put relies on) and that the result is an ordinary
// object: own enumerable writable configurable data properties, later
// duplicates replacing in place, __proto__ an own key, integer keys first.
func TestFastPut(t *testing.T) {
	vm := goja.New()
	if _, itab := plainObject(vm); itab == nil {
		t.Fatal("goja.Object has no self field holding a *baseObject any more: parsed objects take the slow path")
	}
	for _, text := range []string{`{"b":1,"2":2,"a":3,"1":4,"b":5,"__proto__":6,"é":7}`} {
		v, ok := Parse(vm, text)
		want, err := gojaParse(vm, text)
		if !ok || err != nil {
			t.Fatal(ok, err)
		}
		vm.Set("v", v)
		vm.Set("w", want)
		r, err := vm.RunString(`(function (o) {
			return JSON.stringify(Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)])) +
				Object.isExtensible(o) + (Object.getPrototypeOf(o) === Object.prototype);
		})`)
		if err != nil {
			t.Fatal(err)
		}
		show, _ := goja.AssertFunction(r)
		got, _ := show(goja.Undefined(), v)
		exp, _ := show(goja.Undefined(), want)
		if got.String() != exp.String() {
			t.Errorf("Parse(%s):\n got %s\nwant %s", text, got, exp)
		}
	}
}
