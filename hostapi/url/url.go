package url

import (
	"strconv"
	"strings"

	"github.com/jsloop/jsloop/hostapi/internal/webidl"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

// module is the package's state on one loop: the classes, built on first
// use of either global.
type module struct {
	l          *jsloop.Loop
	vm         *goja.Runtime
	built      bool
	urlCtor    *goja.Object
	urlProto   *goja.Object
	spCtor     *goja.Object
	spProto    *goja.Object
	iterProto  *goja.Object
	entries    *goja.Object // URLSearchParams.prototype.entries, also its @@iterator
	ownKeys    goja.Callable
	isEnum     goja.Callable
	reflectGet goja.Callable
	objectURLs map[string]blobEntry // createObjectURL's store, by UUID
}

type moduleKey struct{}

// Enable installs URL and URLSearchParams as lazy globals on l: nothing
// is built until a script first reads either name. Loop goroutine only,
// before Run.
func Enable(l *jsloop.Loop) error {
	m := &module{l: l, vm: l.VM()}
	l.SetData(moduleKey{}, m)
	l.DefineLazyGlobal("URL", func() goja.Value { m.build(); return m.urlCtor })
	l.DefineLazyGlobal("URLSearchParams", func() goja.Value { m.build(); return m.spCtor })
	return nil
}

// of returns l's module, building its classes if needed; nil when Enable
// was not called on l.
func of(l *jsloop.Loop) *module {
	m, _ := l.Data(moduleKey{}).(*module)
	if m != nil {
		m.build()
	}
	return m
}

// urlState is the Go side of a URL object: its URL record and, once
// url.searchParams was read, its URLSearchParams (the spec's query object,
// created lazily: nothing can observe when).
type urlState struct {
	webidl.NoProps
	rec   *record
	sp    *searchParams
	spObj *goja.Object
}

// InvalidURLError is the error Parse returns, and the TypeError
// [ERR_INVALID_URL] the URL constructor throws.
type InvalidURLError struct {
	Input string
	Base  string // "" when there was no base
}

// Error returns Node's message, "Invalid URL".
func (e *InvalidURLError) Error() string { return "Invalid URL" }

// JSValue returns the TypeError Node throws: code ERR_INVALID_URL, with
// the input (and the base, when one was given). Loop goroutine only.
func (e *InvalidURLError) JSValue(vm *goja.Runtime) goja.Value {
	return invalidURL(vm, e.Input, e.Base, e.Base != "", false)
}

// invalidURL builds Node's ERR_INVALID_URL. The constructor's comes from
// C++ in Node and its stack starts "TypeError: Invalid URL"; the href
// setter's is a JS NodeError with the code in the stack's first line.
func invalidURL(vm *goja.Runtime, input, base string, hasBase, codeInStack bool) *goja.Object {
	var e *goja.Object
	if codeInStack {
		e = jsloop.NodeError(vm, "TypeError", "ERR_INVALID_URL", "Invalid URL")
	} else {
		e = vm.NewTypeError("Invalid URL")
		_ = e.Set("code", "ERR_INVALID_URL")
	}
	_ = e.Set("input", input)
	if hasBase {
		_ = e.Set("base", base)
	}
	return e
}

// Parse parses input against base ("" for none) as new URL(input, base)
// does and returns the serialized URL. On failure err is an
// *InvalidURLError ("Invalid URL", as Node says), which also converts to
// the TypeError Node throws (jsloop.JSError). Parse touches no JS value:
// any goroutine may call it; l may be nil.
func Parse(l *jsloop.Loop, input, base string) (href string, err error) {
	_ = l
	var b *record
	if base != "" {
		var ok bool
		if b, ok = parseURL(base, nil); !ok {
			return "", &InvalidURLError{Input: input, Base: base}
		}
	}
	r, ok := parseURL(input, b)
	if !ok {
		return "", &InvalidURLError{Input: input, Base: base}
	}
	return r.serialize(false), nil
}

// Href returns the serialization of v when v is a URL object (what
// fetch or structuredClone may need to recognize one), and false
// otherwise. Loop goroutine only.
func Href(v goja.Value) (string, bool) {
	s, ok := webidl.GetSlot(v).(*urlState)
	if !ok {
		return "", false
	}
	return s.rec.serialize(false), true
}

func missingArgs(vm *goja.Runtime, names ...string) *goja.Object {
	var msg string
	switch len(names) {
	case 1:
		msg = `The "` + names[0] + `" argument must be specified`
	default:
		msg = `The "` + names[0] + `" and "` + names[1] + `" arguments must be specified`
	}
	return jsloop.NodeError(vm, "TypeError", "ERR_MISSING_ARGS", msg)
}

func (m *module) build() {
	if m.built {
		return
	}
	m.built = true
	m.buildURL()
	m.installObjectURLs()
	m.buildSearchParams()
	m.installInspect()
}

// thisURL is the brand check of URL's members; V8 words it this way for
// Node's private fields.
func (m *module) thisURL(v goja.Value) *urlState {
	if s, ok := webidl.GetSlot(v).(*urlState); ok {
		return s
	}
	panic(m.vm.NewTypeError("Receiver must be an instance of class URL"))
}

// parseArgs converts the URL constructor's arguments the way Node does
// and parses them.
func (m *module) parseArgs(c []goja.Value) (*record, *goja.Object) {
	vm := m.vm
	if len(c) == 0 {
		panic(missingArgs(vm, "url"))
	}
	input := webidl.ToUSV(vm, c[0])
	var base *record
	baseStr, hasBase := "", len(c) > 1 && !goja.IsUndefined(c[1])
	if hasBase {
		baseStr = webidl.ToUSV(vm, c[1])
		var ok bool
		if base, ok = parseURL(baseStr, nil); !ok {
			return nil, invalidURL(vm, input, baseStr, true, false)
		}
	}
	r, ok := parseURL(input, base)
	if !ok {
		return nil, invalidURL(vm, input, baseStr, hasBase, false)
	}
	return r, nil
}

func (m *module) buildURL() {
	l, vm := m.l, m.vm
	ctor, proto := webidl.NewClass(l, "URL", 1, nil, nil, func(this *goja.Object, args []goja.Value) {
		r, err := m.parseArgs(args)
		if err != nil {
			panic(err)
		}
		webidl.SetSlot(vm, this, &urlState{rec: r})
	})
	m.urlCtor, m.urlProto = ctor, proto

	webidl.Method(l, ctor, "parse", 1, func(c goja.FunctionCall) goja.Value {
		r, err := m.parseArgs(c.Arguments)
		if err != nil {
			return goja.Null()
		}
		return m.newURL(r)
	})
	webidl.Method(l, ctor, "canParse", 1, func(c goja.FunctionCall) goja.Value {
		_, err := m.parseArgs(c.Arguments)
		return vm.ToValue(err == nil)
	})

	str := func(s string) goja.Value { return vm.ToValue(s) }
	href := func(c goja.FunctionCall) goja.Value { return str(m.thisURL(c.This).rec.serialize(false)) }
	webidl.Method(l, proto, "toString", 0, href)
	webidl.Accessor(l, proto, "href", href, func(c goja.FunctionCall) goja.Value {
		s := m.thisURL(c.This)
		v := webidl.ToUSV(vm, c.Argument(0))
		r, ok := parseURL(v, nil)
		if !ok {
			panic(invalidURL(vm, v, "", false, true))
		}
		s.rec = r
		if s.sp != nil {
			s.sp.list = nil
			if r.hasQuery {
				s.sp.list = parseForm(r.query)
			}
		}
		return nil
	})
	webidl.Accessor(l, proto, "origin", func(c goja.FunctionCall) goja.Value {
		return str(m.thisURL(c.This).rec.origin())
	}, nil)
	webidl.Accessor(l, proto, "protocol", func(c goja.FunctionCall) goja.Value {
		return str(m.thisURL(c.This).rec.scheme + ":")
	}, func(c goja.FunctionCall) goja.Value {
		s := m.thisURL(c.This)
		parseOverride(webidl.ToUSV(vm, c.Argument(0))+":", s.rec, stateSchemeStart)
		return nil
	})
	webidl.Accessor(l, proto, "username", func(c goja.FunctionCall) goja.Value {
		return str(m.thisURL(c.This).rec.username)
	}, func(c goja.FunctionCall) goja.Value {
		s := m.thisURL(c.This)
		v := webidl.ToUSV(vm, c.Argument(0))
		if !s.rec.cannotHaveCredentialsOrPort() {
			s.rec.username = encodeString(v, userinfoSet)
		}
		return nil
	})
	webidl.Accessor(l, proto, "password", func(c goja.FunctionCall) goja.Value {
		return str(m.thisURL(c.This).rec.password)
	}, func(c goja.FunctionCall) goja.Value {
		s := m.thisURL(c.This)
		v := webidl.ToUSV(vm, c.Argument(0))
		if !s.rec.cannotHaveCredentialsOrPort() {
			s.rec.password = encodeString(v, userinfoSet)
		}
		return nil
	})
	webidl.Accessor(l, proto, "host", func(c goja.FunctionCall) goja.Value {
		return str(m.thisURL(c.This).rec.hostPort())
	}, func(c goja.FunctionCall) goja.Value {
		s := m.thisURL(c.This)
		v := webidl.ToUSV(vm, c.Argument(0))
		if !s.rec.opaque {
			parseOverride(v, s.rec, stateHost)
		}
		return nil
	})
	webidl.Accessor(l, proto, "hostname", func(c goja.FunctionCall) goja.Value {
		r := m.thisURL(c.This).rec
		if !r.hasHost {
			return str("")
		}
		return str(r.host)
	}, func(c goja.FunctionCall) goja.Value {
		s := m.thisURL(c.This)
		v := webidl.ToUSV(vm, c.Argument(0))
		if !s.rec.opaque {
			parseOverride(v, s.rec, stateHostname)
		}
		return nil
	})
	webidl.Accessor(l, proto, "port", func(c goja.FunctionCall) goja.Value {
		r := m.thisURL(c.This).rec
		if r.port < 0 {
			return str("")
		}
		return str(strconv.Itoa(r.port))
	}, func(c goja.FunctionCall) goja.Value {
		s := m.thisURL(c.This)
		v := webidl.ToUSV(vm, c.Argument(0))
		if s.rec.cannotHaveCredentialsOrPort() {
			return nil
		}
		if v == "" {
			s.rec.port = -1
		} else {
			parseOverride(v, s.rec, statePort)
		}
		return nil
	})
	webidl.Accessor(l, proto, "pathname", func(c goja.FunctionCall) goja.Value {
		return str(m.thisURL(c.This).rec.pathString())
	}, func(c goja.FunctionCall) goja.Value {
		s := m.thisURL(c.This)
		v := webidl.ToUSV(vm, c.Argument(0))
		if !s.rec.opaque {
			s.rec.path = nil
			parseOverride(v, s.rec, statePathStart)
		}
		return nil
	})
	webidl.Accessor(l, proto, "search", func(c goja.FunctionCall) goja.Value {
		r := m.thisURL(c.This).rec
		if !r.hasQuery || r.query == "" {
			return str("")
		}
		return str("?" + r.query)
	}, func(c goja.FunctionCall) goja.Value {
		s := m.thisURL(c.This)
		s.setSearch(webidl.ToUSV(vm, c.Argument(0)))
		return nil
	})
	webidl.Accessor(l, proto, "searchParams", func(c goja.FunctionCall) goja.Value {
		s := m.thisURL(c.This)
		if s.spObj == nil {
			s.sp = &searchParams{url: s}
			if s.rec.hasQuery {
				s.sp.list = parseForm(s.rec.query)
			}
			s.spObj = m.newSearchParamsObject(s.sp)
		}
		return s.spObj
	}, nil)
	webidl.Accessor(l, proto, "hash", func(c goja.FunctionCall) goja.Value {
		r := m.thisURL(c.This).rec
		if !r.hasFrag || r.frag == "" {
			return str("")
		}
		return str("#" + r.frag)
	}, func(c goja.FunctionCall) goja.Value {
		s := m.thisURL(c.This)
		v := webidl.ToUSV(vm, c.Argument(0))
		if v == "" {
			s.rec.frag, s.rec.hasFrag = "", false
			return nil
		}
		s.rec.frag, s.rec.hasFrag = "", true
		parseOverride(strings.TrimPrefix(v, "#"), s.rec, stateFragment)
		return nil
	})
	webidl.Method(l, proto, "toJSON", 0, href)
}

// setSearch is the search setter (URL Standard §6.1).
func (s *urlState) setSearch(v string) {
	if v == "" {
		s.rec.query, s.rec.hasQuery = "", false
		if s.sp != nil {
			s.sp.list = nil
		}
		return
	}
	in := strings.TrimPrefix(v, "?")
	s.rec.query, s.rec.hasQuery = "", true
	parseOverride(in, s.rec, stateQuery)
	if s.sp != nil {
		s.sp.list = parseForm(in)
	}
}

// newURL returns a URL object for r.
func (m *module) newURL(r *record) *goja.Object {
	o := m.vm.CreateObject(m.urlProto)
	webidl.SetSlot(m.vm, o, &urlState{rec: r})
	return o
}
