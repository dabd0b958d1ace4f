package url_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jsloop/jsloop/hostapi/hostapitest"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi/url"
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

// The same scripts under jsloop and Node print the same bytes. Each case
// prints with console.log; want is Node 20's output.
func TestLikeNode(t *testing.T) {
	t.Parallel()
	// Node 20 differs from the URL Standard (and WPT) on these: want is
	// the Standard's.
	specOnly := map[string]bool{"opaque path spaces": true}
	tests := []struct{ name, src, want string }{
		{"components", `
const u = new URL('https://user:pa ss@EXAMPLE.com:8080/a/./b/../c d?q=ü&r#f g');
console.log(u.href);
console.log(u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash);`,
			"https://user:pa%20ss@example.com:8080/a/c%20d?q=%C3%BC&r#f%20g\nhttps://example.com:8080 https: user pa%20ss example.com:8080 example.com 8080 /a/c%20d ?q=%C3%BC&r #f%20g\n"},
		{"relative and special cases", `
console.log(new URL('../x?y#z', 'http://h/a/b/c').href);
console.log(new URL('//other/p', 'https://h/').href);
console.log(new URL('file:///C:/x/../y').href, new URL('http://[::1]:80/').href);
console.log(new URL('http://0x7f.1/').host, new URL('http://faß.de/').hostname);
console.log(new URL('blob:https://a.com/uuid').origin, new URL('data:text/plain,hi').origin);`,
			"http://h/a/x?y#z\nhttps://other/p\nfile:///C:/y http://[::1]/\n127.0.0.1 xn--fa-hia.de\nhttps://a.com null\n"},
		{"opaque path spaces", `
const u = new URL('non-special:opaque  ?hi');
console.log(u.href, u.pathname);
u.search = ''; console.log(u.href);`,
			"non-special:opaque %20?hi opaque %20\nnon-special:opaque %20\n"},
		{"setters", `
const u = new URL('https://example.com/p?a=1#h');
u.port = '8080'; u.hostname = 'EXAMPLE.org'; u.protocol = 'http'; u.username = 'me@x';
u.pathname = 'q r'; u.hash = ''; u.search = 'b=2 3';
console.log(u.href);
u.port = '80'; u.host = 'h:99999'; console.log(u.host);
u.protocol = 'file'; console.log(u.protocol);
u.href = 'ws://w/'; console.log(u.href, u.origin);`,
			"http://me%40x@example.org:8080/q%20r?b=2%203\nh\nhttp:\nws://w/ ws://w\n"},
		{"errors", `
for (const f of [() => new URL('x'), () => new URL('x', 'y'), () => new URL('http://a', 'nope'), () => new URL(),
  () => { new URL('http://a').href = 'bad'; }, () => URL.canParse(), () => new URL(Symbol())]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message, e.input, e.base, Object.keys(e).join()); }
}`,
			"TypeError ERR_INVALID_URL Invalid URL x undefined code,input\n" +
				"TypeError ERR_INVALID_URL Invalid URL x y code,input,base\n" +
				"TypeError ERR_INVALID_URL Invalid URL http://a nope code,input,base\n" +
				"TypeError ERR_MISSING_ARGS The \"url\" argument must be specified undefined undefined code\n" +
				"TypeError ERR_INVALID_URL Invalid URL bad undefined code,input\n" +
				"TypeError ERR_MISSING_ARGS The \"url\" argument must be specified undefined undefined code\n" +
				"TypeError undefined Cannot convert a Symbol value to a string undefined undefined \n"},
		{"statics", `
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://h/'));
console.log(URL.parse('nope'), URL.parse('/p', 'http://h').href, Object.getOwnPropertyNames(URL).join());`,
			"true false true\nnull http://h/p length,name,prototype,parse,canParse,createObjectURL,revokeObjectURL\n"},
		{"shape", `
console.log(Object.getOwnPropertyNames(URL.prototype).join(), Object.getOwnPropertyNames(URLSearchParams.prototype).join());
console.log(URL.length, URLSearchParams.length, URLSearchParams.prototype.append.length, URL.name, Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.name);
console.log(Object.prototype.toString.call(new URL('http://a')), Object.prototype.toString.call(new URLSearchParams()), Object.prototype.toString.call(new URLSearchParams().keys()));
console.log(JSON.stringify(new URL('http://a')), JSON.stringify(new URLSearchParams('a=b')), String(new URL('http://a/b')), Object.keys(new URL('http://a')).length);
class My extends URL { x() { return 1; } }; const m = new My('http://m'); console.log(m.x(), m.href, m instanceof URL);
try { Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}); } catch (e) { console.log(e.message); }
try { URLSearchParams.prototype.get.call({}, 'a'); } catch (e) { console.log(e.code, e.message); }`,
			"constructor,toString,href,origin,protocol,username,password,host,hostname,port,pathname,search,searchParams,hash,toJSON constructor,size,append,delete,get,getAll,has,set,sort,entries,forEach,keys,values,toString\n" +
				"1 0 2 URL get href\n[object URL] [object URLSearchParams] [object URLSearchParams Iterator]\n" +
				"\"http://a/\" {} http://a/b 0\n1 http://m/ true\nReceiver must be an instance of class URL\nERR_INVALID_THIS Value of \"this\" must be of type URLSearchParams\n"},
		{"search params", `
const p = new URLSearchParams('?b=2&a=1&c=x+y&a=%zz&d');
console.log(p.toString(), p.size, p.get('a'), p.getAll('a'), p.get('none'), p.has('a', '1'), p.has('a', '3'));
p.sort(); console.log(String(p));
p.delete('a', '1'); p.set('c', 'é &='); p.append('e', ''); console.log(String(p));
console.log(new URLSearchParams([['x', 1], new Set(['y', 2])]).toString(), new URLSearchParams({k: 'v', '\uD800': 's'}).toString());
console.log(new URLSearchParams(p).toString() === p.toString(), [...new URLSearchParams('a=1&b=2').keys()].join());
console.log([...new URLSearchParams('a=1&b=2')].join(';'), new URLSearchParams('\uFEFFa=%EF%BB%BF').get('\uFEFFa').length);
new URLSearchParams('x=1&y=2').forEach(function (v, k, o) { console.log(v, k, o instanceof URLSearchParams, this.t); }, { t: 'T' });
const q = new URLSearchParams('z=1&\u{1F600}=2&\uFFFD=3'); q.sort(); console.log([...q.keys()].map((k) => k.codePointAt(0)).join());`,
			"b=2&a=1&c=x+y&a=%25zz&d= 5 1 [ '1', '%zz' ] null true false\n" +
				"a=1&a=%25zz&b=2&c=x+y&d=\n" +
				"a=%25zz&b=2&c=%C3%A9+%26%3D&d=&e=\n" +
				"x=1&y=2 k=v&%EF%BF%BD=s\ntrue a,b\na,1;b,2 1\n1 x true T\n2 y true T\n122,128512,65533\n"},
		{"search params errors", `
for (const f of [() => new URLSearchParams([[1]]), () => new URLSearchParams([1]), () => new URLSearchParams({ [Symbol.iterator]: 5 }),
  () => new URLSearchParams().append('a'), () => new URLSearchParams().get(), () => new URLSearchParams().forEach(5),
  () => new URLSearchParams({ [Symbol('s')]: 1 })]) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}`,
			"TypeError ERR_INVALID_TUPLE Each query pair must be an iterable [name, value] tuple\n" +
				"TypeError ERR_INVALID_TUPLE Each query pair must be an iterable [name, value] tuple\n" +
				"TypeError ERR_ARG_NOT_ITERABLE Query pairs must be iterable\n" +
				"TypeError ERR_MISSING_ARGS The \"name\" and \"value\" arguments must be specified\n" +
				"TypeError ERR_MISSING_ARGS The \"name\" argument must be specified\n" +
				"TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type number (5)\n" +
				"TypeError undefined Cannot convert a Symbol value to a string\n"},
		{"live binding", `
const u = new URL('http://a/?x=1');
const s = u.searchParams;
console.log(s === u.searchParams);
s.append('y', '2 3'); console.log(u.href, u.search);
u.search = '?z=9'; console.log([...s].join());
u.href = 'http://b/?k=v#f'; console.log(s.get('k'));
s.delete('k'); console.log(u.href);
const it = s.entries(); s.append('n', '1'); console.log(it.next().value.join());`,
			"true\nhttp://a/?x=1&y=2+3 ?x=1&y=2+3\nz,9\nv\nhttp://b/#f\nn,1\n"},
		{"inspect", `
console.log(new URL('http://u:p@a:8/p?q=1#h'));
console.log(new URLSearchParams('a=1&b=2'), new URLSearchParams(), [new URLSearchParams('x=1')]);
console.log(new URLSearchParams('a=' + 'x'.repeat(80) + '&b=2'));
const it = new URLSearchParams('a=1&b=2').entries(); it.next(); console.log(it, new URLSearchParams('a=1').keys());
console.log({ a: { b: { c: new URL('http://x') } } }, require('util').inspect(new URLSearchParams('a=1'), { depth: -1 }));`,
			`URL {
  href: 'http://u:p@a:8/p?q=1#h',
  origin: 'http://a:8',
  protocol: 'http:',
  username: 'u',
  password: 'p',
  host: 'a:8',
  hostname: 'a',
  port: '8',
  pathname: '/p',
  search: '?q=1',
  searchParams: URLSearchParams { 'q' => '1' },
  hash: '#h'
}
URLSearchParams { 'a' => '1', 'b' => '2' } URLSearchParams {} [ URLSearchParams { 'x' => '1' } ]
URLSearchParams {
  'a' => 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'b' => '2' }
URLSearchParams Iterator { [ 'b', '2' ] } URLSearchParams Iterator { 'a' }
{ a: { b: { c: URL {} } } } [Object]
`},
		{"object URLs", `
const id = URL.createObjectURL(new Blob(['xyz']));
console.log(/^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id), new URL(id).origin);
console.log(URL.revokeObjectURL(id), URL.revokeObjectURL('junk'));
try { URL.createObjectURL('x'); } catch (e) { console.log(e.code, e.message); }
try { URL.revokeObjectURL(); } catch (e) { console.log(e.code, e.message); }`,
			"true null\nundefined undefined\nERR_INVALID_ARG_TYPE The \"obj\" argument must be an instance of Blob. Received type string ('x')\nERR_MISSING_ARGS The \"url\" argument must be specified\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := run(t, tc.src); got != tc.want {
				t.Errorf("jsloop printed\n%s\nwant\n%s", got, tc.want)
			}
			if specOnly[tc.name] {
				return
			}
			if got, ok := runNode(t, tc.src); ok && got != tc.want {
				t.Errorf("node printed\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// An uncaught invalid URL prints as Node prints it.
func TestUncaughtInvalidURL(t *testing.T) {
	t.Parallel()
	var out, errOut bytes.Buffer
	l := newLoop(t, &out, &errOut)
	err := l.RunScript(context.Background(), "bad.js", "new URL('x');\n")
	var ue *jsloop.UncaughtError
	if !errors.As(err, &ue) {
		t.Fatalf("err = %v, want an UncaughtError", err)
	}
	for _, want := range []string{"TypeError: Invalid URL\n", "code: 'ERR_INVALID_URL'", "input: 'x'"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut.String())
		}
	}
}

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		input, base, want string
		fail              bool
	}{
		{"https://EXAMPLE.com/a/../b?c d#e", "", "https://example.com/b?c%20d#e", false},
		{"/x?y", "http://h/a/b", "http://h/x?y", false},
		{"  http://h/\t\n  ", "", "http://h/", false},
		{"http://[1:0::]:443", "", "http://[1::]:443/", false},
		{"https://☃.net/", "", "https://xn--n3h.net/", false},
		{"x", "", "", true},
		{"x", "not a base", "", true},
		{"http://a b/", "", "", true},
		{"http://h:65536/", "", "", true},
	}
	for _, tc := range tests {
		href, err := url.Parse(nil, tc.input, tc.base)
		if tc.fail {
			var ie *url.InvalidURLError
			if !errors.As(err, &ie) || err.Error() != "Invalid URL" || ie.Input != tc.input || ie.Base != tc.base {
				t.Errorf("Parse(%q, %q) = %q, %v; want an InvalidURLError", tc.input, tc.base, href, err)
			}
			continue
		}
		if err != nil || href != tc.want {
			t.Errorf("Parse(%q, %q) = %q, %v; want %q", tc.input, tc.base, href, err, tc.want)
		}
	}
}

// The error Parse returns becomes Node's TypeError in JS.
func TestInvalidURLErrorJSValue(t *testing.T) {
	t.Parallel()
	var out, errOut bytes.Buffer
	l := newLoop(t, &out, &errOut)
	_, err := url.Parse(l, "x", "http://[")
	var je jsloop.JSError
	if !errors.As(err, &je) {
		t.Fatalf("%T is not a jsloop.JSError", err)
	}
	vm := l.VM()
	vm.Set("err", je.JSValue(vm))
	v, e := vm.RunString(`[err instanceof TypeError, err.code, err.message, err.input, err.base].join()`)
	if e != nil || v.String() != "true,ERR_INVALID_URL,Invalid URL,x,http://[" {
		t.Errorf("got %v, %v", v, e)
	}
}

func TestSearchParamsGoAPI(t *testing.T) {
	t.Parallel()
	var out, errOut bytes.Buffer
	l := newLoop(t, &out, &errOut)
	vm := l.VM()
	sp := url.NewSearchParams(l, "?a=1&b=x+y&a=%C3%A9")
	vm.Set("sp", sp)
	v, err := vm.RunString(`sp.append('c', ' '); [sp instanceof URLSearchParams, sp.getAll('a').join(), sp.get('b')].join('|')`)
	if err != nil || v.String() != "true|1,é|x y" {
		t.Errorf("got %v, %v", v, err)
	}
	if s, ok := url.SearchParamsString(sp); !ok || s != "a=1&b=x+y&a=%C3%A9&c=+" {
		t.Errorf("SearchParamsString = %q, %v", s, ok)
	}
	u, _ := vm.RunString(`new URL('http://h/?q=1')`)
	for _, v := range []goja.Value{u, vm.ToValue("a=1"), goja.Undefined(), vm.NewObject()} {
		if s, ok := url.SearchParamsString(v); ok {
			t.Errorf("SearchParamsString(%v) = %q, true", v, s)
		}
	}
	fromURL, _ := vm.RunString(`const x = new URL('http://h/?q=1&r'); x.searchParams`)
	if s, ok := url.SearchParamsString(fromURL); !ok || s != "q=1&r=" {
		t.Errorf("SearchParamsString(url.searchParams) = %q, %v", s, ok)
	}
	if href, ok := url.Href(u); !ok || href != "http://h/?q=1" {
		t.Errorf("Href = %q, %v", href, ok)
	}
}

func TestResolveObjectURL(t *testing.T) {
	t.Parallel()
	var out, errOut bytes.Buffer
	l := newLoop(t, &out, &errOut)
	v, err := l.VM().RunString(`URL.createObjectURL(new Blob(['hi'], { type: 'Text/Plain' }))`)
	if err != nil {
		t.Fatal(err)
	}
	id := v.String()
	if data, typ, ok := url.ResolveObjectURL(l, id+"#frag"); !ok || string(data) != "hi" || typ != "text/plain" {
		t.Errorf("ResolveObjectURL = %q, %q, %v", data, typ, ok)
	}
	if _, err := l.VM().RunString(`URL.revokeObjectURL('` + id + `')`); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := url.ResolveObjectURL(l, id); ok {
		t.Error("resolved a revoked URL")
	}
}

// Start-up cost: enabling the package builds nothing until a script uses
// URL or URLSearchParams.
func TestLazy(t *testing.T) {
	t.Parallel()
	var out, errOut bytes.Buffer
	l := newLoop(t, &out, &errOut)
	v, err := l.VM().RunString(`Object.getOwnPropertyDescriptor(globalThis, 'URL').get !== undefined`)
	if err != nil || !v.ToBoolean() {
		t.Errorf("URL is not a lazy accessor before first use: %v %v", v, err)
	}
	v, err = l.VM().RunString(`typeof URL + typeof URLSearchParams + typeof Object.getOwnPropertyDescriptor(globalThis, 'URL').value`)
	if err != nil || v.String() != "functionfunctionfunction" {
		t.Errorf("got %v, %v", v, err)
	}
}
