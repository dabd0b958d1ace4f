package fetch

import (
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi/blob"
	"github.com/jsloop/jsloop/hostapi/encoding"
	"github.com/jsloop/jsloop/hostapi/jsonparse"
	"github.com/jsloop/jsloop/hostapi/streams"
	whatwg "github.com/jsloop/jsloop/hostapi/url"
	"github.com/jsloop/jsloop/jsloop"
)

// chunkSize is how much one body read asks of the socket: large enough to
// keep the per-chunk round trip through the loop rare, small enough that a
// 100 MB body streams in flat memory.
const chunkSize = 64 << 10

// core is the Go half of fetch: it sends requests on other goroutines and
// settles their promises on the loop, one macrotask per await point
// (the response head; then each body chunk), as DESIGN.md's one pattern.
type core struct {
	l *jsloop.Loop
	// responseProto and stateKey are fetch.js's Response.prototype and the
	// symbol it keeps a Response's state under: core builds the Response of
	// a head itself, so the fetch promise resolves with it directly.
	responseProto *goja.Object
	stateKey      *goja.Symbol
	vm            *goja.Runtime
	opts          Options
	rt            http.RoundTripper
	// The last URL parseURL parsed, and its href.
	lastInput, lastBase string
	lastHref            goja.Value
	// defaults are undici's request headers, sent where the script sets
	// none of the same name.
	defaults http.Header
	slots    chan struct{} // MaxInFlight; nil when unlimited
	isView   goja.Callable // ArrayBuffer.isView, as it was when fetch was set up
	bodyPro  *goja.Object
	// prefetches are the small bodies being read with their heads.
	prefetches prefetches
}

func newCore(l *jsloop.Loop, opts Options) *core {
	c := &core{l: l, vm: l.VM(), opts: opts}
	rt := opts.Transport
	if rt == nil {
		rt = sharedTransport()
	}
	c.rt = rt
	c.isView, _ = goja.AssertFunction(c.vm.Get("ArrayBuffer").ToObject(c.vm).Get("isView"))
	ua := opts.UserAgent
	if ua == "" {
		ua = "jsloop/" + jsloop.Version
	}
	c.defaults = http.Header{
		"Accept-Encoding": {acceptEncoding}, "User-Agent": {ua}, "Accept": {"*/*"},
		"Accept-Language": {"*"}, "Sec-Fetch-Mode": {"cors"},
	}
	if opts.MaxInFlight > 0 {
		c.slots = make(chan struct{}, opts.MaxInFlight)
	}
	return c
}

func hostPort(u *url.URL) (string, string) {
	host, port := u.Hostname(), u.Port()
	if port == "" {
		switch u.Scheme {
		case "https":
			port = "443"
		default:
			port = "80"
		}
	}
	return host, port
}

// deniedError is a request to a host the allow-list leaves out.
type deniedError struct{ host, port string }

func (e *deniedError) Error() string {
	return fmt.Sprintf("Requires net access to %q, run again with the --allow-net flag", net.JoinHostPort(e.host, e.port))
}

// install returns the object fetch.js receives as `core`.
func (c *core) install() *goja.Object {
	vm := c.vm
	o := vm.NewObject()
	o.Set("send", c.l.Func(c.send))
	o.Set("fetchURL", c.l.Func(c.fetchURL))
	o.Set("parseURL", c.l.Func(func(call goja.FunctionCall) goja.Value {
		href, err := c.parseURL(call.Argument(0).String(), call.Argument(1).String())
		if err != nil {
			panic(c.l.ToJSError(err))
		}
		return href
	}))
	o.Set("setResponse", c.l.Func(func(call goja.FunctionCall) goja.Value {
		c.responseProto = call.Argument(0).ToObject(vm)
		c.stateKey, _ = call.Argument(1).(*goja.Symbol)
		return goja.Undefined()
	}))
	o.Set("decodeUTF8", c.l.Func(func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(encoding.DecodeUTF8(bytesOf(call.Argument(0))))
	}))
	o.Set("disturbed", c.l.Func(func(call goja.FunctionCall) goja.Value {
		return c.vm.ToValue(streams.Disturbed(call.Argument(0)))
	}))
	// readAll(stream) → Promise<Uint8Array>: the spec's "fully read",
	// through the stream's internals rather than its public reader (a
	// patched Object.prototype.then cannot reach it).
	o.Set("readAll", c.l.Func(func(call goja.FunctionCall) goja.Value {
		return c.readStream(call.Argument(0), func(data []byte) goja.Value { return u8(c.vm, data) })
	}))
	// tee(stream) → [a, b]: the spec's tee with the second branch's chunks
	// cloned, as Response.clone and Request.clone need.
	o.Set("tee", c.l.Func(func(call goja.FunctionCall) goja.Value {
		a, b, err := streams.Tee(c.l, call.Argument(0))
		if err != nil {
			panic(c.l.ToJSError(err))
		}
		return c.vm.NewArray(a, b)
	}))
	// readAllText(stream) → Promise<string>: fully read and UTF-8 decoded in
	// Go; the promise resolves with a string, which no thenable can hijack.
	o.Set("readAllText", c.l.Func(func(call goja.FunctionCall) goja.Value {
		return c.readStream(call.Argument(0), func(data []byte) goja.Value {
			return c.vm.ToValue(encoding.DecodeUTF8(data))
		})
	}))
	// errorNet(body, reason): a fetch abort errors the body's stream (if it
	// has one) with the reason and closes the connection.
	o.Set("errorNet", c.l.Func(func(call goja.FunctionCall) goja.Value {
		b := c.bodyOf(call.Argument(0))
		if b.src != nil && b.src.ctl != nil {
			b.src.ctl.Error(call.Argument(1))
		}
		b.close()
		return goja.Undefined()
	}))
	// formDataMultipart(bytes, contentType) → FormData, via hostapi/blob's
	// parser; a TypeError when the body is not multipart/form-data.
	o.Set("formDataMultipart", c.l.Func(func(call goja.FunctionCall) goja.Value {
		entries, err := blob.ParseMultipart(bytesOf(call.Argument(0)), call.Argument(1).String())
		if err != nil {
			panic(c.vm.NewTypeError("Failed to parse body as FormData."))
		}
		return blob.NewFormData(c.l, entries)
	}))
	// netStream(body) → the byte ReadableStream of a Go body handle.
	o.Set("netStream", c.l.Func(func(call goja.FunctionCall) goja.Value {
		return streams.NewReadable(c.l, &netSource{c: c, b: c.bodyOf(call.Argument(0))}, 0)
	}))
	c.bodyPro = vm.NewObject()
	c.bodyPro.Set("readAll", c.l.Func(c.bodyReadAll))
	c.bodyPro.Set("readText", c.l.Func(c.bodyReadText))
	c.bodyPro.Set("readJSON", c.l.Func(c.bodyReadJSON))
	c.bodyPro.Set("cancel", c.l.Func(c.bodyCancel))
	c.bodyPro.Set("headerList", c.l.Func(func(call goja.FunctionCall) goja.Value {
		return headerArray(c.vm, c.bodyOf(call.This).header)
	}))
	return o
}

// send(method, url, headers, body, redirect, pull, abortable) starts a
// request and returns its promise, or [promise, abort] when abortable.
// headers is a flat [name, value, ...] array; body is null, a Uint8Array,
// or (with pull) null while pull() yields the chunks of a streamed body.
func (c *core) send(call goja.FunctionCall) goja.Value {
	r := request{
		method:     call.Argument(0).String(),
		rawURL:     call.Argument(1).String(),
		requestURL: call.Argument(1),
		headers:    stringsOf(c.vm, call.Argument(2)),
		redirect:   call.Argument(4).String(),
		abortable:  call.Argument(6).ToBoolean(),
	}
	if b := call.Argument(3); !goja.IsNull(b) && !goja.IsUndefined(b) {
		r.body = bytesOf(b)
		r.hasBody = true
	}
	r.pull, r.streamed = goja.AssertFunction(call.Argument(5))
	return c.start(r)
}

// fetchURL(input) is fetch(input) for a string and no init when nothing
// about it needs fetch.js: no globalThis.location to resolve against, an
// http(s) URL that parses and holds no credentials. It returns the fetch's
// promise, or null for fetch.js to take the request (and throw its
// errors).
func (c *core) fetchURL(call goja.FunctionCall) goja.Value {
	if loc := c.vm.GlobalObject().Get("location"); loc != nil && !goja.IsUndefined(loc) {
		return goja.Null()
	}
	hrefV, err := c.parseURL(call.Argument(0).String(), "")
	if err != nil {
		return goja.Null()
	}
	href := hrefV.String()
	if strings.IndexByte(href, '@') >= 0 || !strings.HasPrefix(href, "http://") && !strings.HasPrefix(href, "https://") {
		return goja.Null()
	}
	return c.start(request{method: "GET", rawURL: href, requestURL: hrefV, redirect: "follow"})
}

// parseURL is new URL(input, base).href without the URL object: the same
// parser and the same error. A script fetching the same URL again
// (polling, a benchmark) gets the last answer back without parsing.
func (c *core) parseURL(input, base string) (goja.Value, error) {
	if c.lastHref != nil && input == c.lastInput && base == c.lastBase {
		return c.lastHref, nil
	}
	href, err := whatwg.Parse(c.l, input, base)
	if err != nil {
		return nil, err
	}
	c.lastInput, c.lastBase, c.lastHref = input, base, c.vm.ToValue(href)
	return c.lastHref, nil
}

// request is what send starts.
type request struct {
	method, rawURL, redirect string
	requestURL               goja.Value // rawURL as the script gave it
	headers                  []string   // name, value, ...
	body                     []byte
	hasBody                  bool
	pull                     goja.Callable // the chunks of a streamed body
	streamed                 bool
	abortable                bool
}

func (c *core) start(rq request) goja.Value {
	vm := c.vm
	p := c.l.NewPromise()
	ctx, cancel := context.WithCancel(c.l.Context())
	// With a signal the script gets [promise, abort]; without, the promise.
	result := p.Value()
	if rq.abortable {
		abort := c.l.Func(func(a goja.FunctionCall) goja.Value {
			cancel()
			p.Reject(a.Argument(0))
			return goja.Undefined()
		})
		result = vm.NewArray(result, abort)
	}

	var reqBody io.Reader
	var pw *io.PipeWriter
	switch {
	case rq.streamed:
		var pr *io.PipeReader
		pr, pw = io.Pipe()
		reqBody = pr
	case rq.hasBody:
		reqBody = strings.NewReader(string(rq.body))
	}
	req, err := http.NewRequestWithContext(ctx, rq.method, rq.rawURL, reqBody)
	if err != nil {
		cancel()
		p.Reject(fetchFailed(vm, err))
		return result
	}
	u := req.URL
	if badPort(u.Port()) {
		// Fetch "port blocking": undici rejects with cause Error('bad port').
		cancel()
		e, _ := vm.New(vm.Get("TypeError"), vm.ToValue("fetch failed"))
		cause, _ := vm.New(vm.Get("Error"), vm.ToValue("bad port"))
		e.Set("cause", cause)
		p.Reject(e)
		return result
	}
	if host, port := hostPort(u); !c.opts.allowed(host, port) {
		cancel()
		p.Reject(c.denied(host, port))
		return result
	}
	if rq.hasBody {
		req.ContentLength = int64(len(rq.body))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(string(rq.body))), nil }
	}
	if len(rq.headers) == 0 {
		req.Header = c.defaults.Clone()
	} else {
		for i := 0; i+1 < len(rq.headers); i += 2 {
			req.Header.Add(rq.headers[i], toLatin1(rq.headers[i+1]))
		}
		for name, v := range c.defaults {
			if _, ok := req.Header[name]; !ok {
				req.Header[name] = []string{v[0]}
			}
		}
	}
	// A Host header given by the script is not sent: net/http sends
	// req.Host, the URL's host, as undici does.
	if rq.streamed {
		c.pump(rq.pull, pw, ctx)
	}
	// Options.Timeout bounds the wait for the head only: the timer cancels
	// the request unless the head arrived first.
	var timedOut atomic.Bool
	stopTimer := func() bool { return false }
	if c.opts.Timeout > 0 {
		t := time.AfterFunc(c.opts.Timeout, func() {
			timedOut.Store(true)
			cancel()
		})
		stopTimer = t.Stop
	}

	res := c.l.Reserve()
	c.l.Go(func() {
		if c.slots != nil {
			select {
			case c.slots <- struct{}{}:
				defer func() { <-c.slots }()
			case <-ctx.Done():
				res.Settle(func() { p.Reject(fetchFailed(vm, ctx.Err())) })
				return
			}
		}
		resp, err := c.do(req, rq.redirect)
		stopTimer()
		if err == nil && len(resp.TransferEncoding) > 0 {
			// net/http moves it out of the header list; undici keeps it.
			resp.Header["Transfer-Encoding"] = []string{strings.Join(resp.TransferEncoding, ", ")}
		}
		// head settles the fetch: with the response and its body (prefetched
		// whole, or a reader), or with err.
		head := func(rd io.ReadCloser, pre []byte, prefetched bool, err error) {
			res.Settle(func() {
				if err != nil {
					cancel()
					var de *deniedError
					if errors.As(err, &de) {
						p.Reject(c.denied(de.host, de.port))
						return
					}
					if timedOut.Load() {
						err = &timeoutError{c.opts.Timeout}
					}
					p.Reject(fetchFailed(vm, err))
					return
				}
				if p.Settled() {
					// Aborted while the head was on its way.
					resp.Body.Close()
					return
				}
				var bodyV goja.Value
				if prefetched {
					bodyV = c.prefetchedBody(resp, pre, cancel)
				} else {
					bodyV = c.streamedBody(resp, rd, cancel)
				}
				r, err := c.response(resp, bodyV, rq.requestURL)
				if err != nil {
					p.Reject(c.l.ToJSError(err))
					return
				}
				p.Resolve(r)
			})
		}
		if err != nil || rq.method == "HEAD" {
			head(nil, nil, false, err)
			return
		}
		rd := decodeBody(resp.Body, resp.Header.Get("Content-Encoding"))
		n := resp.ContentLength
		if n < 0 || n > prefetchMax || c.opts.MaxBodySize > 0 && n > c.opts.MaxBodySize {
			// Larger or chunked bodies stream on demand.
			head(rd, nil, false, nil)
			return
		}
		// A small body of known length is read with the head when it comes
		// with it: one goroutine and one macrotask a request instead of two.
		// When it is not all there within prefetchWait, the head goes first
		// and the reads wait for the rest, so a slow body never holds fetch
		// back and an abort after the head still fails the body's read.
		pf := c.prefetches.add(c.l, head)
		pre, err := io.ReadAll(io.LimitReader(rd, prefetchMax+1))
		rd.Close()
		pf.finish(pre, err)
	})
	return result
}

// badPorts are the Fetch standard's blocked ports.
var badPorts = map[string]bool{}

func init() {
	for _, p := range []int{0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95,
		101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512,
		513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723,
		2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080} {
		badPorts[strconv.Itoa(p)] = true
	}
}

// badPort reports whether a URL's port (as serialized: no leading zeros) is
// blocked.
func badPort(port string) bool { return port != "" && badPorts[port] }

// errReader stands for a prefetched body whose read failed: the failure
// is reported when the script reads the body.
type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }
func (errReader) Close() error               { return nil }

// prefetchedBody is the body handle of a body already read whole, or null.
func (c *core) prefetchedBody(resp *http.Response, data []byte, cancel context.CancelFunc) goja.Value {
	cancel()
	if nullBodyStatus(resp.StatusCode) {
		return goja.Null()
	}
	b := &body{core: c, data: data, prefetched: true, header: resp.Header, cancel: func() {}}
	o := c.vm.NewDynamicObject(b)
	o.SetPrototype(c.bodyPro)
	return o
}

// streamedBody is the body handle of a body still on the socket, or null.
func (c *core) streamedBody(resp *http.Response, rd io.ReadCloser, cancel context.CancelFunc) goja.Value {
	if rd != nil && !nullBodyStatus(resp.StatusCode) {
		b := &body{core: c, rd: rd, header: resp.Header, cancel: cancel}
		b.stop = context.AfterFunc(c.l.Context(), func() { b.close() })
		// A body nobody reads is released when its response is dropped.
		runtime.SetFinalizer(b, func(b *body) { b.close() })
		o := c.vm.NewDynamicObject(b)
		o.SetPrototype(c.bodyPro)
		return o
	}
	if rd != nil {
		rd.Close()
	}
	cancel()
	return goja.Null()
}

// response calls fetch.js's responseFromHead(status, statusText, url,
// redirected, headers, body, requestURL). url is "" unless the request
// was redirected (then the request's URL is the response's). headers is
// the flat [name, value, ...] list, or null when the body handle has them:
// most scripts read only the body, and the list is built when first asked
// for (headerList()).
func (c *core) response(resp *http.Response, bodyV, requestURL goja.Value) (goja.Value, error) {
	vm := c.vm
	statusText := resp.Status
	if i := strings.IndexByte(statusText, ' '); i >= 0 {
		statusText = statusText[i+1:]
	} else {
		statusText = ""
	}
	redirected := resp.Request != nil && resp.Request.Response != nil
	// The state fetch.js keeps for a Response (see newResponseState); the
	// header list is built when first asked for, as most scripts read only
	// the body: flat holds the [name, value, ...] pairs, or the body handle
	// that has them, until then.
	url, flat, bodyRec := requestURL, bodyV, goja.Value(goja.Null())
	if redirected {
		url = vm.ToValue(resp.Request.URL.String())
	}
	if goja.IsNull(bodyV) {
		flat = headerArray(vm, resp.Header)
	} else {
		null := goja.Null()
		bodyRec = newRecord(vm, bodyShape, null, null, bodyV, null, vm.ToValue(false))
	}
	state := newRecord(vm, responseShape, vm.ToValue("basic"), vm.ToValue(resp.StatusCode), vm.ToValue(statusText),
		url, goja.Null(), flat, bodyRec, vm.ToValue(redirected))
	r := vm.CreateObject(c.responseProto)
	if err := r.SetSymbol(c.stateKey, state); err != nil {
		return nil, err
	}
	return r, nil
}

// headerArray is h as the flat [name, value, ...] list fetch.js builds
// Headers from: names lower-cased and in sorted order (net/http keeps no
// order; node shows the server's), values decoded as Latin-1, each byte one
// character, as undici does.
func headerArray(vm *goja.Runtime, h http.Header) goja.Value {
	names := make([]string, 0, len(h))
	for name := range h {
		names = append(names, name)
	}
	slices.Sort(names)
	hs := make([]any, 0, 2*len(h))
	for _, name := range names {
		lname := strings.ToLower(name)
		for _, v := range h[name] {
			hs = append(hs, lname, fromLatin1(v))
		}
	}
	return vm.NewArray(hs...)
}

// fromLatin1 reads the bytes of s as Latin-1 characters.
func fromLatin1(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			r := make([]rune, len(s))
			for j := 0; j < len(s); j++ {
				r[j] = rune(s[j])
			}
			return string(r)
		}
	}
	return s
}

// toLatin1 is fromLatin1's inverse for a header value the script gave:
// characters up to U+00FF become one byte each (Headers rejects others).
func toLatin1(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			b := make([]byte, 0, len(s))
			for _, r := range s {
				if r > 0xff {
					return s
				}
				b = append(b, byte(r))
			}
			return string(b)
		}
	}
	return s
}

func nullBodyStatus(s int) bool { return s == 101 || s == 103 || s == 204 || s == 205 || s == 304 }

// body is a response body still on the socket. Reads happen only when the
// script asks (one chunk per read), so backpressure reaches the socket.
type body struct {
	core       *core
	src        *netSource // the stream made of this body, if any
	data       []byte     // the whole body, when prefetched
	prefetched bool
	rd         io.ReadCloser
	header     http.Header // the response's, for headerList
	cancel     context.CancelFunc
	stop       func() bool
	mu         sync.Mutex
	closed     bool
	read       int64
	busy       bool
}

func (b *body) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.closed {
		b.closed = true
		if b.rd != nil {
			b.rd.Close()
		}
		b.cancel()
		if b.stop != nil {
			b.stop()
		}
	}
	b.data = nil
}

// DynamicObject: a body handle has no own properties.
func (b *body) Get(string) goja.Value       { return nil }
func (b *body) Set(string, goja.Value) bool { return false }
func (b *body) Has(string) bool             { return false }
func (b *body) Delete(string) bool          { return false }
func (b *body) Keys() []string              { return nil }

func (c *core) bodyOf(v goja.Value) *body {
	if o, ok := v.(*goja.Object); ok {
		if b, ok := o.Export().(*body); ok {
			return b
		}
	}
	panic(c.vm.NewTypeError("not a response body"))
}

// readSome reads one chunk, enforcing MaxBodySize.
func (b *body) readSome(buf []byte) (int, error) {
	b.mu.Lock()
	closed := b.closed
	b.mu.Unlock()
	if closed {
		return 0, io.EOF
	}
	n, err := b.rd.Read(buf)
	if n > 0 {
		b.read += int64(n)
		if max := b.core.opts.MaxBodySize; max > 0 && b.read > max {
			return 0, &tooLargeError{max}
		}
		return n, nil
	}
	if err == nil {
		return b.readSome(buf)
	}
	return 0, err
}

// readAll() → Promise<ArrayBuffer>: the rest of the body.
func (c *core) bodyReadAll(call goja.FunctionCall) goja.Value {
	return c.readRest(c.bodyOf(call.This), func(data []byte) (goja.Value, bool) {
		return c.vm.ToValue(c.vm.NewArrayBuffer(data)), true
	})
}

// readText() → Promise<string>: the rest of the body, UTF-8 decoded.
func (c *core) bodyReadText(call goja.FunctionCall) goja.Value {
	return c.readRest(c.bodyOf(call.This), func(data []byte) (goja.Value, bool) {
		return c.vm.ToValue(encoding.DecodeUTF8(data)), true
	})
}

// readJSON(parse) → Promise<any>: the rest of the body, UTF-8 decoded and
// parsed (by parse, fetch.js's JSON.parse, for what jsonparse leaves to
// goja), which is json() in one promise instead of text() and a then.
func (c *core) bodyReadJSON(call goja.FunctionCall) goja.Value {
	parse, _ := goja.AssertFunction(call.Argument(0))
	return c.readRest(c.bodyOf(call.This), func(data []byte) (goja.Value, bool) {
		text := encoding.DecodeUTF8(data)
		if v, ok := jsonparse.Parse(c.vm, text); ok {
			return v, true
		}
		v, err := parse(goja.Undefined(), c.vm.ToValue(text))
		if err != nil {
			var ex *goja.Exception
			if errors.As(err, &ex) {
				return ex.Value(), false
			}
			panic(err) // an interrupt: let it unwind
		}
		return v, true
	})
}

// readRest reads the rest of b on another goroutine (at once when it was
// prefetched) and resolves with conv of the bytes, or rejects with it when
// conv reports false. No JS `then` is involved, so a patched
// Object.prototype.then cannot intercept it.
func (c *core) readRest(b *body, conv func([]byte) (goja.Value, bool)) goja.Value {
	p := c.l.NewPromise()
	settle := func(data []byte) {
		if v, ok := conv(data); ok {
			p.Resolve(v)
		} else {
			p.Reject(v)
		}
	}
	if b.busy {
		p.Reject(c.vm.NewTypeError("a read is already pending"))
		return p.Value()
	}
	if b.prefetched {
		data := b.data
		b.data, b.closed = nil, true
		if data == nil {
			data = []byte{}
		}
		settle(data)
		return p.Value()
	}
	b.busy = true
	res := c.l.Reserve()
	c.l.Go(func() {
		r := io.Reader(b.rd)
		if max := c.opts.MaxBodySize; max > 0 {
			r = io.LimitReader(b.rd, max-b.read+1)
		}
		data, err := io.ReadAll(r)
		if err == nil {
			if max := c.opts.MaxBodySize; max > 0 && b.read+int64(len(data)) > max {
				err = &tooLargeError{max}
			}
		}
		b.close()
		res.Settle(func() {
			b.busy = false
			if err != nil {
				p.Reject(c.bodyError(err))
				return
			}
			settle(data)
		})
	})
	return p.Value()
}

func (c *core) bodyCancel(call goja.FunctionCall) goja.Value {
	c.bodyOf(call.This).close()
	return goja.Undefined()
}

// readStream fully reads stream and resolves with conv of its bytes.
func (c *core) readStream(stream goja.Value, conv func([]byte) goja.Value) goja.Value {
	p := c.l.NewPromise()
	streams.ReadAll(c.l, stream, func(data []byte, err goja.Value) {
		if err != nil {
			p.Reject(err)
			return
		}
		c.keepLocked(stream)
		p.Resolve(conv(data))
	})
	return p.Value()
}

// keepLocked leaves a fully read body stream locked, as the spec's "fully
// read" never releases its reader: a later getReader() throws.
func (c *core) keepLocked(stream goja.Value) {
	if o, ok := stream.(*goja.Object); ok && !streams.Locked(stream) {
		if get, ok := goja.AssertFunction(o.Get("getReader")); ok {
			get(o)
		}
	}
}

// netSource feeds a body stream from the socket: one read per pull, so the
// stream's backpressure reaches the connection.
type netSource struct {
	c   *core
	b   *body
	ctl *streams.Controller
}

func (s *netSource) Start(ctl *streams.Controller) {
	s.ctl = ctl
	s.b.src = s
}

func (s *netSource) Pull(ctl *streams.Controller) {
	b := s.b
	if b.prefetched {
		data := b.data
		b.data, b.closed = nil, true
		if len(data) > 0 {
			ctl.Enqueue(data)
		}
		ctl.Close()
		return
	}
	res := s.c.l.Reserve()
	s.c.l.Go(func() {
		buf := make([]byte, chunkSize)
		n, err := b.readSome(buf)
		res.Settle(func() {
			switch {
			case n > 0:
				ctl.Enqueue(buf[:n])
			case err == io.EOF:
				b.close()
				ctl.Close()
			default:
				b.close()
				ctl.Error(s.c.bodyError(err))
			}
		})
	})
}

func (s *netSource) Cancel(goja.Value) { s.b.close() }

// timeoutError is a request that outlived Options.Timeout.
type timeoutError struct{ d time.Duration }

func (e *timeoutError) Error() string { return fmt.Sprintf("request timed out after %v", e.d) }

type tooLargeError struct{ max int64 }

func (e *tooLargeError) Error() string {
	return fmt.Sprintf("response body larger than the %d-byte limit", e.max)
}

// bodyError is what a failed body read rejects with: undici's
// TypeError("terminated") with the cause.
func (c *core) bodyError(err error) goja.Value {
	var tl *tooLargeError
	if errors.As(err, &tl) {
		e := jsloop.NodeError(c.vm, "TypeError", "ERR_FETCH_BODY_TOO_LARGE", tl.Error())
		return e
	}
	e, _ := c.vm.New(c.vm.Get("TypeError"), c.vm.ToValue("terminated"))
	e.Set("cause", causeError(c.vm, err))
	return e
}

func (c *core) denied(host, port string) goja.Value {
	return jsloop.NodeError(c.vm, "TypeError", "ERR_ACCESS_DENIED", (&deniedError{host, port}).Error())
}

// pump feeds a streamed request body: pull() yields the next chunk
// (Uint8Array) or undefined at the end; each chunk is written to the pipe
// on another goroutine, and the next pull happens when the write is done.
func (c *core) pump(pull goja.Callable, pw *io.PipeWriter, ctx context.Context) {
	vm := c.vm
	// An abort (or the end of the run) while the script's stream holds back
	// its next chunk must still end the upload: the transport is blocked
	// reading the pipe. Closing a closed pipe again does nothing.
	context.AfterFunc(ctx, func() { pw.CloseWithError(ctx.Err()) })
	var next func()
	onChunk := c.l.Func(func(call goja.FunctionCall) goja.Value {
		// A reader's {value, done}.
		r := call.Argument(0).ToObject(vm)
		if r.Get("done").ToBoolean() {
			pw.Close()
			return goja.Undefined()
		}
		chunk, bad := c.uploadChunk(r.Get("value"))
		if bad != nil {
			pw.CloseWithError(newJSCause(bad))
			return goja.Undefined()
		}
		res := c.l.Reserve()
		c.l.Go(func() {
			_, err := pw.Write(chunk)
			res.Settle(func() {
				if err == nil {
					next()
				}
			})
		})
		return goja.Undefined()
	})
	// The stream's error is the fetch's cause, as in undici.
	onError := c.l.Func(func(call goja.FunctionCall) goja.Value {
		pw.CloseWithError(newJSCause(call.Argument(0)))
		return goja.Undefined()
	})
	next = func() {
		if ctx.Err() != nil {
			pw.CloseWithError(ctx.Err())
			return
		}
		pv, err := pull(goja.Undefined())
		if err != nil {
			var ex *goja.Exception
			if errors.As(err, &ex) {
				err = newJSCause(ex.Value())
			}
			pw.CloseWithError(err)
			return
		}
		then, _ := goja.AssertFunction(pv.ToObject(vm).Get("then"))
		then(pv, onChunk, onError)
	}
	next()
}

// uploadChunk is the bytes of a chunk a request body stream yielded, as
// undici writes it to the socket: a string as UTF-8, a typed array or
// DataView as its bytes; anything else is the TypeError Node's socket
// write throws, which fails the fetch as its cause.
func (c *core) uploadChunk(v goja.Value) ([]byte, *goja.Object) {
	vm := c.vm
	if s, ok := v.Export().(string); ok {
		return []byte(s), nil
	}
	if o, ok := v.(*goja.Object); ok {
		if _, isBuf := o.Export().(goja.ArrayBuffer); isBuf {
			return nil, jsloop.InvalidArgType(vm, "chunk", "of type string or an instance of Buffer, TypedArray, or DataView", v)
		}
		if r, err := c.isView(goja.Undefined(), o); err == nil && r.ToBoolean() {
			return append([]byte(nil), bytesOf(v)...), nil
		}
	}
	return nil, jsloop.InvalidArgType(vm, "string", "of type string or an instance of Buffer or ArrayBuffer", v)
}

// jsCause carries a JS error (made on the loop) through Go code that fails
// a request, to become the fetch's cause as it is. Its message is taken on
// the loop: net/http may format the error on its own goroutines, where the
// value must not be touched.
type jsCause struct {
	v   goja.Value
	msg string
}

func newJSCause(v goja.Value) (e *jsCause) {
	e = &jsCause{v: v, msg: "request body stream errored"}
	defer func() { _ = recover() }() // a toString that throws keeps the plain message
	e.msg = v.String()
	return e
}

func (e *jsCause) Error() string { return e.msg }

// fetchFailed is undici's TypeError("fetch failed") with the Go error, as a
// Node-shaped system error where one fits, as its cause.
func fetchFailed(vm *goja.Runtime, err error) goja.Value {
	e, _ := vm.New(vm.Get("TypeError"), vm.ToValue("fetch failed"))
	e.Set("cause", causeError(vm, err))
	return e
}

func causeError(vm *goja.Runtime, err error) goja.Value {
	var jc *jsCause
	if errors.As(err, &jc) {
		return jc.v
	}
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	msg := err.Error()
	code := ""
	var se syscall.Errno
	var dnsErr *net.DNSError
	var opErr *net.OpError
	var te *timeoutError
	switch {
	case errors.As(err, &te):
		code = "ETIMEDOUT"
	case errors.As(err, &dnsErr):
		code = "ENOTFOUND"
		msg = "getaddrinfo ENOTFOUND " + dnsErr.Name
	case errors.As(err, &se):
		code = errnoCode(se)
		if errors.As(err, &opErr) && opErr.Op == "dial" && opErr.Addr != nil {
			msg = "connect " + code + " " + opErr.Addr.String()
		}
	case errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, context.DeadlineExceeded):
		code = "ETIMEDOUT"
	case errors.Is(err, io.ErrUnexpectedEOF):
		msg = "other side closed"
		code = "UND_ERR_SOCKET"
	case errors.Is(err, gzip.ErrHeader) || errors.Is(err, zlib.ErrHeader):
		// A body that is not what its Content-Encoding says: Node's zlib.
		msg, code = "incorrect header check", "Z_DATA_ERROR"
	case errors.Is(err, gzip.ErrChecksum) || errors.Is(err, zlib.ErrChecksum):
		msg, code = "incorrect data check", "Z_DATA_ERROR"
	}
	e, _ := vm.New(vm.Get("Error"), vm.ToValue(msg))
	if code != "" {
		e.Set("code", code)
	}
	if se != 0 {
		e.Set("errno", -int(se))
		if opErr != nil {
			e.Set("syscall", "connect")
			if ta, ok := opErr.Addr.(*net.TCPAddr); ok {
				e.Set("address", ta.IP.String())
				e.Set("port", ta.Port)
			}
		}
	}
	return e
}

func errnoCode(e syscall.Errno) string {
	switch e {
	case syscall.ECONNREFUSED:
		return "ECONNREFUSED"
	case syscall.ECONNRESET:
		return "ECONNRESET"
	case syscall.ETIMEDOUT:
		return "ETIMEDOUT"
	case syscall.EHOSTUNREACH:
		return "EHOSTUNREACH"
	case syscall.ENETUNREACH:
		return "ENETUNREACH"
	case syscall.EADDRNOTAVAIL:
		return "EADDRNOTAVAIL"
	case syscall.EPIPE:
		return "EPIPE"
	}
	return "E" + strings.ToUpper(strconv.Itoa(int(e)))
}

// bytesOf returns the bytes of an ArrayBuffer or ArrayBuffer view.
func bytesOf(v goja.Value) []byte {
	switch x := v.Export().(type) {
	case goja.ArrayBuffer:
		return x.Bytes()
	case []byte:
		return x
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	buf := o.Get("buffer")
	if buf == nil {
		return nil
	}
	if ab, ok := buf.Export().(goja.ArrayBuffer); ok {
		off := o.Get("byteOffset").ToInteger()
		n := o.Get("byteLength").ToInteger()
		if b := ab.Bytes(); off >= 0 && n >= 0 && off+n <= int64(len(b)) {
			return b[off : off+n]
		}
	}
	return nil
}

func stringsOf(vm *goja.Runtime, v goja.Value) []string {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := int(o.Get("length").ToInteger())
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = o.Get(strconv.Itoa(i)).String()
	}
	return out
}
