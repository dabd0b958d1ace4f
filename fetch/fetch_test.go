package fetch_test

import (
	"compress/gzip"
	"compress/zlib"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/jsloop/jsloop/fetch"
	"github.com/jsloop/jsloop/hostapi"
	"github.com/jsloop/jsloop/jsloop"
	"github.com/jsloop/jsloop/timers"
)

// run runs src with fetch enabled and BASE set to base; it returns what
// the script printed with console.log and Run's error.
func run(t *testing.T, base, src string, opts ...fetch.Option) (string, error) {
	t.Helper()
	var out, errOut strings.Builder
	l := jsloop.New(jsloop.WithStdout(&out), jsloop.WithStderr(&errOut))
	if err := timers.Enable(l); err != nil {
		t.Fatal(err)
	}
	if err := hostapi.Enable(l); err != nil {
		t.Fatal(err)
	}
	if err := fetch.Enable(l, opts...); err != nil {
		t.Fatal(err)
	}
	l.VM().Set("BASE", base)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	err := l.RunScript(ctx, "test.js", src)
	if err != nil && errOut.Len() > 0 {
		t.Logf("stderr:\n%s", errOut.String())
	}
	return out.String(), err
}

func server(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Add("Set-Cookie", "a=1")
		w.Header().Add("Set-Cookie", "b=2")
		fmt.Fprint(w, `{"hello":"world","n":42}`)
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s %s ct=%s ua=%s len=%d body=%s", r.Method, r.URL.RequestURI(), r.Header.Get("Content-Type"),
			r.Header.Get("User-Agent"), r.ContentLength, b)
	})
	mux.HandleFunc("/status/", func(w http.ResponseWriter, r *http.Request) {
		var code int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/status/"), "%d", &code)
		w.WriteHeader(code)
	})
	mux.HandleFunc("/redirect/", func(w http.ResponseWriter, r *http.Request) {
		var code int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/redirect/"), "%d", &code)
		http.Redirect(w, r, "/echo", code)
	})
	mux.HandleFunc("/r", func(w http.ResponseWriter, r *http.Request) {
		var code int
		fmt.Sscanf(r.URL.Query().Get("c"), "%d", &code)
		w.Header().Set("Location", r.URL.Query().Get("to"))
		w.WriteHeader(code)
		fmt.Fprint(w, "redirect body")
	})
	mux.HandleFunc("/e", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s ct=%s ref=%s auth=%s body=%s", r.Method, r.Header.Get("Content-Type"), r.Header.Get("Referer"),
			r.Header.Get("Authorization"), b)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/reset", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "1000")
		w.Write([]byte("partial"))
		w.(http.Flusher).Flush()
		conn, _, _ := w.(http.Hijacker).Hijack()
		conn.(*net.TCPConn).SetLinger(0)
		conn.Close()
	})
	mux.HandleFunc("/slowbody", func(w http.ResponseWriter, r *http.Request) {
		// A small body of known length sent well after its head.
		w.Header().Set("Content-Length", "10")
		w.WriteHeader(200)
		w.(http.Flusher).Flush()
		select {
		case <-time.After(150 * time.Millisecond):
		case <-r.Context().Done():
			return
		}
		w.Write([]byte("0123456789"))
	})
	mux.HandleFunc("/badgzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write([]byte("not gzip at all"))
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Latin", "caf\xe9")
		w.Header().Set("X-Echo", r.Header.Get("X-In"))
		w.Header().Set("X-Lang", r.Header.Get("Accept-Language")+"|"+r.Header.Get("Sec-Fetch-Mode")+"|"+r.Header.Get("Accept-Encoding"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 2<<20)))
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write([]byte("hello gzip"))
		zw.Close()
	})
	mux.HandleFunc("/br", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "br")
		bw := brotli.NewWriter(w)
		bw.Write([]byte("hello br"))
		bw.Close()
	})
	mux.HandleFunc("/deflate", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "deflate")
		zw := zlib.NewWriter(w)
		zw.Write([]byte("hello deflate"))
		zw.Close()
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func TestFetch(t *testing.T) {
	s := server(t)
	cases := []struct{ name, src, want string }{
		{"json and headers", `
			fetch(BASE + '/json').then(async (r) => {
				console.log(r.status, r.ok, r.statusText, r.type, r.url === BASE + '/json', r.redirected);
				console.log(r.headers.get('content-type'), r.headers.get('set-cookie'), r.headers.getSetCookie());
				console.log(r.bodyUsed, await r.json(), r.bodyUsed);
			});`,
			"200 true OK basic true false\napplication/json a=1, b=2 [ 'a=1', 'b=2' ]\nfalse { hello: 'world', n: 42 } true\n"},
		{"post text body", `
			fetch(BASE + '/echo?q=1', { method: 'POST', body: 'héllo' }).then((r) => r.text()).then(console.log);`,
			"POST /echo?q=1 ct=text/plain;charset=UTF-8 ua=jsloop/" + jsloop.Version + " len=6 body=héllo\n"},
		{"post bytes and custom headers", `
			fetch(BASE + '/echo', { method: 'PUT', body: new Uint8Array([104, 105]), headers: { 'user-agent': 'ua-test' } })
				.then((r) => r.text()).then(console.log);`,
			"PUT /echo ct= ua=ua-test len=2 body=hi\n"},
		{"a slow small body: the head first, the body later", `
			const t = setTimeout(() => console.log('timer'), 60);
			fetch(BASE + '/slowbody').then(async (r) => {
				console.log('head', r.status);
				console.log('body', await r.text());
			});`,
			"head 200\ntimer\nbody 0123456789\n"},
		{"an abort after the head of a slow small body fails the read", `
			const ac = new AbortController();
			fetch(BASE + '/slowbody', { signal: ac.signal }).then(async (r) => {
				setTimeout(() => ac.abort(), 20);
				await r.text().then(() => console.log('read'), (e) => console.log(e.name, e.message));
			});`,
			"AbortError This operation was aborted\n"},
		{"a body that is not what its encoding says fails the read, not the fetch", `
			fetch(BASE + '/badgzip').then(async (r) => {
				console.log(r.status);
				await r.text().catch((e) => console.log(e.name, e.message, e.cause.code, e.cause.message));
			});`,
			"200\nTypeError terminated Z_DATA_ERROR incorrect header check\n"},
		{"header values are Latin-1 both ways; undici's default headers", `
			fetch(BASE + '/latin1', { headers: { 'x-in': 'café' } }).then((r) => {
				console.log(r.headers.get('x-latin') === 'caf\u00e9', r.headers.get('x-echo') === 'caf\u00e9');
				console.log(r.headers.get('x-lang'));
			});`,
			"true true\n*|cors|gzip, deflate\n"},
		{"a 307 after a streamed body is a network error (the body cannot be sent again)", `
			const body = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } });
			fetch(BASE + '/redirect/307', { method: 'POST', body, duplex: 'half' })
				.then((r) => console.log('resolved', r.status), (e) => console.log(e.name, e.message, JSON.stringify(e.cause.message)));`,
			"TypeError fetch failed \"\"\n"},
		{"aborting a streamed upload that stalls ends the request", `
			const ac = new AbortController();
			let pulls = 0;
			const body = new ReadableStream({ pull(c) { if (++pulls < 3) c.enqueue(new Uint8Array([65])); } });
			setTimeout(() => ac.abort(), 50);
			fetch(BASE + '/echo', { method: 'POST', body, duplex: 'half', signal: ac.signal })
				.then(() => console.log('resolved'), (e) => console.log(e.name));`,
			"AbortError\n"},
		{"statuses", `
			Promise.all([404, 500, 204].map((c) => fetch(BASE + '/status/' + c))).then((rs) => {
				for (const r of rs) console.log(r.status, r.ok, r.statusText, r.status === 204 ? r.body === null : 'has body');
			});`,
			"404 false Not Found has body\n500 false Internal Server Error has body\n204 true No Content true\n"},
		{"redirects", `
			(async () => {
				let r = await fetch(BASE + '/redirect/302', { method: 'POST', body: 'x' });
				console.log(r.redirected, r.url === BASE + '/echo', await r.text());
				r = await fetch(BASE + '/redirect/307', { method: 'POST', body: 'x' });
				console.log(await r.text());
				r = await fetch(BASE + '/redirect/301', { redirect: 'manual' });
				console.log(r.status, r.headers.get('location'), r.redirected);
				await fetch(BASE + '/redirect/302', { redirect: 'error' }).catch((e) => console.log(e.name, e.message, e.cause.message));
				await fetch(BASE + '/loop').catch((e) => console.log(e.name, e.message, e.cause.message));
			})();`,
			"true true GET /echo ct= ua=jsloop/" + jsloop.Version + " len=0 body=\nPOST /echo ct=text/plain;charset=UTF-8 ua=jsloop/" + jsloop.Version + " len=1 body=x\n301 /echo false\nTypeError fetch failed unexpected redirect\nTypeError fetch failed redirect count exceeded\n"},
		{"redirect rules as undici", `
			const r = (c, to) => BASE + '/r?c=' + c + '&to=' + encodeURIComponent(to);
			const stream = () => new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } });
			(async () => {
				for (const [c, m] of [[301,'PUT'],[302,'PUT'],[301,'POST'],[303,'POST'],[303,'PUT'],[307,'POST'],[308,'PUT']]) {
					const res = await fetch(r(c, '/e'), { method: m, body: 'x', headers: { authorization: 'a' } });
					console.log(c, m, '->', await res.text());
				}
				let res = await fetch(r(302, BASE.replace('127.0.0.1', 'localhost') + '/e'), { headers: { authorization: 'a' } });
				console.log('cross', await res.text());
				res = await fetch(r(303, '/e'), { method: 'HEAD' });
				console.log('head', res.status, res.url.endsWith('/e'));
				await fetch(r(302, 'ftp://x/'), {}).catch((e) => console.log(e.message, e.cause?.message));
				await fetch(r(302, 'http://[bad'), {}).catch((e) => console.log(e.message, e.cause?.message));
				await fetch(r(301, '/e'), { method: 'PUT', body: stream(), duplex: 'half' }).catch((e) => console.log('stream 301', e.message, JSON.stringify(e.cause?.message)));
				res = await fetch(r(303, '/e'), { method: 'POST', body: stream(), duplex: 'half' });
				console.log('stream 303', await res.text());
			})();`,
			`301 PUT -> PUT ct=text/plain;charset=UTF-8 ref= auth=a body=x
302 PUT -> PUT ct=text/plain;charset=UTF-8 ref= auth=a body=x
301 POST -> GET ct= ref= auth=a body=
303 POST -> GET ct= ref= auth=a body=
303 PUT -> GET ct= ref= auth=a body=
307 POST -> POST ct=text/plain;charset=UTF-8 ref= auth=a body=x
308 PUT -> PUT ct=text/plain;charset=UTF-8 ref= auth=a body=x
cross GET ct= ref= auth= body=
head 200 true
fetch failed URL scheme must be a HTTP(S) scheme
fetch failed Invalid URL
stream 301 fetch failed ""
stream 303 GET ct= ref= auth= body=
`},
		{"upload stream chunks as undici writes them", `
			const up = (...chunks) => fetch(BASE + '/e', { method: 'POST', duplex: 'half',
				body: new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } }) })
				.then((r) => r.text()).then((t) => console.log(t.slice(t.indexOf('body='))),
					(e) => console.log(e.message, e.cause.name, e.cause.code, e.cause.message));
			(async () => {
				await up('str', new Uint8Array([65]), 'é');
				await up(new Uint16Array([0x4142]), new DataView(new Uint8Array([104, 105]).buffer));
				await up(new Uint8Array([1]).buffer);
				await up({ a: 1 });
				await up(42);
				await fetch(BASE + '/e', { method: 'POST', duplex: 'half', body: new ReadableStream({ pull(c) { c.error(new RangeError('boom')); } }) })
					.catch((e) => console.log(e.message, e.cause.name, e.cause.message));
			})();`,
			`body=strAé
body=BAhi
fetch failed TypeError ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of ArrayBuffer
fetch failed TypeError ERR_INVALID_ARG_TYPE The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received an instance of Object
fetch failed TypeError ERR_INVALID_ARG_TYPE The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received type number (42)
fetch failed RangeError boom
`},
		{"content-encodings decoded", `
			Promise.all(['/gzip', '/deflate', '/br'].map((p) => fetch(BASE + p).then((r) => r.text()))).then((a) => console.log(a.join('|')));`,
			"hello gzip|hello deflate|hello br\n"},
		{"server resets mid-body", `
			fetch(BASE + '/reset').then((r) => r.text()).catch((e) => console.log(e.name, e.message, typeof e.cause));`,
			"TypeError terminated object\n"},
		{"connection refused", `
			fetch('http://127.0.0.1:1/').catch((e) => console.log(e.message, e.cause.message));
			fetch(CLOSED).catch((e) => console.log(e.name, e.message, e.cause.code, e.cause.syscall));`,
			"fetch failed bad port\nTypeError fetch failed ECONNREFUSED connect\n"},
		{"bad input", `
			const t = (f) => f().catch((e) => console.log(e.name + ': ' + e.message));
			(async () => {
				await t(() => fetch('not a url'));
				await t(() => fetch('ftp://x/'));
				await t(() => fetch('http://u:p@localhost/'));
				await t(() => fetch(BASE, { body: 'x' }));
				await t(() => fetch(BASE, { method: 'TRACE' }));
				await t(() => fetch(BASE, { method: 'bad method' }));
				await t(() => fetch(BASE, { headers: { 'bad name': 'x' } }));
				await t(() => fetch(BASE, { headers: { a: 'x\ny' } }));
			})();`,
			"TypeError: Failed to parse URL from not a url\nTypeError: fetch failed\n" +
				"TypeError: Request cannot be constructed from a URL that includes credentials: http://u:p@localhost/\n" +
				"TypeError: Request with GET/HEAD method cannot have body.\nTypeError: 'TRACE' HTTP method is unsupported.\n" +
				"TypeError: 'bad method' is not a valid HTTP method.\nTypeError: Headers.append: \"bad name\" is an invalid header name.\n" +
				"TypeError: Headers.append: \"x\ny\" is an invalid header value.\n"},
		{"data url", `fetch('data:text/plain;base64,aGVsbG8=').then(async (r) => console.log(r.status, r.headers.get('content-type'), await r.text()));`,
			"200 text/plain hello\n"},
	}
	closed := closedAddr(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := runtime.NumGoroutine()
			out, err := run(t, s.URL, "const CLOSED = "+fmt.Sprintf("%q", closed)+";\n"+c.src)
			if err != nil {
				t.Fatalf("%v\nout: %s", err, out)
			}
			if out != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", out, c.want)
			}
			fetch.CloseIdleConnections()
			waitGoroutines(t, before)
		})
	}
}

// closedAddr is the URL of a port nothing listens on.
func closedAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return "http://" + addr + "/"
}

func TestAllowNet(t *testing.T) {
	s := server(t)
	out, err := run(t, s.URL, `
		fetch(BASE + '/json').then((r) => console.log('allowed', r.status));
		fetch('http://127.0.0.2:8/').catch((e) => console.log(e.name, e.code, e.message));`,
		fetch.WithAllowNet(strings.TrimPrefix(s.URL, "http://")))
	if err != nil {
		t.Fatal(err)
	}
	want := "TypeError ERR_ACCESS_DENIED Requires net access to \"127.0.0.2:8\", run again with the --allow-net flag\nallowed 200\n"
	if out != want {
		t.Errorf("got %q want %q", out, want)
	}
}

func TestMaxBodySize(t *testing.T) {
	s := server(t)
	out, err := run(t, s.URL, `
		fetch(BASE + '/big').then((r) => r.text()).catch((e) => console.log(e.name, e.code));
		fetch(BASE + '/json').then((r) => r.text()).then((t) => console.log(t.length));`,
		fetch.WithMaxBodySize(1<<20))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "TypeError ERR_FETCH_BODY_TOO_LARGE") || !strings.Contains(out, "24\n") {
		t.Errorf("got %q", out)
	}
}

// 10,000 requests in flight at once: all complete, with no goroutine left.
// The server speaks HTTP/2 (one connection carries them all), since client
// and server share this process's file-descriptor limit; against another
// process the client would hold one connection per request.
func TestTenThousandInFlight(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	var inflight, peak atomic.Int64
	release := make(chan struct{})
	s := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inflight.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		if n == 10000 {
			close(release)
		}
		select {
		case <-release:
		case <-time.After(20 * time.Second):
		}
		inflight.Add(-1)
		fmt.Fprint(w, "ok")
	}))
	s.EnableHTTP2 = true
	s.Config.HTTP2 = &http.HTTP2Config{MaxConcurrentStreams: 20000}
	s.StartTLS()
	defer s.Close()
	tr := s.Client().Transport.(*http.Transport).Clone()
	tr.HTTP2 = &http.HTTP2Config{MaxConcurrentStreams: 20000}
	before := runtime.NumGoroutine()
	out, err := run(t, s.URL, `
		const ps = [];
		for (let i = 0; i < 10000; i++) ps.push(fetch(BASE + '/').then((r) => r.text()));
		Promise.all(ps).then((a) => console.log(a.length, a.every((x) => x === 'ok')));`, fetch.WithTransport(tr))
	if err != nil {
		t.Fatal(err)
	}
	if out != "10000 true\n" || peak.Load() != 10000 {
		t.Errorf("out %q, peak in flight %d", out, peak.Load())
	}
	tr.CloseIdleConnections()
	waitGoroutines(t, before)
}

func waitGoroutines(t *testing.T, want int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > want+2 { // +2: the transport's idle-conn reaper and server
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines left (had %d):\n%s", runtime.NumGoroutine(), want, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}
