package hostapi

import (
	"github.com/dop251/goja"
)

// utilModule returns node:util's exports: format, inspect, inherits,
// promisify, deprecate, types.
func (h *Host) utilModule() goja.Value {
	vm := h.vm
	u := vm.NewObject()
	u.Set("format", h.fn(func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(Format(vm, c.Arguments))
	}))
	inspect := NewInspectFunction(vm)
	u.Set("inspect", inspect)
	v, err := vm.RunString(`(function (u) {
  u.inherits = function inherits(ctor, superCtor) {
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  };
  const kCustom = Symbol.for('nodejs.util.promisify.custom');
  u.promisify = function promisify(original) {
    if (typeof original !== 'function') {
      const e = new TypeError('The "original" argument must be of type function');
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    if (original[kCustom]) return original[kCustom];
    return function (...args) {
      return new Promise((resolve, reject) => {
        original.call(this, ...args, (err, ...values) => {
          if (err) return reject(err);
          resolve(values.length > 1 ? values : values[0]);
        });
      });
    };
  };
  u.promisify.custom = kCustom;
  u.deprecate = function deprecate(fn, msg, code) {
    let warned = false;
    return function (...args) {
      if (!warned) { warned = true; process.emitWarning(msg, 'DeprecationWarning', code); }
      return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
    };
  };
  u.types = {
    isPromise: (v) => v instanceof Promise,
    isDate: (v) => v instanceof Date,
    isRegExp: (v) => v instanceof RegExp,
    isMap: (v) => v instanceof Map,
    isSet: (v) => v instanceof Set,
    isNativeError: (v) => v instanceof Error,
  };
  u.isArray = Array.isArray;
  return u;
})`)
	if err != nil {
		panic(err)
	}
	f, _ := goja.AssertFunction(v)
	res, err := f(goja.Undefined(), u)
	if err != nil {
		panic(err)
	}
	return res
}
