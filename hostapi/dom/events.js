// Event, CustomEvent, EventTarget (DOM Standard §2 "Events") and
// AbortController, AbortSignal (§3 "Aborting ongoing activities").
//
// The algorithms are the DOM Standard's; the argument errors, the report of
// a listener's exception, the warnings and util.inspect's output are Node
// 20's (lib/internal/event_target.js, lib/internal/abort_controller.js). A
// target has no parent, so dispatch runs one path entry: the capturing pass
// over the capture listeners, then the bubbling pass over the others, both
// at AT_TARGET.
//
// Written for goja's interpreter: internal state lives in private fields
// (one slot array per object, where a state object would be a property
// map), boolean state is packed in flag words, and no function that runs
// on a hot path mentions `arguments` (goja builds the object on every
// call); methods that must count their arguments take a rest parameter and
// get their WebIDL length back below.
//
// Evaluated once per loop with the host helpers; returns the classes and
// the internals package dom's Go API uses.
(function (host) {
  'use strict';
  const {
    DOMException,
    nodeError, // (ctor, code, message) -> Error with Node's code
    invalidArgType, // (name, expected, value) -> ERR_INVALID_ARG_TYPE
    now, // () -> ms since the loop's time origin (performance.now)
    nextTick, // (fn, args) -> the loop's process.nextTick queue
    startTimeout, // (signal, ms) -> an unref'd loop timer calling timeoutFired
    signalKey, // the Go API's key to a signal's state
    // (fn, this, arg) -> fn.call(this, arg), through Go: a listener's stack
    // then shows no native frame of ours (Reflect.apply's would stay).
    callListener,
  } = host;
  // The intrinsics, taken at build time, so that a script replacing a
  // global later does not change these classes (Node's primordials).
  const apply = Reflect.apply;
  const { assign, defineProperty, getOwnPropertyDescriptor } = Object;
  const { isArray, from: arrayFrom } = Array;
  const { isInteger } = Number;
  const ErrorCtor = Error, MapCtor = Map, SetCtor = Set, StringCtor = String;
  const promiseThen = Promise.prototype.then;
  const promiseReject = Promise.reject.bind(Promise);
  const kInspect = Symbol.for('nodejs.util.inspect.custom');
  const NONE = 0, AT_TARGET = 2; // the phases a target without a parent sees
  const kDefaultMaxListeners = 10;

  // ---- errors, as Node prints them -------------------------------------

  function invalidThis(type) {
    return nodeError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
  }

  function missingArgs(...names) {
    const q = names.map((n) => `"${n}"`);
    const list = q.length === 1 ? `${q[0]} argument` : `${q[0]} and ${q[1]} arguments`;
    return nodeError('TypeError', 'ERR_MISSING_ARGS', `The ${list} must be specified`);
  }

  // Node's webidl.converters.DOMString.
  function toDOMString(v) {
    if (typeof v === 'symbol') {
      throw nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'value' is invalid. Received ${StringCtor(v)}`);
    }
    return `${v}`;
  }

  function isObject(v) {
    return v !== null && (typeof v === 'object' || typeof v === 'function');
  }

  // Node: a listener that throws is rethrown on the nextTick queue, so the
  // rest of the dispatch and of the current task runs first; an
  // 'uncaughtException' listener gets it, else the process ends.
  function rethrow(err) { throw err; }
  function reportException(err) { nextTick(rethrow, [err]); }

  function emitWarning(w) {
    const p = globalThis.process;
    if (p !== null && typeof p === 'object' && typeof p.emitWarning === 'function') p.emitWarning(w);
  }

  // Node's customInspect helpers: depth counts down through the object
  // they print.
  function childOptions(options, keepNull) {
    const d = options.depth;
    return assign({}, options, {
      depth: keepNull ? (d === null ? null : d - 1) : (isInteger(d) ? d - 1 : d),
    });
  }

  // ---- EventTarget's listener list ----------------------------------------

  // Listener flags (DOM's event listener struct).
  const L_CAPTURE = 1, L_PASSIVE = 2, L_ONCE = 4, L_REMOVED = 8;

  // A listener added with the signal option also gets a `target` property
  // (only then): the target its signal's abort removes it from.
  function Listener(type, callback, flags) {
    this.type = type;
    this.callback = callback;
    this.flags = flags;
    this.signal = null; // the option signal, until the listener is removed
  }

  // Set by EventTarget's static block: the list operations, which need its
  // private fields.
  let isTarget, addListener, removeListener, findListener, snapshot, hasListeners, handlerMap;

  // ---- Event --------------------------------------------------------------

  // Event flags.
  const BUBBLES = 1, CANCELABLE = 2, COMPOSED = 4;
  const STOP = 8; // stop propagation flag
  const STOP_IMMEDIATE = 16;
  const CANCELED = 32;
  const IN_PASSIVE = 64;
  const DISPATCHING = 128;
  const TRUSTED = 256;

  // Set by Event's static block.
  let isEvent, isDispatching, eventType, dispatch, newTrustedEvent, cancelEvent, setUntrusted;
  let isTrustedDesc;

  function checkEvent(e) {
    if (!isEvent(e)) throw invalidThis('Event');
  }

  class Event {
    #type;
    #flags;
    #timeStamp;
    #target = null;

    static {
      isEvent = (v) => isObject(v) && #type in v;
      isDispatching = (e) => (e.#flags & DISPATCHING) !== 0;
      eventType = (e) => e.#type;
      cancelEvent = (e) => {
        // DOM "set the canceled flag".
        if ((e.#flags & (CANCELABLE | IN_PASSIVE)) === CANCELABLE) e.#flags |= CANCELED;
      };
      setUntrusted = (e) => { e.#flags &= ~TRUSTED; };
      newTrustedEvent = (type) => {
        const e = new Event(type);
        e.#flags |= TRUSTED;
        return e;
      };

      // DOM "dispatch" for a target without a parent. The caller checked
      // that the event is not being dispatched.
      dispatch = (target, e) => {
        e.#flags |= DISPATCHING;
        e.#target = target;
        if ((e.#flags & STOP) === 0) {
          let list = snapshot(target, e.#type);
          if (list !== null) {
            let capture = false;
            for (let i = 0; i < list.length; i++) {
              if (list[i].flags & L_CAPTURE) { capture = true; break; }
            }
            if (capture) {
              invoke(target, e, list, L_CAPTURE);
              // The bubbling pass takes its own copy of the list (DOM
              // "invoke" step 4).
              list = (e.#flags & STOP) !== 0 ? null : snapshot(target, e.#type);
            }
            if (list !== null) invoke(target, e, list, 0);
          }
        }
        e.#flags &= ~(DISPATCHING | STOP | STOP_IMMEDIATE);
        return (e.#flags & CANCELED) === 0;
      };

      // DOM "inner invoke".
      function invoke(target, e, list, capture) {
        for (let i = 0; i < list.length; i++) {
          const l = list[i];
          const f = l.flags;
          if ((f & L_REMOVED) !== 0 || (f & L_CAPTURE) !== capture) continue;
          if ((f & L_ONCE) !== 0) removeListener(target, l);
          if ((f & L_PASSIVE) !== 0) e.#flags |= IN_PASSIVE;
          call(l.callback, target, e);
          e.#flags &= ~IN_PASSIVE;
          if ((e.#flags & STOP_IMMEDIATE) !== 0) return;
        }
      }
    }

    constructor(...args) {
      if (args.length === 0) throw missingArgs('type');
      const type = `${args[0]}`;
      const o = args[1];
      if (o !== undefined && o !== null && (typeof o !== 'object' || isArray(o))) {
        throw invalidArgType('options', 'of type object', o);
      }
      let flags = 0;
      if (o != null) {
        // EventInit's members, in WebIDL dictionary order.
        if (o.bubbles) flags |= BUBBLES;
        if (o.cancelable) flags |= CANCELABLE;
        if (o.composed) flags |= COMPOSED;
      }
      this.#type = type;
      this.#flags = flags;
      this.#timeStamp = now();
      defineProperty(this, 'isTrusted', isTrustedDesc);
    }

    get type() { checkEvent(this); return this.#type; }
    get target() { checkEvent(this); return this.#target; }
    get srcElement() { checkEvent(this); return this.#target; }
    get currentTarget() {
      checkEvent(this);
      return (this.#flags & DISPATCHING) !== 0 ? this.#target : null;
    }
    get eventPhase() {
      checkEvent(this);
      return (this.#flags & DISPATCHING) !== 0 ? AT_TARGET : NONE;
    }
    get bubbles() { checkEvent(this); return (this.#flags & BUBBLES) !== 0; }
    get cancelable() { checkEvent(this); return (this.#flags & CANCELABLE) !== 0; }
    get composed() { checkEvent(this); return (this.#flags & COMPOSED) !== 0; }
    get defaultPrevented() { checkEvent(this); return (this.#flags & CANCELED) !== 0; }
    get timeStamp() { checkEvent(this); return this.#timeStamp; }

    composedPath() {
      checkEvent(this);
      return (this.#flags & DISPATCHING) !== 0 ? [this.#target] : [];
    }

    stopPropagation() { checkEvent(this); this.#flags |= STOP; }

    get cancelBubble() { checkEvent(this); return (this.#flags & STOP) !== 0; }
    set cancelBubble(v) {
      checkEvent(this);
      if (v) this.#flags |= STOP;
    }

    stopImmediatePropagation() { checkEvent(this); this.#flags |= STOP | STOP_IMMEDIATE; }

    get returnValue() { checkEvent(this); return (this.#flags & CANCELED) === 0; }
    set returnValue(v) {
      checkEvent(this);
      if (!v) cancelEvent(this);
    }

    preventDefault() { checkEvent(this); cancelEvent(this); }

    initEvent(...args) {
      checkEvent(this);
      if (args.length === 0) throw missingArgs('type');
      if ((this.#flags & DISPATCHING) !== 0) return;
      let flags = 0;
      if (args[1]) flags |= BUBBLES;
      if (args[2]) flags |= CANCELABLE;
      // Clears the propagation and canceled flags and isTrusted.
      this.#flags = flags | (this.#flags & COMPOSED);
      this.#target = null;
      this.#type = `${args[0]}`;
    }

    [kInspect](depth, options, inspect) {
      checkEvent(this);
      const name = this.constructor.name;
      if (depth < 0 || typeof inspect !== 'function') return name;
      return `${name} ${inspect({
        type: this.#type,
        defaultPrevented: (this.#flags & CANCELED) !== 0,
        cancelable: (this.#flags & CANCELABLE) !== 0,
        timeStamp: this.#timeStamp,
      }, childOptions(options, false))}`;
    }

    static {
      // [LegacyUnforgeable] readonly attribute boolean isTrusted: an own,
      // non-configurable accessor on every event, one getter for all.
      const get = getOwnPropertyDescriptor({
        get isTrusted() { return isEvent(this) && (this.#flags & TRUSTED) !== 0; },
      }, 'isTrusted').get;
      isTrustedDesc = { get, set: undefined, enumerable: true, configurable: false };
    }
  }

  class CustomEvent extends Event {
    #detail;

    constructor(...args) {
      if (args.length === 0) throw missingArgs('type');
      super(args[0], args[1]);
      const o = args[1];
      const d = o != null ? o.detail : undefined;
      this.#detail = d === undefined ? null : d;
    }

    get detail() {
      if (!isObject(this) || !(#detail in this)) throw invalidThis('CustomEvent');
      return this.#detail;
    }
  }

  function call(callback, target, event) {
    let r;
    if (typeof callback === 'function') {
      try {
        r = callListener(callback, target, event);
      } catch (e) {
        reportException(e);
        return;
      }
    } else {
      // A callback interface object: handleEvent is looked up on every
      // call. Node calls it from an async wrapper, so its throw is reported
      // from a promise reaction, and one that is not callable is ignored.
      try {
        const h = callback.handleEvent;
        if (typeof h !== 'function') return;
        r = callListener(h, callback, event);
      } catch (e) {
        apply(promiseThen, promiseReject(e), [undefined, reportException]);
        return;
      }
    }
    // Node: a rejected promise returned by a listener is an uncaught
    // exception too.
    if (r !== undefined && r !== null) {
      try {
        const then = r.then;
        if (typeof then === 'function') apply(then, r, [undefined, reportException]);
      } catch (e) {
        reportException(e);
      }
    }
  }

  // ---- EventTarget ----------------------------------------------------------

  function checkTarget(t) {
    if (!isTarget(t)) throw invalidThis('EventTarget');
  }

  function validateCallback(callback) {
    if (callback !== null && callback !== undefined && !isObject(callback)) {
      throw invalidArgType('listener', 'an instance of EventListener', callback);
    }
  }

  class EventTarget {
    // Every listener, of every type, in the order they were added (most
    // targets have one or two); null until the first.
    #listeners = null;
    #handlers = null; // Map type -> event handler (onabort), once set
    #warned = false; // Node's MaxListenersExceededWarning, once per target

    static {
      isTarget = (v) => isObject(v) && #listeners in v;

      // DOM "add an event listener" after flattening; false for a
      // duplicate.
      addListener = (t, l) => {
        const all = t.#listeners;
        if (all === null) {
          t.#listeners = [l];
          return true;
        }
        let n = 1;
        for (let i = 0; i < all.length; i++) {
          const o = all[i];
          if (o.type !== l.type) continue;
          if (o.callback === l.callback && (o.flags & L_CAPTURE) === (l.flags & L_CAPTURE)) return false;
          n++;
        }
        all.push(l);
        if (n > kDefaultMaxListeners && !t.#warned) {
          t.#warned = true;
          maxListenersWarning(t, l.type, n);
        }
        return true;
      };

      // DOM "remove an event listener".
      removeListener = (t, l) => {
        l.flags |= L_REMOVED;
        const all = t.#listeners;
        if (all !== null) {
          const i = all.indexOf(l);
          if (i >= 0) all.splice(i, 1);
        }
        if (l.signal !== null) {
          // Not in the spec, which keeps the algorithm until the signal
          // aborts: a long-lived signal would collect one per listener.
          removeAlgorithm(l.signal, l);
          l.signal = null;
        }
      };

      // A copy of the type's listeners (DOM "invoke" step 4), or null.
      snapshot = (t, type) => {
        const all = t.#listeners;
        if (all === null) return null;
        let out = null;
        for (let i = 0; i < all.length; i++) {
          if (all[i].type === type) {
            if (out === null) out = [all[i]];
            else out.push(all[i]);
          }
        }
        return out;
      };

      findListener = (t, type, callback, capture) => {
        const all = t.#listeners;
        if (all === null) return null;
        for (let i = 0; i < all.length; i++) {
          const l = all[i];
          if (l.type === type && l.callback === callback && (l.flags & L_CAPTURE) === capture) return l;
        }
        return null;
      };

      hasListeners = (t, type) => {
        const all = t.#listeners;
        if (all === null) return false;
        for (let i = 0; i < all.length; i++) {
          if (all[i].type === type) return true;
        }
        return false;
      };

      handlerMap = (t, create) => {
        let h = t.#handlers;
        if (h === null && create) h = t.#handlers = new MapCtor();
        return h;
      };
    }

    // Node marks EventTarget classes with a registered symbol.
    static [Symbol.for('nodejs.event_target')] = true;

    addEventListener(...args) {
      checkTarget(this);
      if (args.length < 2) throw missingArgs('type', 'listener');
      const type = toDOMString(args[0]);
      const callback = args[1];
      validateCallback(callback);
      // DOM "flatten more", members in WebIDL order.
      const options = args[2];
      let flags = 0, signal;
      if (isObject(options)) {
        if (options.capture) flags |= L_CAPTURE;
        if (options.once) flags |= L_ONCE;
        if (options.passive) flags |= L_PASSIVE;
        signal = options.signal;
        if (signal !== undefined && !isSignal(signal)) {
          throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
        }
      } else if (options) {
        flags |= L_CAPTURE;
      }
      if (signal !== undefined && isAborted(signal)) return;
      if (callback === null || callback === undefined) {
        // Node warns where the DOM silently returns.
        const w = new ErrorCtor(`addEventListener called with ${callback} which has no effect.`);
        w.name = 'AddEventListenerArgumentTypeWarning';
        w.target = this;
        w.type = type;
        emitWarning(w);
        return;
      }
      const l = new Listener(type, callback, flags);
      if (!addListener(this, l)) return;
      if (signal !== undefined) {
        // The listener is its own abort algorithm (see runAbortSteps).
        l.signal = signal;
        l.target = this;
        addAlgorithm(signal, l);
      }
    }

    removeEventListener(...args) {
      checkTarget(this);
      if (args.length < 2) throw missingArgs('type', 'listener');
      const type = toDOMString(args[0]);
      const callback = args[1];
      validateCallback(callback);
      const options = args[2];
      const capture = (isObject(options) ? options.capture : options) ? L_CAPTURE : 0;
      if (callback === null || callback === undefined) return;
      const l = findListener(this, type, callback, capture);
      if (l !== null) removeListener(this, l);
    }

    dispatchEvent(...args) {
      checkTarget(this);
      if (args.length < 1) throw missingArgs('event');
      const event = args[0];
      if (!isEvent(event)) throw invalidArgType('event', 'an instance of Event', event);
      if (isDispatching(event)) {
        // DOM: InvalidStateError; the message is Node's (ERR_EVENT_RECURSION).
        throw new DOMException(`The event "${eventType(event)}" is already being dispatched`, 'InvalidStateError');
      }
      setUntrusted(event);
      return dispatch(this, event);
    }

    [kInspect](depth, options, inspect) {
      checkTarget(this);
      const name = this.constructor.name;
      if (depth < 0 || typeof inspect !== 'function') return name;
      return `${name} ${inspect({}, childOptions(options, false))}`;
    }
  }

  function maxListenersWarning(t, type, n) {
    const what = isSignal(t) ? '[AbortSignal]' : t.constructor.name;
    const w = new ErrorCtor('Possible EventTarget memory leak detected. ' +
      `${n} ${type} listeners added to ${what}. MaxListeners is ${kDefaultMaxListeners}. ` +
      'Use events.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.target = t;
    w.type = type;
    w.count = n;
    emitWarning(w);
  }

  // HTML event handler IDL attributes (onabort): the handler is one
  // listener, added where the attribute was first set to a non-null value
  // and removed when it is set to null.
  function defineEventHandler(proto, type) {
    const name = `on${type}`;
    function check(t) {
      if (!isTarget(t)) throw invalidArgType('this', 'an instance of EventTarget', t);
    }
    const accessors = {
      get [name]() {
        check(this);
        const handlers = handlerMap(this, false);
        const h = handlers === null ? undefined : handlers.get(type);
        return h === undefined ? null : h.value;
      },
      set [name](value) {
        check(this);
        const handlers = handlerMap(this, true);
        let h = handlers.get(type);
        // [LegacyTreatNonObjectAsNull]: a primitive is null.
        if (!isObject(value)) {
          if (h !== undefined) {
            handlers.delete(type);
            removeListener(this, h.listener);
          }
          return;
        }
        if (h !== undefined) {
          h.value = value;
          return;
        }
        const target = this;
        h = { value, listener: null };
        // The event handler processing algorithm; WebIDL ignores a
        // non-callable value.
        h.listener = new Listener(type, (event) => {
          const f = h.value;
          if (typeof f !== 'function') return undefined;
          const r = callListener(f, target, event);
          if (r === false) cancelEvent(event);
          return r;
        }, 0);
        handlers.set(type, h);
        addListener(this, h.listener);
      },
    };
    const d = getOwnPropertyDescriptor(accessors, name);
    d.enumerable = true;
    defineProperty(proto, name, d);
  }

  // ---- AbortSignal ------------------------------------------------------------

  const kCreate = Symbol('kCreate');

  function newAbortError() {
    return new DOMException('This operation was aborted', 'AbortError');
  }

  // Set by AbortSignal's static block.
  let isSignal, isAborted, addAlgorithm, removeAlgorithm, signalAbort, signalState, link;

  function checkSignal(s) {
    if (!isSignal(s)) throw invalidThis('AbortSignal');
  }

  class AbortSignal extends EventTarget {
    #aborted = false;
    #reason = undefined;
    // DOM's abort algorithms: null, or a Set of functions and of the
    // listeners added with this signal (removed by the abort).
    #algorithms = null;
    #dependent = false;
    #sources = null; // Set of source signals (a dependent signal's)
    #dependents = null; // Set of dependent signals

    static {
      isSignal = (v) => isObject(v) && #aborted in v;
      isAborted = (s) => s.#aborted;
      signalState = (s) => [s.#aborted, s.#reason];
      link = (result, source) => {
        if (result.#sources === null) result.#sources = new SetCtor();
        result.#sources.add(source);
        if (source.#dependents === null) source.#dependents = new SetCtor();
        source.#dependents.add(result);
      };

      // DOM "add an abort algorithm".
      addAlgorithm = (s, algorithm) => {
        if (s.#aborted) return;
        let a = s.#algorithms;
        if (a === null) a = s.#algorithms = new SetCtor();
        a.add(algorithm);
      };

      removeAlgorithm = (s, algorithm) => {
        const a = s.#algorithms;
        if (a !== null) a.delete(algorithm);
      };

      // DOM "signal abort".
      signalAbort = (s, reason) => {
        if (s.#aborted) return;
        s.#aborted = true;
        s.#reason = reason === undefined ? newAbortError() : reason;
        let toAbort = null;
        const deps = s.#dependents;
        if (deps !== null) {
          s.#dependents = null;
          toAbort = [];
          for (const d of deps) {
            if (!d.#aborted) {
              d.#aborted = true;
              d.#reason = s.#reason;
              toAbort.push(d);
            }
          }
        }
        runAbortSteps(s);
        if (toAbort !== null) {
          for (let i = 0; i < toAbort.length; i++) runAbortSteps(toAbort[i]);
        }
      };

      // DOM "run the abort steps".
      function runAbortSteps(s) {
        // Deviation: no WeakRef in goja, so an aborted dependent signal
        // leaves its sources' sets here rather than when it is collected.
        const sources = s.#sources;
        if (sources !== null) {
          s.#sources = null;
          for (const source of sources) {
            if (source.#dependents !== null) source.#dependents.delete(s);
          }
        }
        const algorithms = s.#algorithms;
        if (algorithms !== null) {
          for (const a of algorithms) {
            if (a instanceof Listener) {
              // addEventListener's signal option.
              a.signal = null;
              if ((a.flags & L_REMOVED) === 0) removeListener(a.target, a);
              continue;
            }
            try {
              a(s.#reason);
            } catch (e) {
              reportException(e);
            }
          }
          s.#algorithms = null;
        }
        // Nothing can observe an event no listener receives.
        if (hasListeners(s, 'abort')) dispatch(s, newTrustedEvent('abort'));
      }
    }

    constructor(key = undefined) {
      if (key !== kCreate) throw nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
      super();
    }

    get aborted() { checkSignal(this); return this.#aborted; }
    get reason() { checkSignal(this); return this.#reason; }

    throwIfAborted() {
      checkSignal(this);
      if (this.#aborted) throw this.#reason;
    }

    static abort(reason = undefined) {
      const s = new AbortSignal(kCreate);
      s.#aborted = true;
      s.#reason = reason === undefined ? newAbortError() : reason;
      return s;
    }

    static timeout(milliseconds) {
      // Node's validateUint32(delay, 'delay').
      const ms = milliseconds;
      if (typeof ms !== 'number') throw invalidArgType('delay', 'of type number', ms);
      if (!isInteger(ms)) throw outOfRange('delay', 'an integer', ms);
      if (ms < 0 || ms > 4294967295) throw outOfRange('delay', '>= 0 && <= 4294967295', ms);
      const s = new AbortSignal(kCreate);
      startTimeout(s, ms);
      return s;
    }

    static any(signals) {
      // sequence<AbortSignal>: any iterable object; Node names it an Array.
      let list = signals;
      if (!isArray(list)) {
        if (!isObject(list) || typeof list[Symbol.iterator] !== 'function') {
          throw invalidArgType('signals', 'an instance of Array', signals);
        }
        list = arrayFrom(list);
      }
      for (let i = 0; i < list.length; i++) {
        if (!isSignal(list[i])) throw invalidArgType(`signals[${i}]`, 'an instance of AbortSignal', list[i]);
      }
      // DOM "create a dependent abort signal".
      const result = new AbortSignal(kCreate);
      for (let i = 0; i < list.length; i++) {
        const s = list[i];
        if (s.#aborted) {
          result.#aborted = true;
          result.#reason = s.#reason;
          return result;
        }
      }
      result.#dependent = true;
      for (let i = 0; i < list.length; i++) {
        const s = list[i];
        if (!s.#dependent) {
          link(result, s);
        } else if (s.#sources !== null) {
          for (const source of s.#sources) link(result, source);
        }
      }
      return result;
    }


    // The Go API reads a signal's state through this key (see dom.go).
    get [signalKey]() { return isSignal(this) ? signalState(this) : undefined; }

    [kInspect](depth, options, inspect) {
      checkSignal(this);
      if (depth < 0 || typeof inspect !== 'function') return this;
      return `${this.constructor.name} ${inspect({ aborted: this.#aborted }, childOptions(options, true))}`;
    }
  }

  // Node's ERR_OUT_OF_RANGE.
  function outOfRange(name, range, value) {
    let received = StringCtor(value);
    if (value === 0 && 1 / value < 0) received = '-0';
    else if (isInteger(value) && (value > 2 ** 32 || value < -(2 ** 32))) {
      received = received.replace(/\B(?=(\d{3})+(?!\d))/g, '_');
    }
    return nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
  }

  // ---- AbortController --------------------------------------------------------

  class AbortController {
    // Created on first use, as Node does; nothing can tell.
    #signal = undefined;

    get signal() {
      let s = this.#signal;
      if (s === undefined) s = this.#signal = new AbortSignal(kCreate);
      return s;
    }

    abort(reason = undefined) {
      let s = this.#signal;
      if (s === undefined) s = this.#signal = new AbortSignal(kCreate);
      signalAbort(s, reason);
    }

    [kInspect](depth, options, inspect) {
      const signal = this.signal;
      if (depth < 0 || typeof inspect !== 'function') return this;
      return `${this.constructor.name} ${inspect({ signal }, childOptions(options, true))}`;
    }
  }

  // ---- WebIDL shapes ------------------------------------------------------------

  // Operations and attributes are enumerable; constants are enumerable,
  // read-only and non-configurable, on the interface object and its
  // prototype; @@toStringTag names the interface; lengths count the
  // required arguments.
  function shape(ctor, length, members, tag) {
    const proto = ctor.prototype;
    defineProperty(ctor, 'length', { value: length });
    for (let i = 0; i < members.length; i++) defineProperty(proto, members[i], { enumerable: true });
    defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
  }
  shape(Event, 1, ['type', 'target', 'srcElement', 'currentTarget', 'composedPath', 'eventPhase',
    'stopPropagation', 'cancelBubble', 'stopImmediatePropagation', 'bubbles', 'cancelable',
    'returnValue', 'preventDefault', 'defaultPrevented', 'composed', 'timeStamp', 'initEvent'], 'Event');
  defineProperty(Event.prototype.initEvent, 'length', { value: 1 });
  const phases = ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'];
  for (let i = 0; i < phases.length; i++) {
    const d = { value: i, enumerable: true, writable: false, configurable: false };
    defineProperty(Event, phases[i], d);
    defineProperty(Event.prototype, phases[i], d);
  }
  shape(CustomEvent, 1, ['detail'], 'CustomEvent');
  shape(EventTarget, 0, ['addEventListener', 'removeEventListener', 'dispatchEvent'], 'EventTarget');
  defineProperty(EventTarget.prototype.addEventListener, 'length', { value: 2 });
  defineProperty(EventTarget.prototype.removeEventListener, 'length', { value: 2 });
  defineProperty(EventTarget.prototype.dispatchEvent, 'length', { value: 1 });
  // Deviation: as in Node, of AbortSignal's members only aborted and onabort
  // are enumerable (WebIDL makes them all so); console.log shows the same.
  shape(AbortSignal, 0, ['aborted'], 'AbortSignal');
  defineEventHandler(AbortSignal.prototype, 'abort');
  shape(AbortController, 0, ['signal', 'abort'], 'AbortController');

  return {
    Event,
    CustomEvent,
    EventTarget,
    AbortSignal,
    AbortController,
    // The Go API's internals.
    timeoutFired(signal) {
      signalAbort(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    },
    onAbort(signal, fn) {
      if (!isSignal(signal) || isAborted(signal)) return undefined;
      const algorithm = (reason) => { fn(reason); };
      addAlgorithm(signal, algorithm);
      return () => { removeAlgorithm(signal, algorithm); };
    },
    newController() {
      const c = new AbortController();
      return [c, (reason) => { c.abort(reason); }];
    },
  };
})
