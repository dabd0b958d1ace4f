package hostapi

import (
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

func cc(snippet string) goldenCase  { return goldenCase{Kind: "console", Expr: snippet} }
func ccs(snippet string) goldenCase { return goldenCase{Kind: "console", Expr: snippet, Stack: true} }

// consoleCases run statements against a console whose stdout and stderr are
// captured as "[out] "/"[err] " prefixed writes (one prefix per write).
var consoleCases = []goldenCase{
	cc(`console.log('hello')`), cc(`console.log()`), cc(`console.log(1, 'a', {b: 2})`),
	cc(`console.error('err', 1)`), cc(`console.warn({w:1})`), cc(`console.info('info')`), cc(`console.debug('dbg')`),
	cc(`console.log('%s=%d', 'x', 5, 'rest')`), cc(`console.log('multi\nline', [1, 2])`), cc(`console.dirxml({a: 1}, 2)`),
	cc(`console.group('G1'); console.log('in 1'); console.group(); console.log({a:1,b:[1,2,3]}); console.log('multi\nline'); console.groupEnd(); console.groupEnd(); console.log('out')`),
	cc(`console.groupCollapsed('collapsed', 1); console.error('err in group'); console.groupEnd(); console.groupEnd(); console.groupEnd(); console.log('top')`),
	cc(`console.group('x'); console.log(Array.from({length:30},(_, i)=>i)); console.group('y'); console.log({a:{b:{c:{}}}, s: 'x'.repeat(70)}); console.groupEnd(); console.groupEnd()`),
	cc(`console.group(); console.group(); console.table([{a:1}]); console.groupEnd(); console.groupEnd()`),
	cc(`console.assert(true, 'no')`), cc(`console.assert(false)`), cc(`console.assert(false, 'msg %s', 'x')`),
	cc(`console.assert(false, {a:1})`), cc(`console.assert(0, 'x', 2)`), cc(`console.assert('', 5, 6)`),
	cc(`console.count(); console.count(); console.count('x'); console.countReset(); console.count(); console.count(undefined); console.count(null)`),
	cc(`console.count(1); console.countReset('1'); console.count(1)`),
	// console.table
	cc(`console.table([{a:1,b:'Y'},{a:'Z',b:2}])`),
	cc(`console.table([[1,2],[3,4,5]])`),
	cc(`console.table({r1:{c1:1,c2:2}, r2:{c2:3,c3:4}})`),
	cc(`console.table([1,'two',{three:3}])`),
	cc(`console.table([{a:1,b:2,c:3},{a:4,b:5,c:6}], ['a','c'])`),
	cc(`console.table([{a:1}], ['a','z'])`),
	cc(`console.table([1,2], ['a'])`),
	cc(`console.table(new Map([['k1',{v:1}],['k2','s']]))`),
	cc(`console.table(new Set(['a', {b: 1}]))`),
	cc(`console.table([{nested:{deep:{deeper:1}}, arr:[1,2,3,4,5], obj:{a:1,b:2,c:3}}])`),
	cc(`console.table(5)`), cc(`console.table('str')`), cc(`console.table(null)`), cc(`console.table([])`),
	cc(`console.table({})`), cc(`console.table(function f(){})`),
	cc(`console.table([{name:'中文',x:'😀'},{name:'abc',x:'é'}])`),
	cc(`console.table([{b:1,a:2,1:3,0:4}])`),
	cc(`console.table({x:[1,2], y:'prim', z:{k:'v'}})`),
	cc(`console.table([['a'],['b','c']], [1])`),
	cc(`console.table([{a: "it's", b: 'x\ny'}])`),
	cc(`console.table([{a:1}], 'a')`),
	// dir
	cc(`console.dir({a:{b:{c:{d:1}}}})`), cc(`console.dir({a:{b:{c:{d:1}}}}, {depth: 0})`),
	cc(`console.dir({a:{b:{c:{d:1}}}}, {depth: null})`),
	cc(`console.dir({[Symbol.for('nodejs.util.inspect.custom')](){ return 'custom' }, x: 1})`),
	cc(`console.dir('str')`), cc(`console.dir('%s', 'ignored')`),
	// trace
	ccs(`console.trace('t %d', 1)`), ccs(`console.trace()`), ccs(`console.group(); console.trace({a: 1}); console.groupEnd()`),
	// exceptions propagate as JS exceptions
	cc(`console.log({get [Symbol.toStringTag](){ throw new Error('tag') }})`),
	cc(`console.log({[Symbol.for('nodejs.util.inspect.custom')](){ throw new TypeError('ci') }})`),
	cc(`console.log('%s', {toString(){ throw new Error('ts') }})`),
	cc(`console.count(Symbol('s'))`),
	cc(`try { console.log({[Symbol.for('nodejs.util.inspect.custom')](){ throw 1 }}) } catch (e) { console.log('caught', e) }`),
}

func TestConsoleGolden(t *testing.T) { checkGoldenCases(t, consoleCases) }

var pidRe = regexp.MustCompile(`\(node:\d+\)`)

func TestConsoleTimeAndWarnings(t *testing.T) {
	vm := goja.New()
	var clock time.Duration
	_ = vm.Set("advance", func(ms float64) { clock += time.Duration(ms * float64(time.Millisecond)) })
	snippet := `
console.time(); advance(1.5); console.timeEnd();
console.time('a'); advance(1234.5678); console.timeLog('a', {x: 1}, 'y'); console.timeEnd('a');
console.time('m'); advance(61234); console.timeEnd('m');
console.time('h'); advance(3723004); console.timeEnd('h');
console.time('z'); console.timeEnd('z');
console.time('f'); advance(0.0004); console.timeEnd('f');
console.time('r'); advance(2.0005); console.timeLog('r'); advance(100); console.timeEnd('r');
console.timeEnd('nope');
console.time('dup'); console.time('dup');
console.timeLog('gone');
console.countReset('never');
console.time(42); advance(7); console.timeEnd('42');
console.group('g'); console.time('in'); console.timeEnd('in'); console.timeEnd('missing'); console.groupEnd();
`
	got := pidRe.ReplaceAllString(runConsoleCase(t, vm, snippet, func() time.Duration { return clock }), "(node:PID)")
	want := `[out] default: 1.5ms
[out] a: 1.235s { x: 1 } y
[out] a: 1.235s
[out] m: 1:01.234 (m:ss.mmm)
[out] h: 1:02:03.004 (h:mm:ss.mmm)
[out] z: 0ms
[out] f: 0ms
[out] r: 2.001ms
[out] r: 102.001ms
[err] (node:PID) Warning: No such label 'nope' for console.timeEnd()
(Use ` + "`node --trace-warnings ...`" + ` to show where the warning was created)
[err] (node:PID) Warning: Label 'dup' already exists for console.time()
[err] (node:PID) Warning: No such label 'gone' for console.timeLog()
[err] (node:PID) Warning: Count for 'never' does not exist
[out] 42: 7ms
[out] g
[out]   in: 0ms
[err] (node:PID) Warning: No such label 'missing' for console.timeEnd()
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestFormatTime(t *testing.T) {
	// Expected values computed with node's internal formatTime
	// (node --expose-internals: require('internal/console/constructor').formatTime).
	cases := []struct {
		ms   float64
		want string
	}{
		{0, "0ms"}, {0.0004, "0ms"}, {0.0005, "0.001ms"}, {1.2345, "1.234ms"}, {1.2355, "1.236ms"},
		{999.9999, "1000ms"}, {1000, "1.000s"}, {59999.9999, "60.000s"}, {60000, "1:00.000 (m:ss.mmm)"},
		{3599999, "59:59.999 (m:ss.mmm)"}, {3600000, "1:00:00.000 (h:mm:ss.mmm)"},
		{36005001.5, "10:00:05.002 (h:mm:ss.mmm)"}, {12.5, "12.5ms"},
	}
	for _, c := range cases {
		if got := formatTime(c.ms); got != c.want {
			t.Errorf("formatTime(%v) = %q, want %q", c.ms, got, c.want)
		}
	}
}

func TestConsoleMethodsDetachedAndShape(t *testing.T) {
	vm := goja.New()
	var out strings.Builder
	con := NewConsole(vm, &out, io.Discard, nil)
	_ = vm.Set("console", con)
	v, err := vm.RunString(`const { log, info } = console; log('a'); info('b', 1); Object.keys(console).join()`)
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != "a\nb 1\n" {
		t.Errorf("detached output %q", out.String())
	}
	if got, want := v.String(), "log,warn,dir,time,timeEnd,timeLog,trace,assert,clear,count,countReset,group,groupEnd,table,debug,info,dirxml,error,groupCollapsed,profile,profileEnd,timeStamp"; got != want {
		t.Errorf("keys %s", got)
	}
	if got := Inspect(vm, con.Get("log"), DefaultInspectOptions()); got != "[Function: log]" {
		t.Errorf("console.log inspects as %q", got)
	}
}

// Every console call must issue exactly one Write with whole lines.
func TestConsoleOneWritePerCall(t *testing.T) {
	vm := goja.New()
	var writes []string
	w := writerFunc(func(p []byte) (int, error) { writes = append(writes, string(p)); return len(p), nil })
	con := NewConsole(vm, w, w, nil)
	_ = vm.Set("console", con)
	if _, err := vm.RunString(`console.log({a: Array.from({length: 40}, (_, i) => i)}); console.group('g'); console.error('x\ny'); console.table([{a: 1}])`); err != nil {
		t.Fatal(err)
	}
	if len(writes) != 4 {
		t.Fatalf("got %d writes: %q", len(writes), writes)
	}
	for _, s := range writes {
		if !strings.HasSuffix(s, "\n") {
			t.Errorf("write without final newline: %q", s)
		}
	}
	if writes[2] != "  x\n  y\n" {
		t.Errorf("group indentation: %q", writes[2])
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func BenchmarkConsoleLogString(b *testing.B) {
	vm := goja.New()
	con := NewConsole(vm, io.Discard, io.Discard, nil)
	log, _ := goja.AssertFunction(con.Get("log"))
	arg := vm.ToValue("hello world")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _ = log(goja.Undefined(), arg)
	}
}

func BenchmarkConsoleLogNumber(b *testing.B) {
	vm := goja.New()
	con := NewConsole(vm, io.Discard, io.Discard, nil)
	log, _ := goja.AssertFunction(con.Get("log"))
	arg := vm.ToValue(42)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _ = log(goja.Undefined(), arg)
	}
}
