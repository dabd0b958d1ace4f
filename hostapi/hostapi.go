// Package hostapi installs the globals and built-in modules of a Node-like
// host on a jsloop.Loop, apart from the timers (package timers) and fetch
// (package fetch).
//
// Globals: console, process (an EventEmitter), queueMicrotask, performance,
// global and globalThis, require (CommonJS with node_modules resolution,
// through goja_nodejs/require), module, exports.
//
// Built-in modules: events, timers, timers/promises, util (format,
// inspect), process, console — with or without the node: prefix.
//
// Deviation: util.inspect is Node's algorithm re-implemented over goja
// values; see inspect.go for the cases goja cannot reproduce.
package hostapi

import (
	_ "embed"
	"io/fs"
	"os"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi/blob"
	"github.com/jsloop/jsloop/hostapi/clone"
	"github.com/jsloop/jsloop/hostapi/dom"
	"github.com/jsloop/jsloop/hostapi/encoding"
	"github.com/jsloop/jsloop/hostapi/jsonparse"
	"github.com/jsloop/jsloop/hostapi/streams"
	"github.com/jsloop/jsloop/hostapi/url"
	"github.com/jsloop/jsloop/jsloop"
)

// Options configure Enable.
type Options struct {
	// Argv is process.argv: [execPath, script, args...].
	Argv []string
	// Env is process.env; nil means the OS environment.
	Env map[string]string
	// FS, when set, is where require reads modules from instead of the
	// host file system.
	FS fs.FS
	// StdoutTTY and StderrTTY are process.stdout.isTTY and
	// process.stderr.isTTY.
	StdoutTTY, StderrTTY bool
	// Location, when set, is globalThis.location (Deno's --location):
	// relative fetch() and Request URLs resolve against it.
	Location string
	// OnLoad, when set, sees each module's source as require reads it,
	// before it compiles (the CLI starts compiling fetch.js when a module
	// names fetch).
	OnLoad func(path, src string)
}

// WithOnLoad sets Options.OnLoad.
func WithOnLoad(fn func(path, src string)) Option { return func(o *Options) { o.OnLoad = fn } }

// WithLocation sets globalThis.location to the given absolute URL.
func WithLocation(href string) Option { return func(o *Options) { o.Location = href } }

// WithTTY sets process.stdout.isTTY and process.stderr.isTTY from whether
// file descriptors 1 and 2 of this process are terminals (the CLI's case).
func WithTTY() Option {
	return func(o *Options) {
		o.StdoutTTY, o.StderrTTY = isTerminal(1), isTerminal(2)
	}
}

// Option configures Enable.
type Option func(*Options)

// WithArgv sets process.argv.
func WithArgv(argv ...string) Option { return func(o *Options) { o.Argv = argv } }

// WithEnv sets process.env (the OS environment by default).
func WithEnv(env map[string]string) Option { return func(o *Options) { o.Env = env } }

// Host is the state hostapi keeps per loop.
type Host struct {
	loop    *jsloop.Loop
	vm      *goja.Runtime
	opts    Options
	process *goja.Object
	emit    goja.Callable
	events  *goja.Object
	console *goja.Object
	req     *requirer
	warned  bool
}

type hostKey struct{}

// Of returns the Host that Enable installed on l, or nil.
func Of(l *jsloop.Loop) *Host {
	h, _ := l.Data(hostKey{}).(*Host)
	return h
}

//go:embed events.js
var eventsJS string

var eventsProgram = goja.MustCompile("node:events", eventsJS, true)

// Enable installs the host globals on l. Call timers.Enable first so that
// require('timers') finds them. Loop goroutine only, before Run.
func Enable(l *jsloop.Loop, opts ...Option) error {
	h := &Host{loop: l, vm: l.VM()}
	for _, o := range opts {
		o(&h.opts)
	}
	if h.opts.Argv == nil {
		exe, _ := os.Executable()
		h.opts.Argv = []string{exe}
	}
	l.SetData(hostKey{}, h)
	vm := h.vm
	g := vm.GlobalObject()
	g.Set("global", g)
	if _, err := vm.RunString(engineFixes); err != nil {
		return err
	}
	if err := h.fixJSONParse(); err != nil {
		return err
	}

	ee, err := vm.RunProgram(eventsProgram)
	if err != nil {
		return err
	}
	factory, _ := goja.AssertFunction(ee)
	evv, err := factory(goja.Undefined(), h.fn(func(c goja.FunctionCall) goja.Value {
		return jsloop.InvalidArgType(vm, c.Argument(0).String(), c.Argument(1).String(), c.Argument(2))
	}))
	if err != nil {
		return err
	}
	h.events = evv.(*goja.Object)

	h.console = NewConsole(vm, l.Stdout(), l.Stderr(), l.Now)
	// WebIDL namespace: its [[Prototype]] is an empty object, the global
	// property is not enumerable (as in Node).
	h.console.SetPrototype(vm.NewObject())
	g.DefineDataProperty("console", h.console, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if err := h.installProcess(); err != nil {
		return err
	}
	if err := h.installMicrotask(); err != nil {
		return err
	}
	h.installPerformance()
	if err := h.installRequire(); err != nil {
		return err
	}
	// The web platform families, each its own package (and Enable, for
	// embedders who want only some).
	for _, enable := range []func(*jsloop.Loop) error{dom.Enable, encoding.Enable, url.Enable, blob.Enable, streams.Enable, clone.Enable} {
		if err := enable(l); err != nil {
			return err
		}
	}
	if h.opts.Location != "" {
		href := h.opts.Location
		l.DefineLazyGlobal("location", func() goja.Value {
			v, err := vm.RunString(`(function (href) {
  const u = new URL(href);
  const loc = {};
  for (const k of ['href', 'origin', 'protocol', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']) {
    Object.defineProperty(loc, k, { value: u[k], enumerable: true });
  }
  Object.defineProperty(loc, 'toString', { value: () => u.href });
  return Object.freeze(loc);
})`)
			if err != nil {
				panic(err)
			}
			f, _ := goja.AssertFunction(v)
			loc, err := f(goja.Undefined(), vm.ToValue(href))
			if err != nil {
				panic(err)
			}
			return loc
		})
	}
	l.SetHooks(jsloop.Hooks{
		UncaughtException:  h.onUncaught,
		UnhandledRejection: h.onUnhandledRejection,
		RejectionHandled:   h.onRejectionHandled,
		BeforeExit:         h.onBeforeExit,
		Exit:               h.onExit,
		FormatError:        h.formatError,
	})
	return nil
}

func (h *Host) fn(f func(goja.FunctionCall) goja.Value) goja.Value { return h.loop.Func(f) }

func (h *Host) formatError(v goja.Value) string {
	if s, ok := v.Export().(string); ok {
		return s
	}
	return Inspect(h.vm, v, DefaultInspectOptions())
}

// engineFixes fills gaps of goja that scripts observe:
//   - Symbol.asyncIterator is missing (the well-known symbol itself; for-await
//     syntax is a separate matter);
//   - Date.prototype.toGMTString (Annex B) is missing;
//   - Promise.any rejects with an AggregateError whose message is empty
//     (Deviation: the message is supplied through the prototype, so an
//     AggregateError built without a message also reads it).
const engineFixes = `(function () {
  if (typeof Symbol.asyncIterator !== 'symbol') {
    Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol('Symbol.asyncIterator') });
  }
  if (typeof Date.prototype.toGMTString !== 'function') {
    Object.defineProperty(Date.prototype, 'toGMTString', { value: Date.prototype.toUTCString, writable: true, configurable: true });
  }
  if (typeof AggregateError === 'function') {
    Object.defineProperty(AggregateError.prototype, 'message', {
      value: 'All promises were rejected', writable: true, configurable: true,
    });
  }
})();`

// fixJSONParse makes JSON.parse's SyntaxError read as V8's (Node's) does:
// goja's messages come from Go's encoding/json ("invalid character 'o' in
// literal null"), V8's name the token and position ("Unexpected token 'o',
// "not json" is not valid JSON"). Valid text without a reviver is parsed by
// jsonparse.Parse; the rest goes to goja's JSON.parse.
func (h *Host) fixJSONParse() error {
	v, err := h.vm.RunProgram(jsonParseProgram())
	if err != nil {
		return err
	}
	f, _ := goja.AssertFunction(v)
	miss := h.vm.NewObject()
	_, err = f(goja.Undefined(), h.fn(func(c goja.FunctionCall) goja.Value {
		return h.vm.ToValue(V8JSONError(c.Argument(0).String()))
	}), h.fn(func(c goja.FunctionCall) goja.Value {
		if v, ok := jsonparse.Parse(h.vm, c.Argument(0).String()); ok {
			return v
		}
		return miss
	}), miss)
	return err
}

var jsonParseProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("jsloop:json", `(function (v8Message, fast, miss) {
  const parse = JSON.parse;
  const SyntaxErrorCtor = SyntaxError;
  Object.defineProperty(JSON, 'parse', {
    value: {
      parse(text, reviver) {
        if (reviver === void 0 && typeof text === 'string') {
          const v = fast(text);
          if (v !== miss) return v;
        }
        try {
          return reviver === void 0 ? parse(text) : parse(text, reviver);
        } catch (e) {
          if (e instanceof SyntaxErrorCtor) throw new SyntaxErrorCtor(v8Message(String(text)));
          throw e;
        }
      },
    }.parse,
    writable: true, configurable: true, enumerable: false,
  });
})`, true)
})

//go:embed microtask.js
var microtaskJS string

var microtaskProgram = goja.MustCompile("node:internal/microtask", microtaskJS, true)

// installMicrotask defines queueMicrotask: a promise job that reports a
// throw as an uncaught exception (not a rejection), as Node does.
func (h *Host) installMicrotask() error {
	v, err := h.vm.RunProgram(microtaskProgram)
	if err != nil {
		return err
	}
	factory, _ := goja.AssertFunction(v)
	q, err := factory(goja.Undefined(),
		h.fn(func(c goja.FunctionCall) goja.Value {
			h.loop.ReportUncaught(c.Argument(0))
			return goja.Undefined()
		}),
		h.fn(func(c goja.FunctionCall) goja.Value {
			return jsloop.InvalidArgType(h.vm, "callback", "of type function", c.Argument(0))
		}))
	if err != nil {
		return err
	}
	return h.vm.Set("queueMicrotask", q)
}

// installPerformance defines performance lazily: it is an EventTarget (as
// in Node and the HR-Time spec), built on first use so that start-up does
// not build the DOM classes.
func (h *Host) installPerformance() {
	h.loop.DefineLazyGlobal("performance", h.buildPerformance)
}

func (h *Host) buildPerformance() goja.Value {
	vm := h.vm
	p := vm.NewObject()
	if v, err := vm.RunString(`(function () {
  if (typeof EventTarget !== 'function') return undefined;
  class Performance extends EventTarget {}
  Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
  return new Performance();
})()`); err == nil {
		if o, ok := v.(*goja.Object); ok {
			p = o
		}
	}
	origin := float64(h.loop.Clock().Wall().Add(-h.loop.Now()).UnixNano()) / 1e6
	p.Set("now", h.fn(func(goja.FunctionCall) goja.Value {
		return vm.ToValue(float64(h.loop.Now().Nanoseconds()) / 1e6)
	}))
	p.Set("timeOrigin", origin)
	p.Set("toJSON", h.fn(func(goja.FunctionCall) goja.Value {
		o := vm.NewObject()
		o.Set("timeOrigin", origin)
		return o
	}))
	return p
}
