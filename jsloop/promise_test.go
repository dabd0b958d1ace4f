package jsloop_test

import (
	"context"
	"errors"
	"testing"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

// promiseScenario settles promises in every way the resolving functions
// distinguish, interleaved with a chain of ticks, and returns what the
// reactions saw in order. make() returns [promise, resolve, reject].
const promiseScenario = `
const out = [];
const cases = [
  ['value', () => 1],
  ['undefined', () => undefined],
  ['thenable', () => ({ then(r) { out.push('then called'); r('T'); } })],
  ['promise', () => Promise.resolve('P')],
  ['rejected promise', () => { const p = Promise.reject('R'); p.catch(() => {}); return p; }],
  ['throwing then', () => ({ then() { throw new Error('boom'); } })],
  ['then getter throws', () => Object.defineProperty({}, 'then', { get() { throw new Error('getter'); } })],
  ['then settles, then throws', () => ({ then(r) { r('first'); throw new Error('late'); } })],
  ['self'],
  ['reject'],
];
Promise.resolve().then(() => out.push('tick1')).then(() => out.push('tick2')).then(() => out.push('tick3'))
  .then(() => out.push('tick4'));
for (const [name, value] of cases) {
  const [p, resolve, reject] = make();
  p.then((v) => out.push(name + ' ok ' + v), (e) => out.push(name + ' err ' + (e instanceof Error ? e.message : e)));
  if (name === 'self') resolve(p);
  else if (name === 'reject') reject('no');
  else resolve(value());
  resolve('again');
  reject('again');
}
`

// A Go-settled Promise behaves as one settled by its JS resolving
// functions: same values, same errors, same number of jobs.
func TestPromise(t *testing.T) {
	run := func(native bool) string {
		l, _, _ := newLoop(t)
		vm := l.VM()
		if native {
			if _, err := vm.RunString(`function make() { let res, rej; const p = new Promise((a, b) => { res = a; rej = b; }); return [p, res, rej]; }`); err != nil {
				t.Fatal(err)
			}
		} else {
			vm.Set("make", func() goja.Value {
				p := l.NewPromise()
				return vm.NewArray(p.Value(),
					l.Func(func(c goja.FunctionCall) goja.Value { p.Resolve(c.Argument(0)); return goja.Undefined() }),
					l.Func(func(c goja.FunctionCall) goja.Value { p.Reject(c.Argument(0)); return goja.Undefined() }))
			})
		}
		if err := l.RunScript(context.Background(), "p.js", promiseScenario); err != nil {
			t.Fatal(err)
		}
		got, err := vm.RunString(`out.join('\n')`)
		if err != nil {
			t.Fatal(err)
		}
		return got.String()
	}
	want, got := run(true), run(false)
	if want == "" || got != want {
		t.Fatalf("Go-settled promises:\n%s\n\nJS resolving functions:\n%s", got, want)
	}
}

// A rejection nothing handles is reported as one.
func TestPromiseUnhandledReject(t *testing.T) {
	l, _, _ := newLoop(t)
	l.VM().Set("failLater", func() goja.Value {
		p := l.NewPromise()
		l.SetImmediate(func() { p.Reject(l.VM().NewTypeError("nobody listens")) })
		return p.Value()
	})
	err := l.RunScript(context.Background(), "u.js", `failLater()`)
	var ur *jsloop.UnhandledRejectionError
	if !errors.As(err, &ur) {
		t.Fatalf("err = %v, want an unhandled rejection", err)
	}
}
