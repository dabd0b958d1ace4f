package url

import (
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/jsloop/jsloop/hostapi/internal/webidl"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

// searchParams is the Go side of a URLSearchParams object: its list and,
// for url.searchParams, the URL whose query it mirrors.
type searchParams struct {
	webidl.NoProps
	list []pair
	url  *urlState
}

// update is the URLSearchParams "update steps": the URL's query becomes
// the list's serialization (null when that is empty).
func (sp *searchParams) update() {
	if sp.url == nil {
		return
	}
	q := serializeForm(sp.list)
	sp.url.rec.query, sp.url.rec.hasQuery = q, q != ""
}

// spIterator is the Go side of a URLSearchParams Iterator.
type spIterator struct {
	webidl.NoProps
	sp    *searchParams
	kind  int // iterKeys, iterValues or iterEntries
	index int
}

const (
	iterKeys = iota
	iterValues
	iterEntries
)

// SearchParamsString returns the application/x-www-form-urlencoded
// serialization of v when v is a URLSearchParams object (what fetch sends
// as a body), and false otherwise. Loop goroutine only.
func SearchParamsString(v goja.Value) (string, bool) {
	sp, ok := webidl.GetSlot(v).(*searchParams)
	if !ok {
		return "", false
	}
	return serializeForm(sp.list), true
}

// NewSearchParams returns a new URLSearchParams object holding the pairs
// of query, parsed as new URLSearchParams(query) would (a leading '?' is
// dropped). It panics if Enable was not called on l. Loop goroutine only.
func NewSearchParams(l *jsloop.Loop, query string) *goja.Object {
	m := of(l)
	if m == nil {
		panic("url: NewSearchParams on a loop without url.Enable")
	}
	return m.newSearchParamsObject(&searchParams{list: parseForm(strings.TrimPrefix(query, "?"))})
}

func (m *module) newSearchParamsObject(sp *searchParams) *goja.Object {
	o := m.vm.CreateObject(m.spProto)
	webidl.SetSlot(m.vm, o, sp)
	return o
}

func (m *module) thisSP(v goja.Value) *searchParams {
	if sp, ok := webidl.GetSlot(v).(*searchParams); ok {
		return sp
	}
	panic(jsloop.NodeError(m.vm, "TypeError", "ERR_INVALID_THIS", `Value of "this" must be of type URLSearchParams`))
}

func invalidTuple(vm *goja.Runtime) *goja.Object {
	return jsloop.NodeError(vm, "TypeError", "ERR_INVALID_TUPLE", "Each query pair must be an iterable [name, value] tuple")
}

func isObject(v goja.Value) (*goja.Object, bool) {
	o, ok := v.(*goja.Object)
	return o, ok
}

// initList converts the constructor's argument: (sequence<sequence<
// USVString>> or record<USVString, USVString> or USVString), with Node's
// errors.
func (m *module) initList(init goja.Value) []pair {
	vm := m.vm
	if init == nil || goja.IsUndefined(init) || goja.IsNull(init) {
		return nil
	}
	obj, ok := isObject(init)
	if !ok {
		return parseForm(strings.TrimPrefix(webidl.ToUSV(vm, init), "?"))
	}
	method := obj.GetSymbol(goja.SymIterator)
	if src, ok := webidl.GetSlot(obj).(*searchParams); ok && method != nil && method.SameAs(m.entries) {
		// Node's shortcut: copying a URLSearchParams skips the iterator.
		return slices.Clone(src.list)
	}
	if method != nil && !goja.IsUndefined(method) && !goja.IsNull(method) {
		fn, ok := goja.AssertFunction(method)
		if !ok {
			panic(jsloop.NodeError(vm, "TypeError", "ERR_ARG_NOT_ITERABLE", "Query pairs must be iterable"))
		}
		var list []pair
		webidl.Iterate(vm, obj, fn, func(pv goja.Value) {
			po, ok := isObject(pv)
			if !ok {
				panic(invalidTuple(vm))
			}
			if po.ClassName() == "Array" {
				if po.Get("length").ToInteger() != 2 {
					panic(invalidTuple(vm))
				}
				list = append(list, pair{webidl.ToUSV(vm, po.Get("0")), webidl.ToUSV(vm, po.Get("1"))})
				return
			}
			ifn, ok := goja.AssertFunction(po.GetSymbol(goja.SymIterator))
			if !ok {
				panic(invalidTuple(vm))
			}
			var parts []string
			webidl.Iterate(vm, po, ifn, func(v goja.Value) { parts = append(parts, webidl.ToUSV(vm, v)) })
			if len(parts) != 2 {
				panic(invalidTuple(vm))
			}
			list = append(list, pair{parts[0], parts[1]})
		})
		return list
	}
	// A record: own enumerable keys in [[OwnPropertyKeys]] order; two keys
	// that become one USVString keep the first's place and the last value.
	keys, err := m.ownKeys(goja.Undefined(), obj)
	if err != nil {
		panic(err)
	}
	ko := keys.(*goja.Object)
	n := int(ko.Get("length").ToInteger())
	var list []pair
	index := map[string]int{}
	for i := 0; i < n; i++ {
		k := ko.Get(itoa(i))
		en, err := m.isEnum(obj, k)
		if err != nil {
			panic(err)
		}
		if !en.ToBoolean() {
			continue
		}
		name := webidl.ToUSV(vm, k)
		// Reflect.get with the key itself: a key with a lone surrogate
		// has no Go string form.
		vv, err := m.reflectGet(goja.Undefined(), obj, k)
		if err != nil {
			panic(err)
		}
		value := webidl.ToUSV(vm, vv)
		if j, ok := index[name]; ok {
			list[j].value = value
			continue
		}
		index[name] = len(list)
		list = append(list, pair{name, value})
	}
	return list
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	var b [20]byte
	p := len(b)
	for i > 0 {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
	}
	return string(b[p:])
}

// lessUTF16 orders strings by their UTF-16 code units, as
// URLSearchParams.sort does.
func lessUTF16(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			ua, ub := ra, rb
			if ra >= 0x10000 {
				ua, _ = utf16.EncodeRune(ra)
			}
			if rb >= 0x10000 {
				ub, _ = utf16.EncodeRune(rb)
			}
			if ua != ub {
				return ua < ub
			}
			// Two astral code points with the same high surrogate:
			// the low surrogates order as the code points do.
			return ra < rb
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b != ""
}

func (m *module) buildSearchParams() {
	l, vm := m.l, m.vm
	if v, err := vm.RunString(`[Reflect.ownKeys, Object.prototype.propertyIsEnumerable, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), Reflect.get]`); err == nil {
		arr := v.(*goja.Object)
		m.ownKeys, _ = goja.AssertFunction(arr.Get("0"))
		m.isEnum, _ = goja.AssertFunction(arr.Get("1"))
		m.iterProto = vm.CreateObject(arr.Get("2").(*goja.Object))
		m.reflectGet, _ = goja.AssertFunction(arr.Get("3"))
	} else {
		panic(err)
	}
	ctor, proto := webidl.NewClass(l, "URLSearchParams", 0, nil, nil, func(this *goja.Object, args []goja.Value) {
		var init goja.Value = goja.Undefined()
		if len(args) > 0 {
			init = args[0]
		}
		webidl.SetSlot(vm, this, &searchParams{list: m.initList(init)})
	})
	m.spCtor, m.spProto = ctor, proto

	webidl.Accessor(l, proto, "size", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(len(m.thisSP(c.This).list))
	}, nil)
	webidl.Method(l, proto, "append", 2, func(c goja.FunctionCall) goja.Value {
		sp := m.thisSP(c.This)
		if len(c.Arguments) < 2 {
			panic(missingArgs(vm, "name", "value"))
		}
		sp.list = append(sp.list, pair{webidl.ToUSV(vm, c.Arguments[0]), webidl.ToUSV(vm, c.Arguments[1])})
		sp.update()
		return goja.Undefined()
	})
	webidl.Method(l, proto, "delete", 1, func(c goja.FunctionCall) goja.Value {
		sp := m.thisSP(c.This)
		if len(c.Arguments) < 1 {
			panic(missingArgs(vm, "name"))
		}
		name := webidl.ToUSV(vm, c.Arguments[0])
		if v := c.Argument(1); !goja.IsUndefined(v) {
			value := webidl.ToUSV(vm, v)
			sp.list = slices.DeleteFunc(sp.list, func(p pair) bool { return p.name == name && p.value == value })
		} else {
			sp.list = slices.DeleteFunc(sp.list, func(p pair) bool { return p.name == name })
		}
		sp.update()
		return goja.Undefined()
	})
	webidl.Method(l, proto, "get", 1, func(c goja.FunctionCall) goja.Value {
		sp := m.thisSP(c.This)
		if len(c.Arguments) < 1 {
			panic(missingArgs(vm, "name"))
		}
		name := webidl.ToUSV(vm, c.Arguments[0])
		for _, p := range sp.list {
			if p.name == name {
				return vm.ToValue(p.value)
			}
		}
		return goja.Null()
	})
	webidl.Method(l, proto, "getAll", 1, func(c goja.FunctionCall) goja.Value {
		sp := m.thisSP(c.This)
		if len(c.Arguments) < 1 {
			panic(missingArgs(vm, "name"))
		}
		name := webidl.ToUSV(vm, c.Arguments[0])
		out := []any{}
		for _, p := range sp.list {
			if p.name == name {
				out = append(out, p.value)
			}
		}
		return vm.NewArray(out...)
	})
	webidl.Method(l, proto, "has", 1, func(c goja.FunctionCall) goja.Value {
		sp := m.thisSP(c.This)
		if len(c.Arguments) < 1 {
			panic(missingArgs(vm, "name"))
		}
		name := webidl.ToUSV(vm, c.Arguments[0])
		hasValue := !goja.IsUndefined(c.Argument(1))
		var value string
		if hasValue {
			value = webidl.ToUSV(vm, c.Argument(1))
		}
		for _, p := range sp.list {
			if p.name == name && (!hasValue || p.value == value) {
				return vm.ToValue(true)
			}
		}
		return vm.ToValue(false)
	})
	webidl.Method(l, proto, "set", 2, func(c goja.FunctionCall) goja.Value {
		sp := m.thisSP(c.This)
		if len(c.Arguments) < 2 {
			panic(missingArgs(vm, "name", "value"))
		}
		name, value := webidl.ToUSV(vm, c.Arguments[0]), webidl.ToUSV(vm, c.Arguments[1])
		found := false
		sp.list = slices.DeleteFunc(sp.list, func(p pair) bool {
			if p.name != name {
				return false
			}
			if found {
				return true
			}
			found = true
			return false
		})
		if found {
			for i := range sp.list {
				if sp.list[i].name == name {
					sp.list[i].value = value
					break
				}
			}
		} else {
			sp.list = append(sp.list, pair{name, value})
		}
		sp.update()
		return goja.Undefined()
	})
	webidl.Method(l, proto, "sort", 0, func(c goja.FunctionCall) goja.Value {
		sp := m.thisSP(c.This)
		slices.SortStableFunc(sp.list, func(a, b pair) int {
			switch {
			case lessUTF16(a.name, b.name):
				return -1
			case lessUTF16(b.name, a.name):
				return 1
			}
			return 0
		})
		sp.update()
		return goja.Undefined()
	})
	newIter := func(kind int) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			sp := m.thisSP(c.This)
			o := vm.CreateObject(m.iterProto)
			webidl.SetSlot(vm, o, &spIterator{sp: sp, kind: kind})
			return o
		}
	}
	m.entries = webidl.Method(l, proto, "entries", 0, newIter(iterEntries))
	webidl.Method(l, proto, "forEach", 1, func(c goja.FunctionCall) goja.Value {
		sp := m.thisSP(c.This)
		fn, ok := goja.AssertFunction(c.Argument(0))
		if !ok {
			panic(jsloop.InvalidArgType(vm, "callback", "of type function", c.Argument(0)))
		}
		for i := 0; i < len(sp.list); i++ {
			p := sp.list[i]
			if _, err := fn(c.Argument(1), vm.ToValue(p.value), vm.ToValue(p.name), c.This); err != nil {
				panic(err)
			}
		}
		return goja.Undefined()
	})
	webidl.Method(l, proto, "keys", 0, newIter(iterKeys))
	webidl.Method(l, proto, "values", 0, newIter(iterValues))
	webidl.Method(l, proto, "toString", 0, func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(serializeForm(m.thisSP(c.This).list))
	})
	_ = proto.DefineDataPropertySymbol(goja.SymIterator, m.entries, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	// %URLSearchParamsIteratorPrototype%
	it := m.iterProto
	webidl.Method(l, it, "next", 0, func(c goja.FunctionCall) goja.Value {
		st, ok := webidl.GetSlot(c.This).(*spIterator)
		if !ok {
			panic(jsloop.NodeError(vm, "TypeError", "ERR_INVALID_THIS", `Value of "this" must be of type URLSearchParamsIterator`))
		}
		res := vm.NewObject()
		if st.index >= len(st.sp.list) {
			_ = res.Set("value", goja.Undefined())
			_ = res.Set("done", true)
			return res
		}
		p := st.sp.list[st.index]
		st.index++
		switch st.kind {
		case iterKeys:
			_ = res.Set("value", p.name)
		case iterValues:
			_ = res.Set("value", p.value)
		default:
			_ = res.Set("value", vm.NewArray(p.name, p.value))
		}
		_ = res.Set("done", false)
		return res
	})
	_ = it.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("URLSearchParams Iterator"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
