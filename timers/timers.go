// Package timers installs Node's timer globals on a jsloop.Loop:
// setTimeout, setInterval, setImmediate and their clear functions, with
// Node's Timeout and Immediate objects (ref, unref, hasRef, refresh, close,
// Symbol.toPrimitive), plus the exports of node:timers and
// node:timers/promises for the module loader.
//
// Node's rules kept here: the delay is coerced with ToNumber; NaN, values
// below 1 and values above 2^31-1 become 1 ms (overflow prints a
// TimeoutOverflowWarning); fractions truncate. A non-function callback throws
// ERR_INVALID_ARG_TYPE (no string eval). `this` in a callback is the Timeout
// or Immediate. The clear functions accept any value and never throw.
//
// Go code can schedule timers on the loop directly with Loop.SetTimer
// (see After and Every here for the any-goroutine forms).
package timers

import (
	"math"
	"strconv"
	"time"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

// timeoutMax is Node's TIMEOUT_MAX, 2^31-1 ms.
const timeoutMax = 2147483647

type module struct {
	loop         *jsloop.Loop
	vm           *goja.Runtime
	timeoutProto *goja.Object
	immProto     *goja.Object
	byID         map[int32]*timeout
	nextID       int32
	exports      *goja.Object
	promises     *goja.Object

	// The JS value of the last delay read as _idleTimeout: the timers of
	// one list run one after another and share it (a number above 255
	// costs goja an allocation).
	lastDelay      time.Duration
	lastDelayValue goja.Value
}

// delayValue returns d in milliseconds as a JS number.
func (m *module) delayValue(d time.Duration) goja.Value {
	if m.lastDelayValue == nil || d != m.lastDelay {
		m.lastDelay, m.lastDelayValue = d, m.vm.ToValue(d.Milliseconds())
	}
	return m.lastDelayValue
}

// Enable installs the timer globals on l. Loop goroutine only, before Run.
func Enable(l *jsloop.Loop) error {
	m := &module{loop: l, vm: l.VM(), byID: map[int32]*timeout{}, nextID: 1}
	if err := m.makeProtos(); err != nil {
		return err
	}
	g := m.vm.GlobalObject()
	m.exports = m.vm.NewObject()
	for _, f := range []struct {
		name   string
		length int
		fn     func(goja.FunctionCall) goja.Value
	}{
		// Node's signatures: setTimeout(callback, after, arg1, arg2, arg3).
		{"setTimeout", 5, m.setTimeout},
		{"setInterval", 5, m.setInterval},
		{"setImmediate", 4, m.setImmediate},
		{"clearTimeout", 1, m.clearTimeout},
		{"clearInterval", 1, m.clearTimeout},
		{"clearImmediate", 1, m.clearImmediate},
	} {
		v := m.vm.ToValue(f.fn)
		v.(*goja.Object).DefineDataProperty("name", m.vm.ToValue(f.name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		v.(*goja.Object).DefineDataProperty("length", m.vm.ToValue(f.length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		if err := g.Set(f.name, v); err != nil {
			return err
		}
		m.exports.Set(f.name, v)
	}
	m.exports.DefineAccessorProperty("promises", l.Func(func(goja.FunctionCall) goja.Value {
		return PromisesModule(l)
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	l.SetData(moduleKey{}, m)
	return nil
}

type moduleKey struct{}

func moduleOf(l *jsloop.Loop) *module {
	m, _ := l.Data(moduleKey{}).(*module)
	return m
}

// Module returns the exports of node:timers for l, or nil when Enable has
// not run. Loop goroutine only.
func Module(l *jsloop.Loop) *goja.Object {
	if m := moduleOf(l); m != nil {
		return m.exports
	}
	return nil
}

func (m *module) validateCallback(cb goja.Value) *goja.Object {
	if o, ok := cb.(*goja.Object); ok {
		// ClassName is a cheap check for plain functions; AssertFunction
		// (which allocates) settles the rest (callable proxies, classes).
		if o.ClassName() == "Function" {
			return o
		}
		if _, ok := goja.AssertFunction(cb); ok {
			return o
		}
	}
	panic(jsloop.InvalidArgType(m.vm, "callback", "of type function", cb))
}

// delay applies Node's coercion: after *= 1; outside [1, TIMEOUT_MAX] → 1.
func (m *module) delay(v goja.Value) time.Duration {
	after := math.NaN()
	if v != nil && !goja.IsUndefined(v) {
		after = v.ToFloat()
	}
	if !(after >= 1 && after <= timeoutMax) {
		if after > timeoutMax {
			m.warn(jsloop.NumberString(after)+" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.", "TimeoutOverflowWarning")
		}
		after = 1
	}
	return time.Duration(math.Trunc(after)) * time.Millisecond
}

// warn emits a process warning through process.emitWarning when hostapi
// installed it, else prints Node's format directly.
func (m *module) warn(msg, name string) {
	if p, ok := m.vm.Get("process").(*goja.Object); ok {
		if fn, ok := goja.AssertFunction(p.Get("emitWarning")); ok {
			if _, err := fn(p, m.vm.ToValue(msg), m.vm.ToValue(name)); err == nil {
				return
			}
		}
	}
	m.loop.Stderr().Write([]byte("(node:" + strconv.Itoa(pid) + ") " + name + ": " + msg + "\n"))
}

func restArgs(vm *goja.Runtime, c goja.FunctionCall, from int) *goja.Object {
	if len(c.Arguments) <= from {
		return nil
	}
	rest := make([]any, len(c.Arguments)-from)
	for i, a := range c.Arguments[from:] {
		rest[i] = a
	}
	return vm.NewArray(rest...)
}

func (m *module) setTimeout(c goja.FunctionCall) goja.Value {
	cb := m.validateCallback(c.Argument(0))
	return m.newTimeout(cb, m.delay(c.Argument(1)), restArgs(m.vm, c, 2), false)
}

func (m *module) setInterval(c goja.FunctionCall) goja.Value {
	cb := m.validateCallback(c.Argument(0))
	return m.newTimeout(cb, m.delay(c.Argument(1)), restArgs(m.vm, c, 2), true)
}

func (m *module) setImmediate(c goja.FunctionCall) goja.Value {
	cb := m.validateCallback(c.Argument(0))
	return m.newImmediate(cb, restArgs(m.vm, c, 1))
}

// clearTimeout accepts a Timeout, an id from its Symbol.toPrimitive (number
// or numeric string), or anything else (ignored), as Node does.
func (m *module) clearTimeout(c goja.FunctionCall) goja.Value {
	v := c.Argument(0)
	if t := m.lookup(v); t != nil {
		if _, isObj := v.(*goja.Object); isObj {
			t.clear()
		} else {
			// Node: by id, _idleTimeout becomes -1 and the timer is
			// unenrolled; _onTimeout stays.
			t.unenrolled = true
			t.unenroll()
		}
	}
	return goja.Undefined()
}

func (m *module) lookup(v goja.Value) *timeout {
	switch x := v.(type) {
	case *goja.Object:
		if t, ok := x.Export().(*timeout); ok && t.timer.Loop() == m.loop {
			return t
		}
	default:
		if goja.IsNumber(v) || goja.IsString(v) {
			f := v.ToFloat()
			if f == math.Trunc(f) && f > 0 && f <= math.MaxInt32 {
				return m.byID[int32(f)]
			}
		}
	}
	return nil
}

func (m *module) clearImmediate(c goja.FunctionCall) goja.Value {
	if o, ok := c.Argument(0).(*goja.Object); ok {
		if im, ok := o.Export().(*immediate); ok && im.m == m && !im.destroyed {
			im.im.Clear()
			im.destroyed = true
			im.cb = goja.Null() // Node clears _onImmediate
		}
	}
	return goja.Undefined()
}
