// structuredClone (HTML §2.7.3 "StructuredSerializeWithTransfer" and
// "StructuredDeserializeWithTransfer"), serialize and deserialize fused into
// one walk: the memory maps each source object to its clone, so cycles and
// shared references come out as they went in.
//
// Evaluated once per loop; the factory takes the Go helpers and returns
// structuredClone.
(function (host) {
  'use strict';
  // Intrinsics taken at build time (Node's primordials): a script that
  // patches Map.prototype.set or a getter cannot steer the algorithm.
  const { kind, cloneBlob, copyBuffer, shareBuffer, detach, isDetached, missingValue } = host;
  const { defineProperty, getOwnPropertyDescriptor, getPrototypeOf, keys } = Object;
  const ObjectCtor = Object, ArrayCtor = Array, MapCtor = Map, SetCtor = Set, DateCtor = Date, RegExpCtor = RegExp;
  const DataViewCtor = DataView, TypeErrorCtor = TypeError, StringCtor = String;
  const uncurry = (fn) => (self, ...args) => Reflect.apply(fn, self, args);
  const getter = (proto, key) => uncurry(getOwnPropertyDescriptor(proto, key).get);
  const mapGet = uncurry(Map.prototype.get), mapSet = uncurry(Map.prototype.set), mapHas = uncurry(Map.prototype.has);
  const mapForEach = uncurry(Map.prototype.forEach), setForEach = uncurry(Set.prototype.forEach);
  const setAdd = uncurry(Set.prototype.add);
  const weakMapHas = uncurry(WeakMap.prototype.has), weakSetHas = uncurry(WeakSet.prototype.has);
  const boolValue = uncurry(Boolean.prototype.valueOf), numValue = uncurry(Number.prototype.valueOf);
  const strValue = uncurry(String.prototype.valueOf), bigintValue = uncurry(BigInt.prototype.valueOf);
  const dateValue = uncurry(Date.prototype.valueOf);
  const fnToString = uncurry(Function.prototype.toString), symToString = uncurry(Symbol.prototype.toString);
  const TypedArrayProto = getPrototypeOf(Uint8Array.prototype);
  const taTag = getter(TypedArrayProto, Symbol.toStringTag), taBuffer = getter(TypedArrayProto, 'buffer');
  const taOffset = getter(TypedArrayProto, 'byteOffset'), taLength = getter(TypedArrayProto, 'length');
  const dvBuffer = getter(DataView.prototype, 'buffer'), dvOffset = getter(DataView.prototype, 'byteOffset');
  const dvLength = getter(DataView.prototype, 'byteLength');
  const reSource = getter(RegExp.prototype, 'source');
  // [[OriginalFlags]], read through the per-flag getters (internal slots),
  // not through .flags (which reads overridable properties).
  const reFlags = [];
  for (const [flag, prop] of [['d', 'hasIndices'], ['g', 'global'], ['i', 'ignoreCase'], ['m', 'multiline'],
    ['s', 'dotAll'], ['u', 'unicode'], ['v', 'unicodeSets'], ['y', 'sticky']]) {
    if (getOwnPropertyDescriptor(RegExp.prototype, prop)) reFlags.push([flag, getter(RegExp.prototype, prop)]);
  }
  const typedArrays = { __proto__: null };
  for (const name of ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
    'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
    if (typeof globalThis[name] === 'function') typedArrays[name] = globalThis[name];
  }
  // HTML: the error names that keep their prototype; any other becomes Error.
  const errors = {
    __proto__: null, Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
  };
  // Platform objects this runtime has that are not serializable, by the
  // @@toStringTag their interface prototype carries (Web IDL §3.7.3).
  const platform = { __proto__: null };
  for (const name of ['URL', 'URLSearchParams', 'Headers', 'Request', 'Response', 'FormData',
    'AbortController', 'AbortSignal', 'Event', 'EventTarget', 'CustomEvent', 'MessageEvent', 'ErrorEvent',
    'ProgressEvent', 'PromiseRejectionEvent', 'CloseEvent', 'TextEncoder', 'TextDecoder', 'TextEncoderStream',
    'TextDecoderStream', 'CompressionStream', 'DecompressionStream', 'ReadableStream',
    'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
    'ReadableByteStreamController', 'ReadableStreamDefaultController', 'WritableStream',
    'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'TransformStream',
    'TransformStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'Performance',
    'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
    'PerformanceObserverEntryList', 'BroadcastChannel', 'MessageChannel', 'MessagePort', 'Crypto', 'CryptoKey',
    'SubtleCrypto', 'WebSocket', 'Worker', 'Headers Iterator', 'URLSearchParams Iterator', 'FormData Iterator']) {
    platform[name] = true;
  }
  const toStringTag = Symbol.toStringTag;
  // A \\ pair or a \u002f: scanning pairs first leaves only unescaped
  // \u002f to rewrite.
  const slashEscape = /\\\\|\\u002f/g;
  const unescapeSlash = (m) => (m === '\\\\' ? m : '\\/');

  // The DataCloneError, made with the global DOMException as it is now.
  function cloneError(msg) {
    return new globalThis.DOMException(msg, 'DataCloneError');
  }

  // V8's message: the source of a function, Symbol(desc), #<Ctor> for an
  // object.
  function notCloned(v) {
    let what;
    if (typeof v === 'function') what = fnToString(v);
    else if (typeof v === 'symbol') what = symToString(v);
    else if (kind(v) === 'Symbol') what = '[object Symbol]';
    else if (kind(v) === 'Proxy') what = '#<Object>';
    else what = '#<' + ctorName(v) + '>';
    return cloneError(what + ' could not be cloned.');
  }

  function ctorName(v) {
    for (let p = getPrototypeOf(v); p !== null; p = getPrototypeOf(p)) {
      const d = getOwnPropertyDescriptor(p, 'constructor');
      if (d && typeof d.value === 'function' && typeof d.value.name === 'string' && d.value.name !== '') {
        return d.value.name;
      }
    }
    return 'Object';
  }

  // The @@toStringTag of the first prototype on v's chain that has one as a
  // data property: the interface a platform object implements.
  function platformTag(v) {
    for (let p = getPrototypeOf(v); p !== null; p = getPrototypeOf(p)) {
      const d = getOwnPropertyDescriptor(p, toStringTag);
      if (d !== undefined) return 'value' in d && typeof d.value === 'string' ? d.value : undefined;
    }
    return undefined;
  }

  // CreateDataProperty: '__proto__' and setters on the prototype are not
  // triggered.
  function put(o, key, value) {
    defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
  }

  function detachedError() {
    return cloneError('An ArrayBuffer is detached and could not be cloned.');
  }

  function buffer(ab, memory) {
    let r = mapGet(memory, ab);
    if (r !== undefined) return r;
    if (isDetached(ab)) throw detachedError();
    r = copyBuffer(ab);
    mapSet(memory, ab, r);
    return r;
  }

  function clone(v, memory) {
    if (typeof v === 'function' || typeof v === 'symbol') throw notCloned(v);
    if (typeof v !== 'object' || v === null) return v;
    let r = mapGet(memory, v);
    if (r !== undefined) return r;
    const k = kind(v);
    switch (k) {
      case 'Boolean': r = ObjectCtor(boolValue(v)); break;
      case 'Number': r = ObjectCtor(numValue(v)); break;
      case 'String': r = ObjectCtor(strValue(v)); break;
      case 'BigInt': r = ObjectCtor(bigintValue(v)); break;
      case 'Date': r = new DateCtor(dateValue(v)); break;
      case 'RegExp': {
        // The lastIndex is not kept.
        let flags = '';
        for (const [f, get] of reFlags) if (get(v)) flags += f;
        // goja spells a '/' given to new RegExp as \u002f in source;
        // V8 (and WPT) escape it as \/, which matches the same.
        const source = reSource(v).replace(slashEscape, unescapeSlash);
        r = new RegExpCtor(source, flags);
        break;
      }
      case 'ArrayBuffer': return buffer(v, memory);
      case 'Blob': case 'File': r = cloneBlob(v); break;
      case 'Map': {
        r = new MapCtor();
        mapSet(memory, v, r);
        // HTML: the entries are copied first, so that serializing them
        // cannot change which ones are visited.
        const entries = [];
        mapForEach(v, (value, key) => { entries.push(key, value); });
        for (let i = 0; i < entries.length; i += 2) {
          mapSet(r, clone(entries[i], memory), clone(entries[i + 1], memory));
        }
        return r;
      }
      case 'Set': {
        r = new SetCtor();
        mapSet(memory, v, r);
        const entries = [];
        setForEach(v, (value) => { entries.push(value); });
        for (let i = 0; i < entries.length; i++) setAdd(r, clone(entries[i], memory));
        return r;
      }
      case 'Array': {
        r = new ArrayCtor(v.length);
        mapSet(memory, v, r);
        copyProps(v, r, memory);
        return r;
      }
      case 'Error': {
        const tag = platformTag(v);
        if (tag === 'DOMException') return domException(v, memory);
        if (tag !== undefined && platform[tag]) throw notCloned(v);
        return error(v, memory);
      }
      case 'Object': return object(v, memory);
      default: // Function (a callable that typeof missed), Proxy, Promise, Symbol, URL, URLSearchParams
        throw notCloned(v);
    }
    mapSet(memory, v, r);
    return r;
  }

  function copyProps(v, r, memory) {
    const ks = keys(v);
    for (let i = 0; i < ks.length; i++) {
      const key = ks[i];
      // HTML: a property deleted by an earlier getter is skipped.
      if (!getOwnPropertyDescriptor(v, key)) continue;
      put(r, key, clone(v[key], memory));
    }
  }

  function object(v, memory) {
    const tag = taTag(v);
    if (tag !== undefined) {
      // A typed array: its buffer is cloned once however many views share it.
      const ab = taBuffer(v);
      if (isDetached(ab)) throw detachedError();
      const buf = buffer(ab, memory);
      const r = new typedArrays[tag](buf, taOffset(v), taLength(v));
      mapSet(memory, v, r);
      return r;
    }
    let ab;
    try { ab = dvBuffer(v); } catch { ab = undefined; }
    if (ab !== undefined) {
      if (isDetached(ab)) throw detachedError();
      const buf = buffer(ab, memory);
      const r = new DataViewCtor(buf, dvOffset(v), dvLength(v));
      mapSet(memory, v, r);
      return r;
    }
    if (isWeak(v)) throw notCloned(v);
    const ptag = platformTag(v);
    if (ptag === 'DOMException') return domException(v, memory);
    if (ptag !== undefined && platform[ptag]) throw notCloned(v);
    const r = {};
    mapSet(memory, v, r);
    copyProps(v, r, memory);
    return r;
  }

  function isWeak(v) {
    try { weakMapHas(v, v); return true; } catch { /* not a WeakMap */ }
    try { weakSetHas(v, v); return true; } catch { /* not a WeakSet */ }
    return false;
  }

  // DOMException is serializable (WebIDL §3.14.1): its name and message.
  function domException(v, memory) {
    const D = globalThis.DOMException;
    const proto = D.prototype;
    let name, message;
    try {
      name = getOwnPropertyDescriptor(proto, 'name').get.call(v);
      message = getOwnPropertyDescriptor(proto, 'message').get.call(v);
    } catch {
      throw notCloned(v);
    }
    const r = new D(message, name);
    mapSet(memory, v, r);
    return r;
  }

  function error(v, memory) {
    // HTML: name through [[Get]]; message and cause only when own data
    // properties. V8 (and so Node) keeps the stack too.
    let name = v.name;
    if (typeof name !== 'string' || !(name in errors)) name = 'Error';
    const md = getOwnPropertyDescriptor(v, 'message');
    const message = md !== undefined && 'value' in md ? StringCtor(md.value) : undefined;
    const sd = getOwnPropertyDescriptor(v, 'stack');
    const stack = sd !== undefined && 'value' in sd && typeof sd.value === 'string' ? sd.value : undefined;
    const r = new errors[name]();
    mapSet(memory, v, r);
    delete r.stack;
    delete r.message;
    const own = (key, value) => defineProperty(r, key, { value, writable: true, enumerable: false, configurable: true });
    if (stack !== undefined) own('stack', stack);
    if (message !== undefined) own('message', message);
    const cd = getOwnPropertyDescriptor(v, 'cause');
    if (cd !== undefined && 'value' in cd) own('cause', clone(cd.value, memory));
    return r;
  }

  function invalidArgType(msg) {
    const e = new TypeErrorCtor(msg);
    e.code = 'ERR_INVALID_ARG_TYPE';
    return e;
  }

  return {
    structuredClone(value, ...rest) {
      if (arguments.length === 0) throw missingValue();
      const options = rest[0];
      const transfer = [];
      // WebIDL: StructuredSerializeOptions, a dictionary (null is empty).
      if (options !== undefined && options !== null) {
        if (typeof options !== 'object' && typeof options !== 'function') {
          throw invalidArgType('The options argument must be either an object or undefined');
        }
        const list = options.transfer;
        if (list !== undefined) {
          if (list === null || typeof list[Symbol.iterator] !== 'function') {
            throw invalidArgType('Optional transferList argument must be an iterable');
          }
          for (const t of list) {
            if ((typeof t !== 'object' && typeof t !== 'function') || t === null) {
              const e = new TypeErrorCtor('Found invalid object in transferList');
              e.code = 'ERR_INVALID_TRANSFER_OBJECT';
              throw e;
            }
            transfer.push(t);
          }
        }
      }
      // StructuredSerializeWithTransfer steps 1-2: each transferred
      // ArrayBuffer is entered in the memory as its transferred clone, which
      // takes over the bytes without copying them.
      const memory = new MapCtor();
      for (let i = 0; i < transfer.length; i++) {
        const t = transfer[i];
        if (kind(t) !== 'ArrayBuffer') throw cloneError('Value not transferable');
        if (mapHas(memory, t)) throw cloneError('Transfer list contains duplicate ArrayBuffer');
        if (isDetached(t)) throw detachedError();
        mapSet(memory, t, shareBuffer(t));
      }
      const out = clone(value, memory);
      // Step 5: only once serialization succeeded are the sources detached.
      for (let i = 0; i < transfer.length; i++) detach(transfer[i]);
      return out;
    },
  }.structuredClone;
})
