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
//
// It is kept small, 96 bytes with its jsloop.Timer (plus goja's 56 for the
// object): 100k pending timers are a benchmark figure.
type timeout struct {
	timer      jsloop.Timer
	obj        *goja.Object
	cb         *goja.Object // _onTimeout; nil once a script sets a non-object
	rare       *timeoutRare // nil: no extra arguments or properties
	id         int32
	primitive  bool
	destroyed  bool
	unenrolled bool // cleared (Node's unenroll): _idleTimeout is -1
}

// timeoutRare holds what few timeouts have.
type timeoutRare struct {
	args  *goja.Object // extra arguments to the callback
	props *userProps   // properties a script set on the Timeout
}

// args returns the extra arguments, nil for none.
func (t *timeout) args() *goja.Object {
	if t.rare == nil {
		return nil
	}
	return t.rare.args
}

// props returns the properties a script set, nil for none.
func (t *timeout) props() *userProps {
	if t.rare == nil {
		return nil
	}
	return t.rare.props
}

func (t *timeout) vm() *goja.Runtime { return t.timer.Loop().VM() }
func (t *timeout) module() *module   { return moduleOf(t.timer.Loop()) }

// userProps are the properties a script added to a Timeout or Immediate,
// in insertion order.
type userProps struct {
	vals map[string]goja.Value
	keys []string
}

func (p *userProps) get(key string) goja.Value {
	if p == nil {
		return nil
	}
	return p.vals[key]
}

func (p *userProps) has(key string) bool {
	if p == nil {
		return false
	}
	_, ok := p.vals[key]
	return ok
}

func setProp(pp **userProps, key string, v goja.Value) {
	p := *pp
	if p == nil {
		p = &userProps{vals: map[string]goja.Value{}}
		*pp = p
	}
	if _, ok := p.vals[key]; !ok {
		p.keys = append(p.keys, key)
	}
	p.vals[key] = v
}

func deleteProp(p *userProps, key string) {
	if p == nil {
		return
	}
	if _, ok := p.vals[key]; ok {
		delete(p.vals, key)
		for i, k := range p.keys {
			if k == key {
				p.keys = append(p.keys[:i], p.keys[i+1:]...)
				break
			}
		}
	}
}

func (p *userProps) keyList() []string {
	if p == nil {
		return nil
	}
	return p.keys
}

// argsValue is the JS value of a stored argument list.
func argsValue(a *goja.Object) goja.Value {
	if a == nil {
		return goja.Undefined()
	}
	return a
}

func (m *module) newTimeout(cb *goja.Object, d time.Duration, args *goja.Object, repeat bool) *goja.Object {
	t := &timeout{cb: cb, id: m.nextID}
	if args != nil {
		t.rare = &timeoutRare{args: args}
	}
	m.nextID++
	m.loop.InitJSTimer(&t.timer, t)
	t.obj = m.vm.NewDynamicObject(t)
	t.obj.SetPrototype(m.timeoutProto)
	t.timer.Start(d, repeat)
	return t.obj
}

// TimerObject and TimerDone make the timeout a jsloop.JSTimerOwner: the loop
// runs _onTimeout as Node's listOnTimeout does.
// A timeout whose _onTimeout a script cleared is skipped: Node marks it
// destroyed without calling anything.
func (t *timeout) TimerObject() (*goja.Object, goja.Value) {
	if !t.hasCallback() {
		t.destroy()
		return nil, nil
	}
	return t.obj, argsValue(t.args())
}

// hasCallback reports whether _onTimeout is truthy: Node calls it then (a
// truthy non-function throws a TypeError, uncaught).
func (t *timeout) hasCallback() bool {
	if t.cb != nil {
		return true
	}
	v := t.props().get("_onTimeout")
	return v != nil && v.ToBoolean()
}

// dropOddCallback forgets a non-object _onTimeout a script set.
func (t *timeout) dropOddCallback() {
	if t.rare != nil {
		deleteProp(t.rare.props, "_onTimeout")
	}
}

func (t *timeout) TimerDone(*jsloop.Timer) {
	if !t.timer.Active() && !t.timer.Repeats() {
		t.destroy()
	}
}

func (t *timeout) destroy() {
	t.destroyed = true
	if t.primitive {
		delete(t.module().byID, t.id)
	}
}

// clear is clearTimeout(timeout) and close(): Node's clearTimeout sets
// _onTimeout to null, then unenrolls.
func (t *timeout) clear() {
	if !t.hasCallback() {
		return
	}
	t.cb = nil
	t.dropOddCallback()
	t.unenroll()
}

// unenroll is Node's: nothing for a destroyed timer (one that fired keeps
// its _idleTimeout), else unscheduled, destroyed and _idleTimeout -1.
func (t *timeout) unenroll() {
	if t.destroyed {
		return
	}
	t.timer.Stop()
	t.destroy()
	t.unenrolled = true
}

// DynamicObject.
func (t *timeout) Get(key string) goja.Value {
	switch key {
	case "_onTimeout":
		if t.cb == nil {
			if v := t.props().get("_onTimeout"); v != nil {
				return v // a non-object a script set
			}
			return goja.Null()
		}
		return t.cb
	case "_idleTimeout":
		if t.unenrolled {
			return t.vm().ToValue(-1)
		}
		return t.module().delayValue(t.timer.Delay())
	case "_repeat":
		if t.timer.Repeats() {
			return t.vm().ToValue(t.timer.Delay().Milliseconds())
		}
		return goja.Null()
	case "_destroyed":
		return t.vm().ToValue(t.destroyed)
	case "_timerArgs":
		return argsValue(t.args())
	}
	return t.props().get(key)
}

func (t *timeout) Set(key string, v goja.Value) bool {
	if key == "_onTimeout" {
		// An object (a function, or not) is the callback; null clears it;
		// any other value is kept as a script property for Get to answer.
		t.dropOddCallback()
		var ok bool
		if t.cb, ok = v.(*goja.Object); ok || goja.IsNull(v) {
			return true
		}
	}
	if t.rare == nil {
		t.rare = &timeoutRare{}
	}
	if key == "_timerArgs" {
		// Node reads it when the timer fires.
		t.rare.args, _ = v.(*goja.Object)
		return true
	}
	setProp(&t.rare.props, key, v)
	return true
}

func (t *timeout) Has(key string) bool {
	switch key {
	case "_onTimeout", "_idleTimeout", "_repeat", "_destroyed", "_timerArgs":
		return true
	}
	return t.props().has(key)
}

func (t *timeout) Delete(key string) bool {
	deleteProp(t.props(), key)
	return true
}

func (t *timeout) Keys() []string {
	return append([]string{"_idleTimeout", "_onTimeout", "_repeat", "_destroyed"}, t.props().keyList()...)
}

// immediate is the Go side of a Node Immediate object.
type immediate struct {
	m         *module
	im        jsloop.Immediate
	obj       *goja.Object
	cb        goja.Value
	args      *goja.Object
	extra     *userProps
	destroyed bool
}

func (m *module) newImmediate(cb goja.Value, args *goja.Object) *goja.Object {
	i := &immediate{m: m, cb: cb, args: args}
	i.obj = m.vm.NewDynamicObject(i)
	i.obj.SetPrototype(m.immProto)
	m.loop.QueueJSImmediate(&i.im, i)
	return i.obj
}

// ImmediateObject makes the immediate a jsloop.JSImmediateOwner: the loop
// runs _onImmediate as Node's processImmediate does, once it is destroyed.
func (i *immediate) ImmediateObject() (*goja.Object, goja.Value) {
	i.destroyed = true
	return i.obj, argsValue(i.args)
}

// ImmediateDone: Node sets _onImmediate to null once it ran.
func (i *immediate) ImmediateDone() { i.cb = goja.Null() }

func (i *immediate) Get(key string) goja.Value {
	switch key {
	case "_onImmediate":
		return i.cb
	case "_argv":
		return argsValue(i.args)
	case "_destroyed":
		return i.m.vm.ToValue(i.destroyed)
	}
	return i.extra.get(key)
}

func (i *immediate) Set(key string, v goja.Value) bool {
	switch key {
	case "_onImmediate":
		i.cb = v
		return true
	case "_argv":
		// Node reads it when the immediate runs.
		i.args, _ = v.(*goja.Object)
		return true
	}
	setProp(&i.extra, key, v)
	return true
}

func (i *immediate) Has(key string) bool {
	switch key {
	case "_onImmediate", "_argv", "_destroyed":
		return true
	}
	return i.extra.has(key)
}

func (i *immediate) Delete(key string) bool { deleteProp(i.extra, key); return true }

func (i *immediate) Keys() []string {
	return append([]string{"_onImmediate", "_argv", "_destroyed"}, i.extra.keyList()...)
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
		f.(*goja.Object).DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		proto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
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
		if t := this(c); t != nil && !t.unenrolled {
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
	m.timeoutProto.DefineDataPropertySymbol(goja.SymToPrimitive, toPrim, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)

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
		// Node drops the ref once the immediate ran or was cleared.
		if i := ithis(c); i != nil && !i.destroyed {
			return vm.ToValue(i.im.HasRef())
		}
		return vm.ToValue(false)
	})
	return nil
}
