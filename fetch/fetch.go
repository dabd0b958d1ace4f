// Package fetch installs the Fetch Standard on a jsloop.Loop: fetch,
// Headers, Request and Response with the body mixin, over net/http.
//
// Every Go I/O completion (the response head, each body chunk) is posted
// back into the loop as its own macrotask and settles its promise there.
// Bodies are read only when the script asks, one chunk at a time, so a
// large response streams in flat memory and backpressure reaches the
// socket. A body nobody reads is closed when its Response is dropped or
// the run ends.
//
// Deviations, as undici's (Node 20): no CORS, no forbidden-header
// filtering, manual redirects return the real 3xx response. Spec:
// https://fetch.spec.whatwg.org/.
package fetch

import (
	_ "embed"
	"errors"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi/encoding"
	whatwg "github.com/jsloop/jsloop/hostapi/url"
	"github.com/jsloop/jsloop/jsloop"
)

//go:embed fetch.js
var fetchJS string

// fetchProgram is compiled once per process, on first use.
var fetchProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("node:internal/deps/undici/undici", fetchJS, true)
})

// Prepare compiles fetch's JavaScript on another goroutine, so that the
// first use of fetch, Headers, Request or Response does not wait for it.
// Optional; safe to call any number of times, from any goroutine: only the
// first starts the compilation.
func Prepare() { prepareOnce() }

var prepareOnce = sync.OnceFunc(func() { go fetchProgram() })

// Enable installs fetch, Headers, Request and Response on l. They are built
// on first use. Loop goroutine only, before Run.
func Enable(l *jsloop.Loop, opts ...Option) error {
	var o Options
	for _, opt := range opts {
		opt(&o)
	}
	var exports *goja.Object
	build := func() *goja.Object {
		if exports != nil {
			return exports
		}
		c := newCore(l, o)
		vm := l.VM()
		v, err := vm.RunProgram(fetchProgram())
		if err != nil {
			panic(err)
		}
		factory, _ := goja.AssertFunction(v)
		coreObj := c.install()
		coreObj.Set("encodeUTF8", l.Func(func(call goja.FunctionCall) goja.Value {
			return vm.ToValue(vm.NewArrayBuffer(encoding.EncodeUTF8(vm, call.Argument(0))))
		}))
		// resolveBlob(href) → [bytes, type] of the Blob registered under a
		// blob: URL, or null.
		coreObj.Set("resolveBlob", l.Func(func(call goja.FunctionCall) goja.Value {
			data, typ, ok := whatwg.ResolveObjectURL(l, call.Argument(0).String())
			if !ok {
				return goja.Null()
			}
			return vm.NewArray(u8(vm, append([]byte(nil), data...)), typ)
		}))
		coreObj.Set("percentDecode", l.Func(func(call goja.FunctionCall) goja.Value {
			return u8(vm, percentDecode(call.Argument(0).String()))
		}))
		coreObj.Set("forgivingBase64", l.Func(func(call goja.FunctionCall) goja.Value {
			b, err := forgivingBase64(bytesOf(call.Argument(0)))
			if err != nil {
				panic(vm.NewTypeError(err.Error()))
			}
			return u8(vm, b)
		}))
		res, err := factory(goja.Undefined(), coreObj, goja.Undefined())
		if err != nil {
			panic(err)
		}
		exports = res.ToObject(vm)
		return exports
	}
	for _, name := range []string{"fetch", "Headers", "Request", "Response"} {
		name := name
		l.DefineLazyGlobal(name, func() goja.Value { return build().Get(name) })
	}
	return nil
}

func u8(vm *goja.Runtime, b []byte) goja.Value {
	ctor := vm.Get("Uint8Array")
	v, _ := vm.New(ctor, vm.ToValue(vm.NewArrayBuffer(b)))
	return v
}

// percentDecode is the URL Standard's percent-decode of a string's UTF-8.
func percentDecode(s string) []byte {
	b := []byte(s)
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '%' && i+2 < len(b) && isHex(b[i+1]) && isHex(b[i+2]) {
			out = append(out, unhex(b[i+1])<<4|unhex(b[i+2]))
			i += 2
			continue
		}
		out = append(out, b[i])
	}
	return out
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

// forgivingBase64 is the Infra Standard's forgiving-base64 decode.
func forgivingBase64(in []byte) ([]byte, error) {
	var s []byte
	for _, c := range in {
		switch c {
		case '\t', '\n', '\f', '\r', ' ':
		default:
			s = append(s, c)
		}
	}
	if len(s)%4 == 0 && len(s) > 0 {
		if s[len(s)-1] == '=' {
			s = s[:len(s)-1]
			if s[len(s)-1] == '=' {
				s = s[:len(s)-1]
			}
		}
	}
	if len(s)%4 == 1 {
		return nil, errors.New("invalid base64")
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	var out []byte
	var buf uint32
	var n uint
	for _, c := range s {
		i := strings.IndexByte(alphabet, c)
		if i < 0 {
			return nil, errors.New("invalid base64")
		}
		buf = buf<<6 | uint32(i)
		n += 6
		if n >= 8 {
			n -= 8
			out = append(out, byte(buf>>n))
		}
	}
	return out, nil
}
