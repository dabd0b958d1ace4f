package fetch

import (
	"slices"

	"github.com/dop251/goja"
)

// A record is a JS object over a Go array: the keys of its shape first, in
// order, then any others the script adds. core builds a fetched Response's
// state and body as records: goja grows an ordinary object's property map
// key by key (the two literals cost ~2 µs and ~25 allocations a fetch),
// where a record is one allocation and a slot per key.
type record struct {
	shape []string
	vals  [maxShape]goja.Value // vals[i] is shape[i]'s value; nil once deleted
	more  map[string]goja.Value
	order []string // keys of more, in insertion order
}

const maxShape = 10

// The shapes of a fetched Response's state and of its body, as fetch.js
// reads and writes them.
var (
	responseShape = []string{"type", "status", "statusText", "url", "headers", "flat", "body", "redirected", "list"}
	bodyShape     = []string{"source", "stream", "net", "length", "used", "netHandle"}
)

// newRecord makes a record of shape with vals for its first keys; the rest
// start absent.
func newRecord(vm *goja.Runtime, shape []string, vals ...goja.Value) *goja.Object {
	r := &record{shape: shape}
	copy(r.vals[:], vals)
	return vm.NewDynamicObject(r)
}

func (r *record) index(key string) int {
	for i, k := range r.shape {
		if k == key {
			return i
		}
	}
	return -1
}

func (r *record) Get(key string) goja.Value {
	if i := r.index(key); i >= 0 {
		return r.vals[i]
	}
	return r.more[key]
}

func (r *record) Set(key string, v goja.Value) bool {
	if i := r.index(key); i >= 0 {
		r.vals[i] = v
		return true
	}
	if r.more == nil {
		r.more = map[string]goja.Value{}
	}
	if _, ok := r.more[key]; !ok {
		r.order = append(r.order, key)
	}
	r.more[key] = v
	return true
}

func (r *record) Has(key string) bool {
	if i := r.index(key); i >= 0 {
		return r.vals[i] != nil
	}
	_, ok := r.more[key]
	return ok
}

func (r *record) Delete(key string) bool {
	if i := r.index(key); i >= 0 {
		r.vals[i] = nil
	} else if _, ok := r.more[key]; ok {
		delete(r.more, key)
		r.order = slices.DeleteFunc(r.order, func(k string) bool { return k == key })
	}
	return true
}

func (r *record) Keys() []string {
	keys := make([]string, 0, len(r.shape)+len(r.order))
	for i, k := range r.shape {
		if r.vals[i] != nil {
			keys = append(keys, k)
		}
	}
	return append(keys, r.order...)
}
