package fetch

import (
	"testing"

	"github.com/dop251/goja"
)

// A record behaves as an ordinary object to the script: shape keys, keys
// added later in order, deletion, `in`, spreading.
func TestRecord(t *testing.T) {
	vm := goja.New()
	vm.Set("rec", newRecord(vm, bodyShape, vm.ToValue("s"), goja.Null()))
	v, err := vm.RunString(`
		const out = [];
		out.push(JSON.stringify(Object.keys(rec)), rec.source, String(rec.stream), String(rec.net), 'net' in rec);
		rec.net = 1; rec.extra = 2; rec.more = 3; rec.source = 'S';
		out.push(JSON.stringify(rec));
		delete rec.stream; delete rec.extra;
		out.push(JSON.stringify(Object.keys(rec)), 'stream' in rec, String(rec.stream), rec.toString === Object.prototype.toString);
		const copy = Object.assign({}, rec, { used: true });
		out.push(JSON.stringify(copy));
		out.join(' | ');
	`)
	if err != nil {
		t.Fatal(err)
	}
	want := `["source","stream"] | s | null | undefined | false | ` +
		`{"source":"S","stream":null,"net":1,"extra":2,"more":3} | ` +
		`["source","net","more"] | false | undefined | true | ` +
		`{"source":"S","net":1,"more":3,"used":true}`
	if v.String() != want {
		t.Fatalf("got  %s\nwant %s", v, want)
	}
}
