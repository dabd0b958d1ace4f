package timers

import (
	"os"
	"time"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

var pid = os.Getpid()

// timeout is the Go side of a Node Timeout object. The JS object is a goja
// DynamicObject over it, so a timer costs no JS property writes; the
// fields Node code reads (_onTimeout, _idleTimeout, _repeat, _destroyed,
// _timerArgs) are answered from Go.
type timeout struct {
	m         *module
	timer     jsloop.Timer
	obj       *goja.Object
	cb        goja.Value
	args      goja.Value
	id        int64
	primitive bool
	destroyed bool
	props     map[string]goja.Value
	keys      []string
}

func (m *module) newTimeout(cb goja.Value, d time.Duration, args goja.Value, repeat bool) *goja.Object {
	t := &timeout{m: m, cb: cb, args: args, id: m.nextID}
	m.nextID++
	m.loop.InitTimer(&t.timer, m.fireTimeout)
	t.timer.Data = t
	t.obj = m.vm.NewDynamicObject(t)
	t.obj.SetPrototype(m.timeoutProto)
	t.timer.Start(d, repeat)
	return t.obj
}

// onTimeout is Node's listOnTimeout for one timer.
func (m *module) onTimeout(jt *jsloop.Timer) {
	t := jt.Data.(*timeout)
	m.loop.RunTimeout(t.obj, t.args)
	if !t.timer.Active() && !t.timer.Repeats() {
		t.destroy()
	}
}

func (t *timeout) destroy() {
	t.destroyed = true
	if t.primitive {
		delete(t.m.byID, t.id)
	}
}

func (t *timeout) clear() {
	t.timer.Stop()
	t.destroy()
}

// DynamicObject.
func (t *timeout) Get(key string) goja.Value {
	switch key {
	case "_onTimeout":
		return t.cb
	case "_idleTimeout":
		if t.destroyed {
			return t.m.vm.ToValue(-1)
		}
		return t.m.vm.ToValue(t.timer.Delay().Milliseconds())
	case "_repeat":
		if t.timer.Repeats() {
			return t.m.vm.ToValue(t.timer.Delay().Milliseconds())
		}
		return goja.Null()
	case "_destroyed":
		return t.m.vm.ToValue(t.destroyed)
	case "_timerArgs":
		return t.args
	}
	return t.props[key]
}

func (t *timeout) Set(key string, v goja.Value) bool {
	if key == "_onTimeout" {
		t.cb = v
		return true
	}
	if t.props == nil {
		t.props = map[string]goja.Value{}
	}
	if _, ok := t.props[key]; !ok {
		t.keys = append(t.keys, key)
	}
	t.props[key] = v
	return true
}

func (t *timeout) Has(key string) bool {
	switch key {
	case "_onTimeout", "_idleTimeout", "_repeat", "_destroyed", "_timerArgs":
		return true
	}
	_, ok := t.props[key]
	return ok
}

func (t *timeout) Delete(key string) bool {
	if _, ok := t.props[key]; ok {
		delete(t.props, key)
		for i, k := range t.keys {
			if k == key {
				t.keys = append(t.keys[:i], t.keys[i+1:]...)
				break
			}
		}
	}
	return true
}

func (t *timeout) Keys() []string {
	return append([]string{"_idleTimeout", "_onTimeout", "_repeat", "_destroyed"}, t.keys...)
}

// immediate is the Go side of a Node Immediate object.
type immediate struct {
	m         *module
	im        *jsloop.Immediate
	obj       *goja.Object
	cb        goja.Value
	args      goja.Value
	destroyed bool
	props     map[string]goja.Value
}

func (m *module) newImmediate(cb, args goja.Value) *goja.Object {
	i := &immediate{m: m, cb: cb, args: args}
	i.obj = m.vm.NewDynamicObject(i)
	i.obj.SetPrototype(m.immProto)
	i.im = m.loop.NewImmediate(m.fireImmediate)
	i.im.Data = i
	return i.obj
}

func (m *module) onImmediate(jim *jsloop.Immediate) {
	i := jim.Data.(*immediate)
	i.destroyed = true
	m.loop.RunImmediate(i.obj, i.args)
}

func (i *immediate) Get(key string) goja.Value {
	switch key {
	case "_onImmediate":
		return i.cb
	case "_argv":
		return i.args
	case "_destroyed":
		return i.m.vm.ToValue(i.destroyed)
	}
	return i.props[key]
}

func (i *immediate) Set(key string, v goja.Value) bool {
	if key == "_onImmediate" {
		i.cb = v
		return true
	}
	if i.props == nil {
		i.props = map[string]goja.Value{}
	}
	i.props[key] = v
	return true
}

func (i *immediate) Has(key string) bool {
	switch key {
	case "_onImmediate", "_argv", "_destroyed":
		return true
	}
	_, ok := i.props[key]
	return ok
}

func (i *immediate) Delete(key string) bool { delete(i.props, key); return true }

func (i *immediate) Keys() []string {
	keys := []string{"_onImmediate", "_argv", "_destroyed"}
	for k := range i.props {
		keys = append(keys, k)
	}
	return keys
}

// makeProtos builds Timeout.prototype and Immediate.prototype with Node's
// methods. The constructors exist for `t.constructor.name` and instanceof;
// calling them throws, as user code cannot construct Node's either.
func (m *module) makeProtos() error {
	vm := m.vm
	v, err := vm.RunString(`(function () {
  function Timeout() { throw new TypeError('Illegal constructor'); }
  function Immediate() { throw new TypeError('Illegal constructor'); }
  return [Timeout, Immediate];
})()`)
	if err != nil {
		return err
	}
	ctors := v.(*goja.Object)
	tctor := ctors.Get("0").(*goja.Object)
	ictor := ctors.Get("1").(*goja.Object)
	m.timeoutProto = tctor.Get("prototype").(*goja.Object)
	m.immProto = ictor.Get("prototype").(*goja.Object)

	this := func(c goja.FunctionCall) *timeout {
		if o, ok := c.This.(*goja.Object); ok {
			if t, ok := o.Export().(*timeout); ok {
				return t
			}
		}
		return nil
	}
	method := func(proto *goja.Object, name string, fn func(goja.FunctionCall) goja.Value) {
		f := m.loop.Func(fn)
		f.(*goja.Object).DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		proto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	method(m.timeoutProto, "ref", func(c goja.FunctionCall) goja.Value {
		if t := this(c); t != nil {
			t.timer.Ref()
		}
		return c.This
	})
	method(m.timeoutProto, "unref", func(c goja.FunctionCall) goja.Value {
		if t := this(c); t != nil {
			t.timer.Unref()
		}
		return c.This
	})
	method(m.timeoutProto, "hasRef", func(c goja.FunctionCall) goja.Value {
		if t := this(c); t != nil {
			return vm.ToValue(t.timer.HasRef())
		}
		return vm.ToValue(false)
	})
	method(m.timeoutProto, "refresh", func(c goja.FunctionCall) goja.Value {
		if t := this(c); t != nil && !t.destroyedByClear() {
			t.destroyed = false
			t.timer.Refresh()
		}
		return c.This
	})
	method(m.timeoutProto, "close", func(c goja.FunctionCall) goja.Value {
		if t := this(c); t != nil {
			t.clear()
		}
		return c.This
	})
	toPrim := m.loop.Func(func(c goja.FunctionCall) goja.Value {
		t := this(c)
		if t == nil {
			return goja.Undefined()
		}
		if !t.primitive {
			t.primitive = true
			if !t.destroyed {
				m.byID[t.id] = t
			}
		}
		return vm.ToValue(t.id)
	})
	m.timeoutProto.DefineDataPropertySymbol(goja.SymToPrimitive, toPrim, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)

	ithis := func(c goja.FunctionCall) *immediate {
		if o, ok := c.This.(*goja.Object); ok {
			if i, ok := o.Export().(*immediate); ok {
				return i
			}
		}
		return nil
	}
	method(m.immProto, "ref", func(c goja.FunctionCall) goja.Value {
		if i := ithis(c); i != nil {
			i.im.Ref()
		}
		return c.This
	})
	method(m.immProto, "unref", func(c goja.FunctionCall) goja.Value {
		if i := ithis(c); i != nil {
			i.im.Unref()
		}
		return c.This
	})
	method(m.immProto, "hasRef", func(c goja.FunctionCall) goja.Value {
		if i := ithis(c); i != nil {
			return vm.ToValue(i.im.HasRef())
		}
		return vm.ToValue(false)
	})
	return nil
}

// destroyedByClear: Node's refresh() after clearTimeout does nothing (the
// timer's _idleTimeout is -1); after the timer fired it re-arms it.
func (t *timeout) destroyedByClear() bool { return t.timer.Cleared() }
