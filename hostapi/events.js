// A compact EventEmitter with node:events' surface and ordering: listeners
// run synchronously in registration order; emit('error') with no listener
// throws; once-listeners are removed before they run.
(function (invalidArgType) {
  'use strict';
  const kCapture = Symbol('kCapture');
  function checkListener(listener) {
    if (typeof listener !== 'function') throw invalidArgType('listener', 'of type function', listener);
  }
  function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
  }
  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;
  EventEmitter.defaultMaxListeners = 10;
  EventEmitter.init = function () {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    }
    this._maxListeners = this._maxListeners || undefined;
  };
  function addListener(target, type, listener, prepend) {
    checkListener(listener);
    let events = target._events;
    if (events === undefined) {
      events = target._events = { __proto__: null };
      target._eventsCount = 0;
    } else if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      events = target._events;
    }
    const existing = events[type];
    if (existing === undefined) {
      events[type] = [listener];
      target._eventsCount++;
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    return target;
  }
  const proto = EventEmitter.prototype;
  proto.setMaxListeners = function (n) { this._maxListeners = n; return this; };
  proto.getMaxListeners = function () {
    return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners;
  };
  proto.emit = function (type, ...args) {
    const events = this._events;
    const handlers = events !== undefined ? events[type] : undefined;
    if (handlers === undefined) {
      if (type === 'error') {
        const er = args[0];
        if (er instanceof Error) throw er;
        const err = new Error('Unhandled error. (' + String(er) + ')');
        err.code = 'ERR_UNHANDLED_ERROR';
        err.context = er;
        throw err;
      }
      return false;
    }
    const list = handlers.slice();
    for (let i = 0; i < list.length; i++) list[i].apply(this, args);
    return true;
  };
  proto.addListener = function (type, listener) { return addListener(this, type, listener, false); };
  proto.on = proto.addListener;
  proto.prependListener = function (type, listener) { return addListener(this, type, listener, true); };
  function onceWrapper(target, type, listener) {
    const state = { fired: false, target, type, listener };
    function wrapped(...args) {
      if (!state.fired) {
        state.target.removeListener(state.type, wrapped);
        state.fired = true;
        return state.listener.apply(state.target, args);
      }
    }
    wrapped.listener = listener;
    return wrapped;
  }
  proto.once = function (type, listener) {
    checkListener(listener);
    return this.on(type, onceWrapper(this, type, listener));
  };
  proto.prependOnceListener = function (type, listener) {
    checkListener(listener);
    return this.prependListener(type, onceWrapper(this, type, listener));
  };
  proto.removeListener = function (type, listener) {
    checkListener(listener);
    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        list.splice(i, 1);
        if (list.length === 0) {
          delete events[type];
          this._eventsCount--;
        }
        if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
        break;
      }
    }
    return this;
  };
  proto.off = proto.removeListener;
  proto.removeAllListeners = function (type) {
    const events = this._events;
    if (events === undefined) return this;
    if (type === undefined) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      delete events[type];
      this._eventsCount--;
    }
    return this;
  };
  proto.listeners = function (type) {
    const list = this._events !== undefined ? this._events[type] : undefined;
    return list === undefined ? [] : list.map((l) => l.listener || l);
  };
  proto.rawListeners = function (type) {
    const list = this._events !== undefined ? this._events[type] : undefined;
    return list === undefined ? [] : list.slice();
  };
  proto.listenerCount = function (type) {
    const list = this._events !== undefined ? this._events[type] : undefined;
    return list === undefined ? 0 : list.length;
  };
  proto.eventNames = function () {
    return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
  };
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);
  EventEmitter.once = function (emitter, name) {
    return new Promise((resolve, reject) => {
      const onError = (err) => { emitter.removeListener(name, onEvent); reject(err); };
      const onEvent = (...args) => {
        if (name !== 'error') emitter.removeListener('error', onError);
        resolve(args);
      };
      emitter.once(name, onEvent);
      if (name !== 'error') emitter.once('error', onError);
    });
  };
  EventEmitter.captureRejectionSymbol = Symbol.for('nodejs.rejection');
  EventEmitter.errorMonitor = Symbol('events.errorMonitor');
  void kCapture;
  return EventEmitter;
})
