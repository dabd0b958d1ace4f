// The WHATWG Streams Standard (https://streams.spec.whatwg.org), written from
// the spec's algorithms. Abstract operations keep the spec's names in
// camelCase (readableStreamCancel is ReadableStreamCancel) and work on
// internal records; every public object holds its record in one
// non-enumerable symbol-keyed slot, so brand checks are a lookup.
//
// The factory receives Go helpers (native) and primordials captured when the
// package was enabled, so that user code patching Promise.prototype.then or
// the stream prototypes later cannot observe the internal machinery (WPT
// patched-global, then-interception).
(function (native, Promise_, promiseThen, promiseResolve, promiseReject) {
  'use strict';

  const ReflectApply = Reflect.apply;
  const ObjectCreate = Object.create;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
  const ObjectDefineProperties = Object.defineProperties;
  const ObjectGetOwnPropertyDescriptors = Object.getOwnPropertyDescriptors;
  const SymbolIterator = Symbol.iterator;
  // hostapi defines Symbol.asyncIterator; without it, the key esbuild's
  // lowered for-await looks for.
  const SymbolAsyncIterator = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');
  const SymbolToStringTag = Symbol.toStringTag;
  const kInspect = Symbol.for('nodejs.util.inspect.custom');
  const NumberIsNaN = Number.isNaN;
  const MathTrunc = Math.trunc;
  const MathMin = Math.min;
  const ArrayBuffer_ = ArrayBuffer;
  const Uint8Array_ = Uint8Array;
  const DataView_ = DataView;
  const TypeError_ = TypeError;
  const RangeError_ = RangeError;
  const globalObj = globalThis;

  function getter(proto, key) {
    return ObjectGetOwnPropertyDescriptor(proto, key).get;
  }
  const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array_.prototype);
  const taTag = getter(TypedArrayPrototype, SymbolToStringTag);
  const taBuffer = getter(TypedArrayPrototype, 'buffer');
  const taByteOffset = getter(TypedArrayPrototype, 'byteOffset');
  const taByteLength = getter(TypedArrayPrototype, 'byteLength');
  const taLength = getter(TypedArrayPrototype, 'length');
  const taSet = TypedArrayPrototype.set;
  const dvBuffer = getter(DataView_.prototype, 'buffer');
  const dvByteOffset = getter(DataView_.prototype, 'byteOffset');
  const dvByteLength = getter(DataView_.prototype, 'byteLength');
  const abByteLength = getter(ArrayBuffer_.prototype, 'byteLength');
  const abSlice = ArrayBuffer_.prototype.slice;
  const abIsView = ArrayBuffer_.isView;

  // The typed array constructors table: name -> [constructor, element size].
  const typedArrayTable = { __proto__: null };
  for (const [name, size] of [['Int8Array', 1], ['Uint8Array', 1], ['Uint8ClampedArray', 1],
    ['Int16Array', 2], ['Uint16Array', 2], ['Float16Array', 2], ['Int32Array', 4],
    ['Uint32Array', 4], ['Float32Array', 4], ['Float64Array', 8], ['BigInt64Array', 8],
    ['BigUint64Array', 8]]) {
    if (typeof globalObj[name] === 'function') typedArrayTable[name] = [globalObj[name], size];
  }

  // ---------------------------------------------------------------------------
  // Errors. Node's codes and messages where Node has them.

  const nodeError = native.nodeError;
  function invalidState(msg) {
    return nodeError('TypeError', 'ERR_INVALID_STATE', 'Invalid state: ' + msg);
  }
  function invalidThis(type) {
    return nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
  }
  function illegalConstructor() {
    return nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }
  function argType(name, expected, value) {
    return native.invalidArgType(name, expected, value);
  }
  function argValue(ctor, name, value, reason) {
    const kind = name.indexOf('.') >= 0 ? 'property' : 'argument';
    return nodeError(ctor, 'ERR_INVALID_ARG_VALUE',
      "The " + kind + " '" + name + "' " + (reason || 'is invalid') + '. Received ' + inspect(value));
  }
  // inspect renders a value as util.inspect does in Node's
  // ERR_INVALID_ARG_VALUE messages, for the values these errors carry.
  function inspect(v) {
    if (typeof v === 'function') return v.name ? '[Function: ' + v.name + ']' : '[Function (anonymous)]';
    if (!isObject(v)) return native.inspectShort(v);
    const s = slotOf(v, RSRec);
    if (s !== undefined) {
      return 'ReadableStream { locked: ' + isReadableStreamLocked(s) + ", state: '" + s.state +
        "', supportsBYOB: " + (s.controller instanceof ByteControllerRec) + ' }';
    }
    const name = typedArrayName(v);
    if (name !== undefined) {
      const n = ReflectApply(taLength, v, []);
      if (n === 0) return name + '(0) []';
      if (n <= 6) {
        let items = '';
        for (let i = 0; i < n; i++) items += (i > 0 ? ', ' : '') + v[i];
        return name + '(' + n + ') [ ' + items + ' ]';
      }
    }
    const d = native.describe(v);
    return d.indexOf('Received ') === 0 ? d.slice(9) : d;
  }

  // ---------------------------------------------------------------------------
  // Promises: the spec's "a new promise", "a promise resolved with", "upon
  // fulfillment", "react", [[PromiseIsHandled]].

  function noop() {}
  function returnUndefined() {}

  // Deferred is "a new promise" together with its resolving functions and
  // the [[PromiseState]] the writer algorithms inspect.
  class Deferred {
    constructor() {
      this.state = 0; // 0 pending, 1 fulfilled, 2 rejected
      this.promise = new Promise_((resolve, reject) => {
        this.res = resolve;
        this.rej = reject;
      });
    }
    resolve(v) {
      if (this.state !== 0) return;
      this.state = 1;
      this.res(v);
    }
    reject(e) {
      if (this.state !== 0) return;
      this.state = 2;
      this.rej(e);
    }
  }
  function resolvedDeferred() {
    const d = new Deferred();
    d.resolve(undefined);
    return d;
  }
  function rejectedDeferred(e) {
    const d = new Deferred();
    d.reject(e);
    setHandled(d.promise);
    return d;
  }

  // WebIDL "a promise resolved with": always a new promise, which adopts a
  // thenable's state two jobs later (not PromiseResolve, which would return
  // a promise argument itself).
  function resolvedPromise(v) {
    // PromiseResolve of a non-promise is a new promise, without a closure.
    if (!isObject(v)) return ReflectApply(promiseResolve, Promise_, [v]);
    return new Promise_((resolve) => resolve(v));
  }
  function rejectedPromise(e) {
    return ReflectApply(promiseReject, Promise_, [e]);
  }
  // PerformPromiseThen with the original then: the derived promise is returned
  // ("react to", "transform a promise with").
  function then(p, onFulfilled, onRejected) {
    return ReflectApply(promiseThen, p, [onFulfilled, onRejected]);
  }
  // "Upon fulfillment" alone: a rejection is swallowed (the spec's
  // PerformPromiseThen creates no derived promise to go unhandled).
  function uponFulfillment(p, f) {
    ReflectApply(promiseThen, p, [f, noop]);
  }
  function uponRejection(p, r) {
    ReflectApply(promiseThen, p, [undefined, r]);
  }
  function uponPromise(p, f, r) {
    ReflectApply(promiseThen, p, [f, r]);
  }
  function setHandled(p) {
    ReflectApply(promiseThen, p, [undefined, noop]);
  }
  const resolvedUndefined = ReflectApply(promiseResolve, Promise_, [undefined]);
  function queueMicrotask(fn) {
    ReflectApply(promiseThen, resolvedUndefined, [fn, undefined]);
  }
  // "Wait for all" over a list of promises.
  function waitForAll(promises) {
    const d = new Deferred();
    let remaining = promises.length;
    if (remaining === 0) {
      d.resolve(undefined);
      return d.promise;
    }
    for (let i = 0; i < promises.length; i++) {
      uponPromise(promises[i], () => {
        if (--remaining === 0) d.resolve(undefined);
      }, (e) => d.reject(e));
    }
    return d.promise;
  }

  // WebIDL "invoke" a callback whose return type is a promise: a throw becomes
  // a rejection and the result goes through PromiseResolve.
  function invokePromise(fn, thisArg, args) {
    try {
      return resolvedPromise(ReflectApply(fn, thisArg, args));
    } catch (e) {
      return rejectedPromise(e);
    }
  }

  // ---------------------------------------------------------------------------
  // Slots and WebIDL plumbing.

  // The slot's key is a symbol Go created once per process, so that Go can
  // read a stream's record without the loop (IsReadableStream, Locked). A
  // record is genuine only when it points back at the object holding it.
  const kSlot = native.slotKey;
  function setSlot(obj, rec) {
    ObjectDefineProperty(obj, kSlot, { value: rec });
  }
  function slotOf(obj, Rec) {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return undefined;
    const rec = obj[kSlot];
    return rec instanceof Rec && rec.obj === obj ? rec : undefined;
  }
  function isObject(v) {
    return v !== null && (typeof v === 'object' || typeof v === 'function');
  }

  // Dictionary conversion: undefined and null are an empty dictionary,
  // anything else must be an object.
  function dictionary(v, name) {
    if (v === undefined || v === null) return undefined;
    if (!isObject(v)) throw argType(name, 'of type object', v);
    return v;
  }
  function callbackMember(dict, key, prefix) {
    const v = dict[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'function') throw argType(prefix + '.' + key, 'of type function', v);
    return v;
  }
  // [EnforceRange] unsigned long long.
  function enforceRangeULL(v, name) {
    let x = +v;
    if (NumberIsNaN(x) || x === Infinity || x === -Infinity) {
      throw nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        "The " + (name.indexOf('.') >= 0 ? 'property' : 'argument') + " '" + name + "' is invalid. Received " + inspect(v));
    }
    x = MathTrunc(x);
    if (x === 0) x = 0; // -0
    if (x < 0 || x > 9007199254740991) {
      throw nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        "The " + (name.indexOf('.') >= 0 ? 'property' : 'argument') + " '" + name + "' is invalid. Received " + inspect(v));
    }
    return x;
  }

  // Makes a class look like a WebIDL interface: enumerable members, a
  // @@toStringTag, Node's inspect output.
  // ReadableStreamGenericReader: the members both readers share, defined
  // on each prototype after its own (the order the spec's IDL lists them).
  function genericReaderMembers(cls, Rec) {
    const name = cls.name;
    ObjectDefineProperties(cls.prototype, ObjectGetOwnPropertyDescriptors({
      get closed() {
        const reader = slotOf(this, Rec);
        if (reader === undefined) return rejectedPromise(invalidThis(name));
        return reader.closed.promise;
      },
      cancel(reason = undefined) {
        const reader = slotOf(this, Rec);
        if (reader === undefined) return rejectedPromise(invalidThis(name));
        if (reader.stream === undefined) return rejectedPromise(invalidState('The reader is not attached to a stream'));
        return readableStreamReaderGenericCancel(reader, reason);
      },
    }));
  }

  function finishInterface(cls, name, inspectData) {
    const proto = cls.prototype;
    const names = ObjectGetOwnPropertyNames(proto);
    for (let i = 0; i < names.length; i++) {
      if (names[i] === 'constructor') continue;
      const d = ObjectGetOwnPropertyDescriptor(proto, names[i]);
      d.enumerable = true;
      ObjectDefineProperty(proto, names[i], d);
    }
    const statics = ObjectGetOwnPropertyNames(cls);
    for (let i = 0; i < statics.length; i++) {
      const k = statics[i];
      if (k === 'length' || k === 'name' || k === 'prototype') continue;
      const d = ObjectGetOwnPropertyDescriptor(cls, k);
      d.enumerable = true;
      ObjectDefineProperty(cls, k, d);
    }
    ObjectDefineProperty(proto, SymbolToStringTag, { value: name, configurable: true });
    if (inspectData) {
      ObjectDefineProperty(proto, kInspect, {
        value: function (depth, options, inspect) {
          const data = inspectData(this);
          if (data === undefined || depth < 0 || typeof inspect !== 'function') return this;
          const opts = {};
          for (const k in options) opts[k] = options[k];
          opts.depth = options.depth == null ? null : options.depth - 1;
          return name + ' ' + inspect(data, opts);
        },
        configurable: true, writable: true,
      });
    }
  }

  // ---------------------------------------------------------------------------
  // Array buffers and views.

  function typedArrayName(v) {
    return ReflectApply(taTag, v, []);
  }
  function isArrayBufferView(v) {
    return ReflectApply(abIsView, ArrayBuffer_, [v]);
  }
  function isArrayBuffer(v) {
    if (!isObject(v)) return false;
    try {
      ReflectApply(abByteLength, v, []);
      return true;
    } catch (e) {
      return false;
    }
  }
  // viewParts returns the view's [[ViewedArrayBuffer]], [[ByteOffset]],
  // [[ByteLength]]. A DataView over a detached buffer reads as empty.
  function viewBuffer(v) {
    return typedArrayName(v) !== undefined ? ReflectApply(taBuffer, v, []) : ReflectApply(dvBuffer, v, []);
  }
  function viewByteOffset(v) {
    if (typedArrayName(v) !== undefined) return ReflectApply(taByteOffset, v, []);
    try {
      return ReflectApply(dvByteOffset, v, []);
    } catch (e) {
      return 0;
    }
  }
  function viewByteLength(v) {
    if (typedArrayName(v) !== undefined) return ReflectApply(taByteLength, v, []);
    try {
      return ReflectApply(dvByteLength, v, []);
    } catch (e) {
      return 0;
    }
  }
  function arrayBufferByteLength(ab) {
    return ReflectApply(abByteLength, ab, []);
  }
  const isDetachedBuffer = native.isDetached;
  const transferArrayBuffer = native.transfer;
  function cloneArrayBuffer(buffer, offset, length) {
    return ReflectApply(abSlice, buffer, [offset, offset + length]);
  }
  function copyDataBlockBytes(to, toIndex, from, fromIndex, count) {
    ReflectApply(taSet, new Uint8Array_(to, toIndex, count), [new Uint8Array_(from, fromIndex, count)]);
  }
  function cloneAsUint8Array(view) {
    const buffer = cloneArrayBuffer(viewBuffer(view), viewByteOffset(view), viewByteLength(view));
    return new Uint8Array_(buffer);
  }
  function isUint8Array(v) {
    return typedArrayName(v) === 'Uint8Array';
  }

  // ---------------------------------------------------------------------------
  // Queue: a FIFO with O(1) shift (Array.prototype.shift copies in goja).

  class Queue {
    constructor() {
      this.items = [];
      this.head = 0;
    }
    get length() {
      return this.items.length - this.head;
    }
    push(v) {
      this.items[this.items.length] = v;
    }
    peek() {
      return this.items[this.head];
    }
    at(i) {
      return this.items[this.head + i];
    }
    shift() {
      const items = this.items;
      const v = items[this.head];
      items[this.head] = undefined;
      this.head++;
      if (this.head === items.length) {
        this.items = [];
        this.head = 0;
      } else if (this.head >= 1024 && this.head * 2 >= items.length) {
        const rest = [];
        for (let i = this.head; i < items.length; i++) rest[rest.length] = items[i];
        this.items = rest;
        this.head = 0;
      }
      return v;
    }
  }

  // SizedQueue holds a queue-with-sizes' value-with-sizes as two parallel
  // queues (no object per chunk).
  class SizedQueue {
    constructor() {
      this.values = new Queue();
      this.sizes = new Queue();
    }
    get length() {
      return this.values.length;
    }
  }

  // Queue-with-sizes (spec section 8.1) on any record with queue and
  // queueTotalSize.
  function dequeueValue(c) {
    c.queueTotalSize -= c.queue.sizes.shift();
    if (c.queueTotalSize < 0) c.queueTotalSize = 0;
    return c.queue.values.shift();
  }
  function enqueueValueWithSize(c, value, size) {
    if (typeof size !== 'number' || NumberIsNaN(size) || size < 0 || size === Infinity) {
      throw argValue('RangeError', 'size', size);
    }
    c.queue.values.push(value);
    c.queue.sizes.push(size);
    c.queueTotalSize += size;
  }
  function peekQueueValue(c) {
    return c.queue.values.peek();
  }
  // ResetQueue; a byte stream controller's queue holds its own entries.
  function resetQueue(c) {
    c.queue = c instanceof ByteControllerRec ? new Queue() : new SizedQueue();
    c.queueTotalSize = 0;
  }

  // ---------------------------------------------------------------------------
  // Queuing strategies.

  function convertQueuingStrategy(strategy, name) {
    const dict = dictionary(strategy, name);
    if (dict === undefined) return { highWaterMark: undefined, size: undefined };
    let highWaterMark = dict.highWaterMark;
    if (highWaterMark !== undefined) highWaterMark = +highWaterMark;
    const size = callbackMember(dict, 'size', name);
    return { highWaterMark, size };
  }
  function extractHighWaterMark(strategy, defaultHWM, name) {
    const hwm = strategy.highWaterMark;
    if (hwm === undefined) return defaultHWM;
    if (NumberIsNaN(hwm) || hwm < 0) throw argValue('RangeError', name + '.highWaterMark', hwm);
    return hwm;
  }
  function sizeOne() {
    return 1;
  }
  function extractSizeAlgorithm(strategy) {
    const size = strategy.size;
    if (size === undefined) return sizeOne;
    return (chunk) => +ReflectApply(size, undefined, [chunk]);
  }

  const byteLengthSizeFunction = {
    size(chunk) {
      return chunk.byteLength;
    },
  }.size;
  const countSizeFunction = {
    size() {
      return 1;
    },
  }.size;

  class QueuingStrategyRec {
    constructor(obj, hwm) {
      this.obj = obj;
      this.highWaterMark = hwm;
    }
  }
  function convertQueuingStrategyInit(init) {
    if (!isObject(init)) throw argType('init', 'of type object', init);
    const hwm = init.highWaterMark;
    if (hwm === undefined) throw nodeError('TypeError', 'ERR_MISSING_OPTION', 'init.highWaterMark is required');
    return +hwm;
  }
  class BLQSRec extends QueuingStrategyRec {}
  class CQSRec extends QueuingStrategyRec {}

  class ByteLengthQueuingStrategy {
    constructor(init) {
      setSlot(this, new BLQSRec(this, convertQueuingStrategyInit(init)));
    }
    get highWaterMark() {
      const r = slotOf(this, BLQSRec);
      if (r === undefined) throw invalidThis('ByteLengthQueuingStrategy');
      return r.highWaterMark;
    }
    get size() {
      if (slotOf(this, BLQSRec) === undefined) throw invalidThis('ByteLengthQueuingStrategy');
      return byteLengthSizeFunction;
    }
  }
  finishInterface(ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy', (o) => {
    const r = slotOf(o, BLQSRec);
    return r && { highWaterMark: r.highWaterMark };
  });

  class CountQueuingStrategy {
    constructor(init) {
      setSlot(this, new CQSRec(this, convertQueuingStrategyInit(init)));
    }
    get highWaterMark() {
      const r = slotOf(this, CQSRec);
      if (r === undefined) throw invalidThis('CountQueuingStrategy');
      return r.highWaterMark;
    }
    get size() {
      if (slotOf(this, CQSRec) === undefined) throw invalidThis('CountQueuingStrategy');
      return countSizeFunction;
    }
  }
  finishInterface(CountQueuingStrategy, 'CountQueuingStrategy', (o) => {
    const r = slotOf(o, CQSRec);
    return r && { highWaterMark: r.highWaterMark };
  });

  // ---------------------------------------------------------------------------
  // Internal records.

  class RSRec {
    constructor(obj) {
      this.obj = obj;
      // InitializeReadableStream
      this.state = 'readable';
      this.reader = undefined;
      this.storedError = undefined;
      this.disturbed = false;
      this.controller = undefined;
    }
  }
  // Go's IsReadableStream checks the brand (streams.go).
  ObjectDefineProperty(RSRec.prototype, 'brand', { value: 'ReadableStream' });

  class ReaderRec {
    constructor(obj) {
      this.obj = obj;
      this.stream = undefined;
      this.closed = undefined; // Deferred: [[closedPromise]]
      this.requests = new Queue(); // [[readRequests]] or [[readIntoRequests]]
    }
  }
  class DefaultReaderRec extends ReaderRec {}
  class BYOBReaderRec extends ReaderRec {}

  class RSDefaultControllerRec {
    constructor(obj) {
      this.obj = obj;
      this.stream = undefined;
      this.queue = new SizedQueue();
      this.queueTotalSize = 0;
      this.started = false;
      this.closeRequested = false;
      this.pullAgain = false;
      this.pulling = false;
      this.strategySizeAlgorithm = undefined;
      this.strategyHWM = 0;
      this.pullAlgorithm = undefined;
      this.cancelAlgorithm = undefined;
      this.onPulled = undefined; // the pull promise's reactions, made once
      this.onPullFailed = undefined;
    }
    // [[CancelSteps]]
    cancelSteps(reason) {
      resetQueue(this);
      const result = this.cancelAlgorithm(reason);
      rsDefaultControllerClearAlgorithms(this);
      return result;
    }
    // [[PullSteps]]
    pullSteps(readRequest) {
      const stream = this.stream;
      if (this.queue.length > 0) {
        const chunk = dequeueValue(this);
        if (this.closeRequested && this.queue.length === 0) {
          rsDefaultControllerClearAlgorithms(this);
          readableStreamClose(stream);
        } else {
          rsDefaultControllerCallPullIfNeeded(this);
        }
        readRequest.chunkSteps(chunk);
      } else {
        readableStreamAddReadRequest(stream, readRequest);
        rsDefaultControllerCallPullIfNeeded(this);
      }
    }
    // [[ReleaseSteps]]
    releaseSteps() {}
  }

  class ByteControllerRec {
    constructor(obj) {
      this.obj = obj;
      this.stream = undefined;
      this.queue = new Queue(); // entries {buffer, byteOffset, byteLength}
      this.queueTotalSize = 0;
      this.started = false;
      this.closeRequested = false;
      this.pullAgain = false;
      this.pulling = false;
      this.byobRequest = null; // BYOBRequestRec
      this.strategyHWM = 0;
      this.pullAlgorithm = undefined;
      this.cancelAlgorithm = undefined;
      this.autoAllocateChunkSize = undefined;
      this.pendingPullIntos = new Queue();
      this.onPulled = undefined;
      this.onPullFailed = undefined;
    }
    cancelSteps(reason) {
      rbsControllerClearPendingPullIntos(this);
      resetQueue(this);
      const result = this.cancelAlgorithm(reason);
      rbsControllerClearAlgorithms(this);
      return result;
    }
    pullSteps(readRequest) {
      const stream = this.stream;
      if (this.queueTotalSize > 0) {
        rbsControllerFillReadRequestFromQueue(this, readRequest);
        return;
      }
      const autoAllocateChunkSize = this.autoAllocateChunkSize;
      if (autoAllocateChunkSize !== undefined) {
        let buffer;
        try {
          buffer = new ArrayBuffer_(autoAllocateChunkSize);
        } catch (e) {
          readRequest.errorSteps(e);
          return;
        }
        this.pendingPullIntos.push({
          buffer,
          bufferByteLength: autoAllocateChunkSize,
          byteOffset: 0,
          byteLength: autoAllocateChunkSize,
          bytesFilled: 0,
          minimumFill: 1,
          elementSize: 1,
          viewConstructor: Uint8Array_,
          readerType: 'default',
        });
      }
      readableStreamAddReadRequest(stream, readRequest);
      rbsControllerCallPullIfNeeded(this);
    }
    releaseSteps() {
      if (this.pendingPullIntos.length > 0) {
        const first = this.pendingPullIntos.peek();
        first.readerType = 'none';
        this.pendingPullIntos = new Queue();
        this.pendingPullIntos.push(first);
      }
    }
  }

  class BYOBRequestRec {
    constructor(obj) {
      this.obj = obj;
      this.controller = undefined;
      this.view = null;
    }
  }

  // ---------------------------------------------------------------------------
  // ReadableStream abstract operations (spec 4.9.1).

  function acquireDefaultReader(stream) {
    const obj = ObjectCreate(ReadableStreamDefaultReader.prototype);
    const reader = new DefaultReaderRec(obj);
    setUpDefaultReader(reader, stream);
    setSlot(obj, reader);
    return reader;
  }
  function acquireBYOBReader(stream) {
    const obj = ObjectCreate(ReadableStreamBYOBReader.prototype);
    const reader = new BYOBReaderRec(obj);
    setUpBYOBReader(reader, stream);
    setSlot(obj, reader);
    return reader;
  }

  function newRSRec() {
    const obj = ObjectCreate(ReadableStream.prototype);
    const stream = new RSRec(obj);
    setSlot(obj, stream);
    return stream;
  }
  function newDefaultControllerRec() {
    const obj = ObjectCreate(ReadableStreamDefaultController.prototype);
    const c = new RSDefaultControllerRec(obj);
    setSlot(obj, c);
    return c;
  }
  function newByteControllerRec() {
    const obj = ObjectCreate(ReadableByteStreamController.prototype);
    const c = new ByteControllerRec(obj);
    setSlot(obj, c);
    return c;
  }

  function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm) {
    if (highWaterMark === undefined) highWaterMark = 1;
    if (sizeAlgorithm === undefined) sizeAlgorithm = sizeOne;
    const stream = newRSRec();
    setUpRSDefaultController(stream, newDefaultControllerRec(), startAlgorithm, pullAlgorithm,
      cancelAlgorithm, highWaterMark, sizeAlgorithm);
    return stream;
  }
  function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark) {
    const stream = newRSRec();
    setUpByteController(stream, newByteControllerRec(), startAlgorithm, pullAlgorithm, cancelAlgorithm,
      highWaterMark === undefined ? 0 : highWaterMark, undefined);
    return stream;
  }

  function isReadableStreamLocked(stream) {
    return stream.reader !== undefined;
  }

  function readableStreamAddReadIntoRequest(stream, readRequest) {
    stream.reader.requests.push(readRequest);
  }
  function readableStreamAddReadRequest(stream, readRequest) {
    stream.reader.requests.push(readRequest);
  }

  function readableStreamCancel(stream, reason) {
    stream.disturbed = true;
    if (stream.state === 'closed') return resolvedPromise(undefined);
    if (stream.state === 'errored') return rejectedPromise(stream.storedError);
    readableStreamClose(stream);
    const reader = stream.reader;
    if (reader !== undefined && reader instanceof BYOBReaderRec) {
      const readIntoRequests = reader.requests;
      reader.requests = new Queue();
      while (readIntoRequests.length > 0) readIntoRequests.shift().closeSteps(undefined);
    }
    const sourceCancelPromise = stream.controller.cancelSteps(reason);
    return then(sourceCancelPromise, returnUndefined, undefined);
  }

  function readableStreamClose(stream) {
    stream.state = 'closed';
    const reader = stream.reader;
    if (reader === undefined) return;
    reader.closed.resolve(undefined);
    if (reader instanceof DefaultReaderRec) {
      const readRequests = reader.requests;
      reader.requests = new Queue();
      while (readRequests.length > 0) readRequests.shift().closeSteps();
    }
  }

  function readableStreamError(stream, e) {
    stream.state = 'errored';
    stream.storedError = e;
    const reader = stream.reader;
    if (reader === undefined) return;
    reader.closed.reject(e);
    setHandled(reader.closed.promise);
    if (reader instanceof DefaultReaderRec) {
      readableStreamDefaultReaderErrorReadRequests(reader, e);
    } else {
      readableStreamBYOBReaderErrorReadIntoRequests(reader, e);
    }
  }

  function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
    const readIntoRequest = stream.reader.requests.shift();
    if (done) readIntoRequest.closeSteps(chunk);
    else readIntoRequest.chunkSteps(chunk);
  }
  function readableStreamFulfillReadRequest(stream, chunk, done) {
    const readRequest = stream.reader.requests.shift();
    if (done) readRequest.closeSteps();
    else readRequest.chunkSteps(chunk);
  }
  function readableStreamGetNumReadRequests(stream) {
    return stream.reader.requests.length;
  }
  function readableStreamHasBYOBReader(stream) {
    return stream.reader instanceof BYOBReaderRec;
  }
  function readableStreamHasDefaultReader(stream) {
    return stream.reader instanceof DefaultReaderRec;
  }

  // Readers (spec 4.9.3).

  function readableStreamReaderGenericCancel(reader, reason) {
    return readableStreamCancel(reader.stream, reason);
  }
  function readableStreamReaderGenericInitialize(reader, stream) {
    reader.stream = stream;
    stream.reader = reader;
    if (stream.state === 'readable') reader.closed = new Deferred();
    else if (stream.state === 'closed') reader.closed = resolvedDeferred();
    else reader.closed = rejectedDeferred(stream.storedError);
  }
  function readableStreamReaderGenericRelease(reader) {
    const stream = reader.stream;
    const e = invalidState('Reader released');
    if (stream.state === 'readable') reader.closed.reject(e);
    else reader.closed = rejectedDeferred(e);
    setHandled(reader.closed.promise);
    stream.controller.releaseSteps();
    stream.reader = undefined;
    reader.stream = undefined;
  }
  function readableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
    const readIntoRequests = reader.requests;
    reader.requests = new Queue();
    while (readIntoRequests.length > 0) readIntoRequests.shift().errorSteps(e);
  }
  function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
    const stream = reader.stream;
    stream.disturbed = true;
    if (stream.state === 'errored') readIntoRequest.errorSteps(stream.storedError);
    else rbsControllerPullInto(stream.controller, view, min, readIntoRequest);
  }
  function readableStreamBYOBReaderRelease(reader) {
    readableStreamReaderGenericRelease(reader);
    readableStreamBYOBReaderErrorReadIntoRequests(reader, invalidState('Releasing reader'));
  }
  function readableStreamDefaultReaderErrorReadRequests(reader, e) {
    const readRequests = reader.requests;
    reader.requests = new Queue();
    while (readRequests.length > 0) readRequests.shift().errorSteps(e);
  }
  function readableStreamDefaultReaderRead(reader, readRequest) {
    const stream = reader.stream;
    stream.disturbed = true;
    if (stream.state === 'closed') readRequest.closeSteps();
    else if (stream.state === 'errored') readRequest.errorSteps(stream.storedError);
    else stream.controller.pullSteps(readRequest);
  }
  function readableStreamDefaultReaderRelease(reader) {
    readableStreamReaderGenericRelease(reader);
    readableStreamDefaultReaderErrorReadRequests(reader, invalidState('Releasing reader'));
  }
  function setUpBYOBReader(reader, stream) {
    if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    if (!(stream.controller instanceof ByteControllerRec)) {
      throw nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        "The argument 'stream' must be a byte stream. Received " + inspect(stream.obj));
    }
    readableStreamReaderGenericInitialize(reader, stream);
  }
  function setUpDefaultReader(reader, stream) {
    if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    readableStreamReaderGenericInitialize(reader, stream);
  }

  // Default controllers (spec 4.9.4).

  function rsDefaultControllerCallPullIfNeeded(c) {
    callPullIfNeeded(c, rsDefaultControllerShouldCallPull, rsDefaultControllerError);
  }
  // callPullIfNeeded is the spec's two CallPullIfNeeded algorithms (4.9.4,
  // 4.9.5), which differ only in their ShouldCallPull and Error.
  function callPullIfNeeded(c, shouldCallPull, error) {
    if (!shouldCallPull(c)) return;
    if (c.pulling) {
      c.pullAgain = true;
      return;
    }
    c.pulling = true;
    const pullPromise = c.pullAlgorithm();
    if (c.onPulled === undefined) {
      c.onPulled = () => {
        c.pulling = false;
        if (c.pullAgain) {
          c.pullAgain = false;
          callPullIfNeeded(c, shouldCallPull, error);
        }
      };
      c.onPullFailed = (e) => {
        error(c, e);
      };
    }
    uponPromise(pullPromise, c.onPulled, c.onPullFailed);
  }
  function rsDefaultControllerShouldCallPull(c) {
    const stream = c.stream;
    if (!rsDefaultControllerCanCloseOrEnqueue(c)) return false;
    if (!c.started) return false;
    if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
    return rsDefaultControllerGetDesiredSize(c) > 0;
  }
  function rsDefaultControllerClearAlgorithms(c) {
    c.pullAlgorithm = undefined;
    c.cancelAlgorithm = undefined;
    c.strategySizeAlgorithm = undefined;
  }
  function rsDefaultControllerClose(c) {
    if (!rsDefaultControllerCanCloseOrEnqueue(c)) return;
    const stream = c.stream;
    c.closeRequested = true;
    if (c.queue.length === 0) {
      rsDefaultControllerClearAlgorithms(c);
      readableStreamClose(stream);
    }
  }
  function rsDefaultControllerEnqueue(c, chunk) {
    if (!rsDefaultControllerCanCloseOrEnqueue(c)) return;
    const stream = c.stream;
    if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
      readableStreamFulfillReadRequest(stream, chunk, false);
    } else {
      let chunkSize;
      try {
        chunkSize = c.strategySizeAlgorithm(chunk);
      } catch (e) {
        rsDefaultControllerError(c, e);
        throw e;
      }
      try {
        enqueueValueWithSize(c, chunk, chunkSize);
      } catch (e) {
        rsDefaultControllerError(c, e);
        throw e;
      }
    }
    rsDefaultControllerCallPullIfNeeded(c);
  }
  function rsDefaultControllerError(c, e) {
    const stream = c.stream;
    if (stream.state !== 'readable') return;
    resetQueue(c);
    rsDefaultControllerClearAlgorithms(c);
    readableStreamError(stream, e);
  }
  function rsDefaultControllerGetDesiredSize(c) {
    const state = c.stream.state;
    if (state === 'errored') return null;
    if (state === 'closed') return 0;
    return c.strategyHWM - c.queueTotalSize;
  }
  function rsDefaultControllerHasBackpressure(c) {
    return !rsDefaultControllerShouldCallPull(c);
  }
  function rsDefaultControllerCanCloseOrEnqueue(c) {
    return !c.closeRequested && c.stream.state === 'readable';
  }
  function setUpRSDefaultController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm) {
    c.stream = stream;
    c.strategySizeAlgorithm = sizeAlgorithm;
    c.strategyHWM = highWaterMark;
    c.pullAlgorithm = pullAlgorithm;
    c.cancelAlgorithm = cancelAlgorithm;
    stream.controller = c;
    const startResult = startAlgorithm();
    uponPromise(resolvedPromise(startResult), () => {
      c.started = true;
      rsDefaultControllerCallPullIfNeeded(c);
    }, (r) => {
      rsDefaultControllerError(c, r);
    });
  }
  function setUpRSDefaultControllerFromSource(stream, source, dict, highWaterMark, sizeAlgorithm) {
    const c = newDefaultControllerRec();
    const { start, pull, cancel } = dict;
    const startAlgorithm = start === undefined ? returnUndefined : () => ReflectApply(start, source, [c.obj]);
    const pullAlgorithm = pull === undefined ? () => resolvedUndefined : () => invokePromise(pull, source, [c.obj]);
    const cancelAlgorithm = cancel === undefined ? () => resolvedUndefined : (reason) => invokePromise(cancel, source, [reason]);
    setUpRSDefaultController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm);
  }

  // Byte stream controllers (spec 4.9.5).

  function rbsControllerCallPullIfNeeded(c) {
    callPullIfNeeded(c, rbsControllerShouldCallPull, rbsControllerError);
  }
  function rbsControllerClearAlgorithms(c) {
    c.pullAlgorithm = undefined;
    c.cancelAlgorithm = undefined;
  }
  function rbsControllerClearPendingPullIntos(c) {
    rbsControllerInvalidateBYOBRequest(c);
    c.pendingPullIntos = new Queue();
  }
  function rbsControllerClose(c) {
    const stream = c.stream;
    if (c.closeRequested || stream.state !== 'readable') return;
    if (c.queueTotalSize > 0) {
      c.closeRequested = true;
      return;
    }
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos.peek();
      if (first.bytesFilled % first.elementSize !== 0) {
        const e = invalidState('Partial read');
        rbsControllerError(c, e);
        throw e;
      }
    }
    rbsControllerClearAlgorithms(c);
    readableStreamClose(stream);
  }
  function rbsControllerCommitPullIntoDescriptor(stream, desc) {
    let done = false;
    if (stream.state === 'closed') done = true;
    const filledView = rbsControllerConvertPullIntoDescriptor(desc);
    if (desc.readerType === 'default') readableStreamFulfillReadRequest(stream, filledView, done);
    else readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
  function rbsControllerConvertPullIntoDescriptor(desc) {
    const buffer = transferArrayBuffer(desc.buffer);
    return new desc.viewConstructor(buffer, desc.byteOffset, desc.bytesFilled / desc.elementSize);
  }
  function rbsControllerEnqueue(c, chunk) {
    const stream = c.stream;
    if (c.closeRequested || stream.state !== 'readable') return;
    const buffer = viewBuffer(chunk);
    const byteOffset = viewByteOffset(chunk);
    const byteLength = viewByteLength(chunk);
    if (isDetachedBuffer(buffer)) throw invalidState('chunk ArrayBuffer is zero-length or detached');
    const transferredBuffer = transferArrayBuffer(buffer);
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos.peek();
      if (isDetachedBuffer(first.buffer)) throw invalidState('The BYOB request ArrayBuffer has been detached');
      rbsControllerInvalidateBYOBRequest(c);
      first.buffer = transferArrayBuffer(first.buffer);
      if (first.readerType === 'none') rbsControllerEnqueueDetachedPullIntoToQueue(c, first);
    }
    if (readableStreamHasDefaultReader(stream)) {
      rbsControllerProcessReadRequestsUsingQueue(c);
      if (readableStreamGetNumReadRequests(stream) === 0) {
        rbsControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
      } else {
        if (c.pendingPullIntos.length > 0) rbsControllerShiftPendingPullInto(c);
        const transferredView = new Uint8Array_(transferredBuffer, byteOffset, byteLength);
        readableStreamFulfillReadRequest(stream, transferredView, false);
      }
    } else if (readableStreamHasBYOBReader(stream)) {
      rbsControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
      const filled = rbsControllerProcessPullIntoDescriptorsUsingQueue(c);
      for (let i = 0; i < filled.length; i++) rbsControllerCommitPullIntoDescriptor(stream, filled[i]);
    } else {
      rbsControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    }
    rbsControllerCallPullIfNeeded(c);
  }
  function rbsControllerEnqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
    c.queue.push({ buffer, byteOffset, byteLength });
    c.queueTotalSize += byteLength;
  }
  function rbsControllerEnqueueClonedChunkToQueue(c, buffer, byteOffset, byteLength) {
    let clone;
    try {
      clone = cloneArrayBuffer(buffer, byteOffset, byteLength);
    } catch (e) {
      rbsControllerError(c, e);
      throw e;
    }
    rbsControllerEnqueueChunkToQueue(c, clone, 0, byteLength);
  }
  function rbsControllerEnqueueDetachedPullIntoToQueue(c, desc) {
    if (desc.bytesFilled > 0) rbsControllerEnqueueClonedChunkToQueue(c, desc.buffer, desc.byteOffset, desc.bytesFilled);
    rbsControllerShiftPendingPullInto(c);
  }
  function rbsControllerError(c, e) {
    const stream = c.stream;
    if (stream.state !== 'readable') return;
    rbsControllerClearPendingPullIntos(c);
    resetQueue(c);
    rbsControllerClearAlgorithms(c);
    readableStreamError(stream, e);
  }
  function rbsControllerFillHeadPullIntoDescriptor(c, size, desc) {
    desc.bytesFilled += size;
  }
  function rbsControllerFillPullIntoDescriptorFromQueue(c, desc) {
    const maxBytesToCopy = MathMin(c.queueTotalSize, desc.byteLength - desc.bytesFilled);
    const maxBytesFilled = desc.bytesFilled + maxBytesToCopy;
    let totalBytesToCopyRemaining = maxBytesToCopy;
    let ready = false;
    const remainderBytes = maxBytesFilled % desc.elementSize;
    const maxAlignedBytes = maxBytesFilled - remainderBytes;
    if (maxAlignedBytes >= desc.minimumFill) {
      totalBytesToCopyRemaining = maxAlignedBytes - desc.bytesFilled;
      ready = true;
    }
    const queue = c.queue;
    while (totalBytesToCopyRemaining > 0) {
      const head = queue.peek();
      const bytesToCopy = MathMin(totalBytesToCopyRemaining, head.byteLength);
      const destStart = desc.byteOffset + desc.bytesFilled;
      copyDataBlockBytes(desc.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
      if (head.byteLength === bytesToCopy) {
        queue.shift();
      } else {
        head.byteOffset += bytesToCopy;
        head.byteLength -= bytesToCopy;
      }
      c.queueTotalSize -= bytesToCopy;
      rbsControllerFillHeadPullIntoDescriptor(c, bytesToCopy, desc);
      totalBytesToCopyRemaining -= bytesToCopy;
    }
    return ready;
  }
  function rbsControllerFillReadRequestFromQueue(c, readRequest) {
    const entry = c.queue.shift();
    c.queueTotalSize -= entry.byteLength;
    rbsControllerHandleQueueDrain(c);
    const view = new Uint8Array_(entry.buffer, entry.byteOffset, entry.byteLength);
    readRequest.chunkSteps(view);
  }
  function rbsControllerGetBYOBRequest(c) {
    if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos.peek();
      const view = new Uint8Array_(first.buffer, first.byteOffset + first.bytesFilled, first.byteLength - first.bytesFilled);
      const obj = ObjectCreate(ReadableStreamBYOBRequest.prototype);
      const req = new BYOBRequestRec(obj);
      setSlot(obj, req);
      req.controller = c;
      req.view = view;
      c.byobRequest = req;
    }
    return c.byobRequest;
  }
  function rbsControllerGetDesiredSize(c) {
    const state = c.stream.state;
    if (state === 'errored') return null;
    if (state === 'closed') return 0;
    return c.strategyHWM - c.queueTotalSize;
  }
  function rbsControllerHandleQueueDrain(c) {
    if (c.queueTotalSize === 0 && c.closeRequested) {
      rbsControllerClearAlgorithms(c);
      readableStreamClose(c.stream);
    } else {
      rbsControllerCallPullIfNeeded(c);
    }
  }
  function rbsControllerInvalidateBYOBRequest(c) {
    if (c.byobRequest === null) return;
    c.byobRequest.controller = undefined;
    c.byobRequest.view = null;
    c.byobRequest = null;
  }
  function rbsControllerProcessPullIntoDescriptorsUsingQueue(c) {
    const filled = [];
    while (c.pendingPullIntos.length > 0) {
      if (c.queueTotalSize === 0) break;
      const desc = c.pendingPullIntos.peek();
      if (rbsControllerFillPullIntoDescriptorFromQueue(c, desc)) {
        rbsControllerShiftPendingPullInto(c);
        filled[filled.length] = desc;
      }
    }
    return filled;
  }
  function rbsControllerProcessReadRequestsUsingQueue(c) {
    const reader = c.stream.reader;
    while (reader.requests.length > 0) {
      if (c.queueTotalSize === 0) return;
      const readRequest = reader.requests.shift();
      rbsControllerFillReadRequestFromQueue(c, readRequest);
    }
  }
  function rbsControllerPullInto(c, view, min, readIntoRequest) {
    const stream = c.stream;
    let elementSize = 1;
    let ctor = DataView_;
    const name = typedArrayName(view);
    if (name !== undefined) {
      const entry = typedArrayTable[name];
      ctor = entry[0];
      elementSize = entry[1];
    }
    const minimumFill = min * elementSize;
    const byteOffset = viewByteOffset(view);
    const byteLength = viewByteLength(view);
    let buffer;
    try {
      buffer = transferArrayBuffer(viewBuffer(view));
    } catch (e) {
      readIntoRequest.errorSteps(e);
      return;
    }
    const desc = {
      buffer,
      bufferByteLength: arrayBufferByteLength(buffer),
      byteOffset,
      byteLength,
      bytesFilled: 0,
      minimumFill,
      elementSize,
      viewConstructor: ctor,
      readerType: 'byob',
    };
    if (c.pendingPullIntos.length > 0) {
      c.pendingPullIntos.push(desc);
      readableStreamAddReadIntoRequest(stream, readIntoRequest);
      return;
    }
    if (stream.state === 'closed') {
      const emptyView = new ctor(desc.buffer, desc.byteOffset, 0);
      readIntoRequest.closeSteps(emptyView);
      return;
    }
    if (c.queueTotalSize > 0) {
      if (rbsControllerFillPullIntoDescriptorFromQueue(c, desc)) {
        const filledView = rbsControllerConvertPullIntoDescriptor(desc);
        rbsControllerHandleQueueDrain(c);
        readIntoRequest.chunkSteps(filledView);
        return;
      }
      if (c.closeRequested) {
        const e = invalidState('Partial read');
        rbsControllerError(c, e);
        readIntoRequest.errorSteps(e);
        return;
      }
    }
    c.pendingPullIntos.push(desc);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    rbsControllerCallPullIfNeeded(c);
  }
  function rbsControllerRespond(c, bytesWritten) {
    const first = c.pendingPullIntos.peek();
    const state = c.stream.state;
    if (state === 'closed') {
      if (bytesWritten !== 0) {
        throw argValue('TypeError', 'bytesWritten', bytesWritten, 'must be 0 for a closed stream');
      }
    } else {
      if (bytesWritten === 0) throw argValue('TypeError', 'bytesWritten', bytesWritten);
      if (first.bytesFilled + bytesWritten > first.byteLength) throw argValue('RangeError', 'bytesWritten', bytesWritten);
    }
    first.buffer = transferArrayBuffer(first.buffer);
    rbsControllerRespondInternal(c, bytesWritten);
  }
  function rbsControllerRespondInClosedState(c, first) {
    if (first.readerType === 'none') rbsControllerShiftPendingPullInto(c);
    const stream = c.stream;
    if (readableStreamHasBYOBReader(stream)) {
      const filled = [];
      while (filled.length < stream.reader.requests.length) {
        filled[filled.length] = rbsControllerShiftPendingPullInto(c);
      }
      for (let i = 0; i < filled.length; i++) rbsControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
  }
  function rbsControllerRespondInReadableState(c, bytesWritten, desc) {
    rbsControllerFillHeadPullIntoDescriptor(c, bytesWritten, desc);
    if (desc.readerType === 'none') {
      rbsControllerEnqueueDetachedPullIntoToQueue(c, desc);
      const filled = rbsControllerProcessPullIntoDescriptorsUsingQueue(c);
      for (let i = 0; i < filled.length; i++) rbsControllerCommitPullIntoDescriptor(c.stream, filled[i]);
      return;
    }
    if (desc.bytesFilled < desc.minimumFill) return;
    rbsControllerShiftPendingPullInto(c);
    const remainderSize = desc.bytesFilled % desc.elementSize;
    if (remainderSize > 0) {
      const end = desc.byteOffset + desc.bytesFilled;
      rbsControllerEnqueueClonedChunkToQueue(c, desc.buffer, end - remainderSize, remainderSize);
    }
    desc.bytesFilled -= remainderSize;
    const filled = rbsControllerProcessPullIntoDescriptorsUsingQueue(c);
    rbsControllerCommitPullIntoDescriptor(c.stream, desc);
    for (let i = 0; i < filled.length; i++) rbsControllerCommitPullIntoDescriptor(c.stream, filled[i]);
  }
  function rbsControllerRespondInternal(c, bytesWritten) {
    const first = c.pendingPullIntos.peek();
    rbsControllerInvalidateBYOBRequest(c);
    if (c.stream.state === 'closed') rbsControllerRespondInClosedState(c, first);
    else rbsControllerRespondInReadableState(c, bytesWritten, first);
    rbsControllerCallPullIfNeeded(c);
  }
  function rbsControllerRespondWithNewView(c, view) {
    const first = c.pendingPullIntos.peek();
    const state = c.stream.state;
    const viewLength = viewByteLength(view);
    if (state === 'closed') {
      if (viewLength !== 0) throw argValue('TypeError', 'view', view, 'must have a byteLength of 0 for a closed stream');
    } else if (viewLength === 0) {
      throw argValue('TypeError', 'view', view);
    }
    const buffer = viewBuffer(view);
    if (first.byteOffset + first.bytesFilled !== viewByteOffset(view)) throw argValue('RangeError', 'view', view);
    if (first.bufferByteLength !== arrayBufferByteLength(buffer)) throw argValue('RangeError', 'view', view);
    if (first.bytesFilled + viewLength > first.byteLength) throw argValue('RangeError', 'view', view);
    first.buffer = transferArrayBuffer(buffer);
    rbsControllerRespondInternal(c, viewLength);
  }
  function rbsControllerShiftPendingPullInto(c) {
    return c.pendingPullIntos.shift();
  }
  function rbsControllerShouldCallPull(c) {
    const stream = c.stream;
    if (stream.state !== 'readable') return false;
    if (c.closeRequested) return false;
    if (!c.started) return false;
    if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
    if (readableStreamHasBYOBReader(stream) && stream.reader.requests.length > 0) return true;
    return rbsControllerGetDesiredSize(c) > 0;
  }
  function setUpByteController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
    c.stream = stream;
    c.strategyHWM = highWaterMark;
    c.pullAlgorithm = pullAlgorithm;
    c.cancelAlgorithm = cancelAlgorithm;
    c.autoAllocateChunkSize = autoAllocateChunkSize;
    stream.controller = c;
    const startResult = startAlgorithm();
    uponPromise(resolvedPromise(startResult), () => {
      c.started = true;
      rbsControllerCallPullIfNeeded(c);
    }, (r) => {
      rbsControllerError(c, r);
    });
  }
  function setUpByteControllerFromSource(stream, source, dict, highWaterMark) {
    const c = newByteControllerRec();
    const { start, pull, cancel } = dict;
    const startAlgorithm = start === undefined ? returnUndefined : () => ReflectApply(start, source, [c.obj]);
    const pullAlgorithm = pull === undefined ? () => resolvedUndefined : () => invokePromise(pull, source, [c.obj]);
    const cancelAlgorithm = cancel === undefined ? () => resolvedUndefined : (reason) => invokePromise(cancel, source, [reason]);
    const autoAllocateChunkSize = dict.autoAllocateChunkSize;
    if (autoAllocateChunkSize === 0) throw argValue('TypeError', 'source.autoAllocateChunkSize', 0);
    setUpByteController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, autoAllocateChunkSize);
  }

  // ---------------------------------------------------------------------------
  // Tee (spec 4.9.1 ReadableStreamTee).

  function readableStreamTee(stream, cloneForBranch2) {
    if (stream.controller instanceof ByteControllerRec) return readableByteStreamTee(stream);
    return readableStreamDefaultTee(stream, cloneForBranch2);
  }

  function readableStreamDefaultTee(stream, cloneForBranch2) {
    const reader = acquireDefaultReader(stream);
    let reading = false;
    let readAgain = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1;
    let reason2;
    let branch1;
    let branch2;
    const cancelPromise = new Deferred();
    const readRequest = {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled2 && cloneForBranch2) {
            try {
              chunk2 = structuredClone(chunk2);
            } catch (e) {
              rsDefaultControllerError(branch1.controller, e);
              rsDefaultControllerError(branch2.controller, e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
          }
          if (!canceled1) rsDefaultControllerEnqueue(branch1.controller, chunk1);
          if (!canceled2) rsDefaultControllerEnqueue(branch2.controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      closeSteps() {
        reading = false;
        if (!canceled1) rsDefaultControllerClose(branch1.controller);
        if (!canceled2) rsDefaultControllerClose(branch2.controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    };
    function pullAlgorithm() {
      if (reading) {
        readAgain = true;
        return resolvedUndefined;
      }
      reading = true;
      readableStreamDefaultReaderRead(reader, readRequest);
      return resolvedUndefined;
    }
    function cancel1Algorithm(reason) {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    function cancel2Algorithm(reason) {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    branch1 = createReadableStream(returnUndefined, pullAlgorithm, cancel1Algorithm);
    branch2 = createReadableStream(returnUndefined, pullAlgorithm, cancel2Algorithm);
    uponRejection(reader.closed.promise, (r) => {
      rsDefaultControllerError(branch1.controller, r);
      rsDefaultControllerError(branch2.controller, r);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
    return [branch1, branch2];
  }

  // The structured clone of a chunk for cloneForBranch2 (only Go's Tee asks
  // for it): the global structuredClone when hostapi has one.
  function structuredClone(v) {
    const sc = globalObj.structuredClone;
    if (typeof sc !== 'function') {
      if (isArrayBufferView(v) && typedArrayName(v) !== undefined) {
        const name = typedArrayName(v);
        const entry = typedArrayTable[name];
        const buffer = cloneArrayBuffer(viewBuffer(v), viewByteOffset(v), viewByteLength(v));
        return new entry[0](buffer);
      }
      return v;
    }
    return sc(v);
  }

  function readableByteStreamTee(stream) {
    let reader = acquireDefaultReader(stream);
    let reading = false;
    let readAgainForBranch1 = false;
    let readAgainForBranch2 = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1;
    let reason2;
    let branch1;
    let branch2;
    const cancelPromise = new Deferred();
    function forwardReaderError(thisReader) {
      uponRejection(thisReader.closed.promise, (r) => {
        if (thisReader !== reader) return;
        rbsControllerError(branch1.controller, r);
        rbsControllerError(branch2.controller, r);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      });
    }
    function pullWithDefaultReader() {
      if (reader instanceof BYOBReaderRec) {
        readableStreamBYOBReaderRelease(reader);
        reader = acquireDefaultReader(stream);
        forwardReaderError(reader);
      }
      const readRequest = {
        chunkSteps(chunk) {
          queueMicrotask(() => {
            readAgainForBranch1 = false;
            readAgainForBranch2 = false;
            const chunk1 = chunk;
            let chunk2 = chunk;
            if (!canceled1 && !canceled2) {
              try {
                chunk2 = cloneAsUint8Array(chunk);
              } catch (e) {
                rbsControllerError(branch1.controller, e);
                rbsControllerError(branch2.controller, e);
                cancelPromise.resolve(readableStreamCancel(stream, e));
                return;
              }
            }
            if (!canceled1) rbsControllerEnqueue(branch1.controller, chunk1);
            if (!canceled2) rbsControllerEnqueue(branch2.controller, chunk2);
            reading = false;
            if (readAgainForBranch1) pull1Algorithm();
            else if (readAgainForBranch2) pull2Algorithm();
          });
        },
        closeSteps() {
          reading = false;
          if (!canceled1) rbsControllerClose(branch1.controller);
          if (!canceled2) rbsControllerClose(branch2.controller);
          if (branch1.controller.pendingPullIntos.length > 0) rbsControllerRespond(branch1.controller, 0);
          if (branch2.controller.pendingPullIntos.length > 0) rbsControllerRespond(branch2.controller, 0);
          if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
        },
        errorSteps() {
          reading = false;
        },
      };
      readableStreamDefaultReaderRead(reader, readRequest);
    }
    function pullWithBYOBReader(view, forBranch2) {
      if (reader instanceof DefaultReaderRec) {
        readableStreamDefaultReaderRelease(reader);
        reader = acquireBYOBReader(stream);
        forwardReaderError(reader);
      }
      const byobBranch = forBranch2 ? branch2 : branch1;
      const otherBranch = forBranch2 ? branch1 : branch2;
      const readIntoRequest = {
        chunkSteps(chunk) {
          queueMicrotask(() => {
            readAgainForBranch1 = false;
            readAgainForBranch2 = false;
            const byobCanceled = forBranch2 ? canceled2 : canceled1;
            const otherCanceled = forBranch2 ? canceled1 : canceled2;
            if (!otherCanceled) {
              let clonedChunk;
              try {
                clonedChunk = cloneAsUint8Array(chunk);
              } catch (e) {
                rbsControllerError(byobBranch.controller, e);
                rbsControllerError(otherBranch.controller, e);
                cancelPromise.resolve(readableStreamCancel(stream, e));
                return;
              }
              if (!byobCanceled) rbsControllerRespondWithNewView(byobBranch.controller, chunk);
              rbsControllerEnqueue(otherBranch.controller, clonedChunk);
            } else if (!byobCanceled) {
              rbsControllerRespondWithNewView(byobBranch.controller, chunk);
            }
            reading = false;
            if (readAgainForBranch1) pull1Algorithm();
            else if (readAgainForBranch2) pull2Algorithm();
          });
        },
        closeSteps(chunk) {
          reading = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!byobCanceled) rbsControllerClose(byobBranch.controller);
          if (!otherCanceled) rbsControllerClose(otherBranch.controller);
          if (chunk !== undefined) {
            if (!byobCanceled) rbsControllerRespondWithNewView(byobBranch.controller, chunk);
            if (!otherCanceled && otherBranch.controller.pendingPullIntos.length > 0) {
              rbsControllerRespond(otherBranch.controller, 0);
            }
          }
          if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
        },
        errorSteps() {
          reading = false;
        },
      };
      readableStreamBYOBReaderRead(reader, view, 1, readIntoRequest);
    }
    function pull1Algorithm() {
      if (reading) {
        readAgainForBranch1 = true;
        return resolvedUndefined;
      }
      reading = true;
      const byobRequest = rbsControllerGetBYOBRequest(branch1.controller);
      if (byobRequest === null) pullWithDefaultReader();
      else pullWithBYOBReader(byobRequest.view, false);
      return resolvedUndefined;
    }
    function pull2Algorithm() {
      if (reading) {
        readAgainForBranch2 = true;
        return resolvedUndefined;
      }
      reading = true;
      const byobRequest = rbsControllerGetBYOBRequest(branch2.controller);
      if (byobRequest === null) pullWithDefaultReader();
      else pullWithBYOBReader(byobRequest.view, true);
      return resolvedUndefined;
    }
    function cancel1Algorithm(reason) {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    function cancel2Algorithm(reason) {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    branch1 = createReadableByteStream(returnUndefined, pull1Algorithm, cancel1Algorithm);
    branch2 = createReadableByteStream(returnUndefined, pull2Algorithm, cancel2Algorithm);
    forwardReaderError(reader);
    return [branch1, branch2];
  }

  // ---------------------------------------------------------------------------
  // ReadableStream.from (ReadableStreamFromIterable) and WebIDL async
  // sequences.

  const kEndOfIteration = Symbol('end of iteration');

  // "Open an async sequence": the iterator record {iterator, next}. A sync
  // iterable is wrapped as CreateAsyncFromSyncIterator does.
  //
  // Deviation: a string is iterated by code point, as Node 20 and the WPT
  // snapshot expect (the 2026 spec, converting to async_sequence, throws).
  function openAsyncSequence(v) {
    if (v === undefined || v === null) {
      throw new TypeError_('Cannot read properties of ' + v + " (reading 'Symbol(Symbol.asyncIterator)')");
    }
    let method = v[SymbolAsyncIterator];
    if (method === undefined || method === null) {
      const syncMethod = v[SymbolIterator];
      if (syncMethod === undefined || syncMethod === null) {
        throw nodeError('TypeError', 'ERR_ARG_NOT_ITERABLE', safeString(v) + ' must be iterable');
      }
      if (typeof syncMethod !== 'function') throw new TypeError_('Symbol.iterator is not a function');
      const syncIterator = ReflectApply(syncMethod, v, []);
      if (!isObject(syncIterator)) throw new TypeError_('The iterator is not an object');
      return asyncFromSyncIterator(syncIterator, syncIterator.next);
    }
    if (typeof method !== 'function') throw new TypeError_('Symbol.asyncIterator is not a function');
    const iterator = ReflectApply(method, v, []);
    if (!isObject(iterator)) throw new TypeError_('The async iterator is not an object');
    return { iterator, next: iterator.next };
  }
  function safeString(v) {
    try {
      return typeof v === 'symbol' ? v.toString() : '' + v;
    } catch (e) {
      return 'value';
    }
  }
  function closeSyncIterator(iterator) {
    try {
      const ret = iterator.return;
      if (ret !== undefined && ret !== null) ReflectApply(ret, iterator, []);
    } catch (e) {
      // IteratorClose with a throw completion keeps the original error.
    }
  }
  // CreateAsyncFromSyncIterator (ECMA-262 27.1.6).
  function asyncFromSyncIterator(syncIterator, syncNext) {
    function continuation(result, closeOnRejection) {
      let done;
      let value;
      let valueWrapper;
      try {
        done = !!result.done;
        value = result.value;
        valueWrapper = resolvedPromise(value);
      } catch (e) {
        if (closeOnRejection && !done) closeSyncIterator(syncIterator);
        return rejectedPromise(e);
      }
      return then(valueWrapper, (v) => ({ value: v, done }), (e) => {
        if (closeOnRejection && !done) closeSyncIterator(syncIterator);
        throw e;
      });
    }
    const iterator = {
      next() {
        let result;
        try {
          result = ReflectApply(syncNext, syncIterator, []);
          if (!isObject(result)) throw new TypeError_('The iterator result is not an object');
        } catch (e) {
          return rejectedPromise(e);
        }
        return continuation(result, true);
      },
      return(reason) {
        let result;
        try {
          const ret = syncIterator.return;
          if (ret === undefined || ret === null) return resolvedPromise({ value: reason, done: true });
          result = ReflectApply(ret, syncIterator, [reason]);
          if (!isObject(result)) throw new TypeError_('The iterator result is not an object');
        } catch (e) {
          return rejectedPromise(e);
        }
        return continuation(result, false);
      },
    };
    return { iterator, next: iterator.next };
  }
  // "Get an async iterator next value": a promise of the value or
  // kEndOfIteration.
  function asyncIteratorNextValue(record) {
    let nextResult;
    try {
      nextResult = ReflectApply(record.next, record.iterator, []);
    } catch (e) {
      return rejectedPromise(e);
    }
    return then(resolvedPromise(nextResult), (iterResult) => {
      if (!isObject(iterResult)) throw invalidState('The iterator.next() method must return an object');
      if (iterResult.done) return kEndOfIteration;
      return iterResult.value;
    }, undefined);
  }
  // "Close an async iterator" with a reason.
  function asyncIteratorClose(record, reason) {
    let returnMethod;
    let returnResult;
    try {
      returnMethod = record.iterator.return;
      if (returnMethod === undefined || returnMethod === null) return resolvedUndefined;
      returnResult = ReflectApply(returnMethod, record.iterator, [reason]);
    } catch (e) {
      return rejectedPromise(e);
    }
    return then(resolvedPromise(returnResult), (v) => {
      if (!isObject(v)) throw invalidState('The iterator.return() method must return an object');
    }, undefined);
  }

  function readableStreamFromIterable(asyncIterable) {
    let stream;
    const record = openAsyncSequence(asyncIterable);
    function pullAlgorithm() {
      const nextPromise = asyncIteratorNextValue(record);
      return then(nextPromise, (v) => {
        if (v === kEndOfIteration) rsDefaultControllerClose(stream.controller);
        else rsDefaultControllerEnqueue(stream.controller, v);
      }, (r) => {
        rsDefaultControllerError(stream.controller, r);
      });
    }
    function cancelAlgorithm(reason) {
      return asyncIteratorClose(record, reason);
    }
    stream = createReadableStream(returnUndefined, pullAlgorithm, cancelAlgorithm, 0);
    return stream;
  }

  // ---------------------------------------------------------------------------
  // pipeTo (ReadableStreamPipeTo).

  function isAbortSignal(v) {
    if (!isObject(v)) return false;
    const AS = globalObj.AbortSignal;
    if (typeof AS === 'function') return v instanceof AS;
    return typeof v.addEventListener === 'function' && 'aborted' in v;
  }
  function abortReason(signal) {
    const reason = signal.reason;
    if (reason !== undefined) return reason;
    const DE = globalObj.DOMException;
    if (typeof DE === 'function') return new DE('This operation was aborted', 'AbortError');
    const e = new Error('This operation was aborted');
    e.name = 'AbortError';
    return e;
  }

  function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
    const reader = acquireDefaultReader(source);
    const writer = acquireWriter(dest);
    source.disturbed = true;
    let shuttingDown = false;
    // The last write's promise, settled either way: shutdown waits on it.
    let currentWrite = resolvedUndefined;
    const done = new Deferred();
    let abortAlgorithm;

    if (signal !== undefined) {
      abortAlgorithm = () => {
        const error = abortReason(signal);
        const actions = [];
        if (!preventAbort) {
          actions[actions.length] = () => {
            if (dest.state === 'writable') return writableStreamAbort(dest, error);
            return resolvedUndefined;
          };
        }
        if (!preventCancel) {
          actions[actions.length] = () => {
            if (source.state === 'readable') return readableStreamCancel(source, error);
            return resolvedUndefined;
          };
        }
        shutdownWithAnAction(() => {
          const promises = [];
          for (let i = 0; i < actions.length; i++) promises[i] = actions[i]();
          return waitForAll(promises);
        }, true, error);
      };
      if (signal.aborted) {
        abortAlgorithm();
        return done.promise;
      }
      signal.addEventListener('abort', abortAlgorithm, { once: true });
    }

    // One step of the loop: wait for the writer's backpressure to clear, read
    // a chunk, start writing it (without waiting for the write to finish).
    // The promise resolves with true when the loop should stop.
    // One read request serves every step: a step's read settles before
    // the next step starts.
    let stepRead;
    const readRequest = {
      chunkSteps(chunk) {
        currentWrite = then(writableStreamDefaultWriterWrite(writer, chunk), undefined, noop);
        stepRead.resolve(false);
      },
      closeSteps() {
        stepRead.resolve(true);
      },
      errorSteps(e) {
        stepRead.reject(e);
      },
    };
    function readStep() {
      stepRead = new Deferred();
      readableStreamDefaultReaderRead(reader, readRequest);
      return stepRead.promise;
    }
    function pipeStep() {
      if (shuttingDown) return resolvedPromise(true);
      return then(writer.ready.promise, readStep, undefined);
    }
    function pipeLoop() {
      const d = new Deferred();
      const fail = (e) => d.reject(e);
      function next(stop) {
        if (stop) d.resolve(undefined);
        else uponPromise(pipeStep(), next, fail);
      }
      next(false);
      return d.promise;
    }

    // Errors must be propagated forward.
    isOrBecomesErrored(source, reader.closed.promise, (storedError) => {
      if (!preventAbort) shutdownWithAnAction(() => writableStreamAbort(dest, storedError), true, storedError);
      else shutdown(true, storedError);
    });
    // Errors must be propagated backward.
    isOrBecomesErrored(dest, writer.closed.promise, (storedError) => {
      if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, storedError), true, storedError);
      else shutdown(true, storedError);
    });
    // Closing must be propagated forward.
    isOrBecomesClosed(source, reader.closed.promise, () => {
      if (!preventClose) shutdownWithAnAction(() => writableStreamDefaultWriterCloseWithErrorPropagation(writer));
      else shutdown();
    });
    // Closing must be propagated backward.
    if (writableStreamCloseQueuedOrInFlight(dest) || dest.state === 'closed') {
      const destClosed = invalidState('Destination WritableStream is closed');
      if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, destClosed), true, destClosed);
      else shutdown(true, destClosed);
    }

    setHandled(pipeLoop());
    return done.promise;

    function waitForWritesToFinish() {
      const oldCurrentWrite = currentWrite;
      return then(currentWrite, () => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined), undefined);
    }
    function isOrBecomesErrored(stream, promise, action) {
      if (stream.state === 'errored') action(stream.storedError);
      else uponRejection(promise, action);
    }
    function isOrBecomesClosed(stream, promise, action) {
      if (stream.state === 'closed') action();
      else uponFulfillment(promise, action);
    }
    function shutdownWithAnAction(action, originalIsError, originalError) {
      if (shuttingDown) return;
      shuttingDown = true;
      const doTheRest = () => {
        uponPromise(action(), () => finalize(originalIsError, originalError), (newError) => finalize(true, newError));
      };
      if (dest.state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
        uponFulfillment(waitForWritesToFinish(), doTheRest);
      } else {
        doTheRest();
      }
    }
    function shutdown(isError, error) {
      if (shuttingDown) return;
      shuttingDown = true;
      if (dest.state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
        uponFulfillment(waitForWritesToFinish(), () => finalize(isError, error));
      } else {
        finalize(isError, error);
      }
    }
    function finalize(isError, error) {
      writableStreamDefaultWriterRelease(writer);
      readableStreamDefaultReaderRelease(reader);
      if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
      if (isError) done.reject(error);
      else done.resolve(undefined);
    }
  }

  // StreamPipeOptions, members in lexicographic order.
  function convertPipeOptions(options) {
    const dict = dictionary(options, 'options');
    if (dict === undefined) return { preventAbort: false, preventCancel: false, preventClose: false, signal: undefined };
    const preventAbort = !!dict.preventAbort;
    const preventCancel = !!dict.preventCancel;
    const preventClose = !!dict.preventClose;
    const signal = dict.signal;
    if (signal !== undefined && !isAbortSignal(signal)) {
      throw argType('options.signal', 'an instance of AbortSignal', signal);
    }
    return { preventAbort, preventCancel, preventClose, signal };
  }

  // ---------------------------------------------------------------------------
  // The public ReadableStream family.

  function rsOf(o) {
    const s = slotOf(o, RSRec);
    if (s === undefined) throw invalidThis('ReadableStream');
    return s;
  }

  class ReadableStream {
    constructor(underlyingSource = undefined, strategy = undefined) {
      if (underlyingSource !== undefined && !isObject(underlyingSource)) {
        throw argType('source', 'of type object', underlyingSource);
      }
      const strat = convertQueuingStrategy(strategy, 'strategy');
      // UnderlyingSource, members in lexicographic order.
      const dict = { autoAllocateChunkSize: undefined, cancel: undefined, pull: undefined, start: undefined, type: undefined };
      if (underlyingSource !== undefined) {
        const aacs = underlyingSource.autoAllocateChunkSize;
        if (aacs !== undefined) dict.autoAllocateChunkSize = enforceRangeULL(aacs, 'source.autoAllocateChunkSize');
        dict.cancel = callbackMember(underlyingSource, 'cancel', 'source');
        dict.pull = callbackMember(underlyingSource, 'pull', 'source');
        dict.start = callbackMember(underlyingSource, 'start', 'source');
        const type = underlyingSource.type;
        if (type !== undefined) {
          const t = `${type}`;
          if (t !== 'bytes') throw argValue('TypeError', 'source.type', type);
          dict.type = t;
        }
      }
      const stream = new RSRec(this);
      setSlot(this, stream);
      if (dict.type === 'bytes') {
        if (strat.size !== undefined) throw argValue('RangeError', 'strategy.size', strat.size);
        const highWaterMark = extractHighWaterMark(strat, 0, 'strategy');
        setUpByteControllerFromSource(stream, underlyingSource, dict, highWaterMark);
      } else {
        const sizeAlgorithm = extractSizeAlgorithm(strat);
        const highWaterMark = extractHighWaterMark(strat, 1, 'strategy');
        setUpRSDefaultControllerFromSource(stream, underlyingSource, dict, highWaterMark, sizeAlgorithm);
      }
    }

    static from(asyncIterable) {
      return readableStreamFromIterable(asyncIterable).obj;
    }

    get locked() {
      return isReadableStreamLocked(rsOf(this));
    }

    cancel(reason = undefined) {
      const stream = slotOf(this, RSRec);
      if (stream === undefined) return rejectedPromise(invalidThis('ReadableStream'));
      if (isReadableStreamLocked(stream)) return rejectedPromise(invalidState('ReadableStream is locked'));
      return readableStreamCancel(stream, reason);
    }

    getReader(options = undefined) {
      const stream = rsOf(this);
      const dict = dictionary(options, 'options');
      let mode;
      if (dict !== undefined) {
        mode = dict.mode;
        if (mode !== undefined) {
          mode = `${mode}`;
          if (mode !== 'byob') throw argValue('TypeError', 'options.mode', dict.mode);
        }
      }
      if (mode === undefined) return acquireDefaultReader(stream).obj;
      return acquireBYOBReader(stream).obj;
    }

    pipeThrough(transform, options = undefined) {
      const stream = rsOf(this);
      // ReadableWritablePair, members in lexicographic order.
      // (Node reads the members of a primitive too, so its error names
      // transform.readable rather than the dictionary.)
      const readableObj = isObject(transform) ? transform.readable : undefined;
      const readable = slotOf(readableObj, RSRec);
      if (readable === undefined) throw argType('transform.readable', 'an instance of ReadableStream', readableObj);
      const writableObj = transform.writable;
      const writable = slotOf(writableObj, WSRec);
      if (writable === undefined) throw argType('transform.writable', 'an instance of WritableStream', writableObj);
      const opts = convertPipeOptions(options);
      if (isReadableStreamLocked(stream)) throw invalidState('The ReadableStream is locked');
      if (isWritableStreamLocked(writable)) throw invalidState('The WritableStream is locked');
      const promise = readableStreamPipeTo(stream, writable, opts.preventClose, opts.preventAbort, opts.preventCancel, opts.signal);
      setHandled(promise);
      return readableObj;
    }

    pipeTo(destination, options = undefined) {
      try {
        const stream = slotOf(this, RSRec);
        if (stream === undefined) throw invalidThis('ReadableStream');
        const dest = slotOf(destination, WSRec);
        if (dest === undefined) throw argType('transform.writable', 'an instance of WritableStream', destination);
        const opts = convertPipeOptions(options);
        if (isReadableStreamLocked(stream)) throw invalidState('The ReadableStream is locked');
        if (isWritableStreamLocked(dest)) throw invalidState('The WritableStream is locked');
        return readableStreamPipeTo(stream, dest, opts.preventClose, opts.preventAbort, opts.preventCancel, opts.signal);
      } catch (e) {
        return rejectedPromise(e);
      }
    }

    tee() {
      const branches = readableStreamTee(rsOf(this), false);
      return [branches[0].obj, branches[1].obj];
    }

    values(options = undefined) {
      const stream = rsOf(this);
      const dict = dictionary(options, 'options');
      const preventCancel = dict === undefined ? false : !!dict.preventCancel;
      const reader = acquireDefaultReader(stream);
      const obj = ObjectCreate(ReadableStreamAsyncIteratorPrototype);
      setSlot(obj, new AsyncIteratorRec(obj, reader, preventCancel));
      return obj;
    }
  }
  finishInterface(ReadableStream, 'ReadableStream', (o) => {
    const s = slotOf(o, RSRec);
    return s && {
      locked: isReadableStreamLocked(s),
      state: s.state,
      supportsBYOB: s.controller instanceof ByteControllerRec,
    };
  });
  ObjectDefineProperty(ReadableStream.prototype, SymbolAsyncIterator, {
    value: ReadableStream.prototype.values, writable: true, configurable: true,
  });

  // The async iterator (WebIDL asynchronous iterator prototype object): next
  // and return chain on the ongoing promise so that calls settle in order.
  class AsyncIteratorRec {
    constructor(obj, reader, preventCancel) {
      this.obj = obj;
      this.reader = reader;
      this.preventCancel = preventCancel;
      this.ongoing = null;
      this.finished = false;
    }
  }
  const AsyncIteratorPrototype = ObjectCreate(Object.prototype, {
    [SymbolAsyncIterator]: {
      value: {
        [SymbolAsyncIterator]() {
          return this;
        },
      }[SymbolAsyncIterator],
      writable: true, configurable: true,
    },
  });
  function iterResult(value, done) {
    return { value, done };
  }
  function asyncIteratorGetNext(it) {
    const reader = it.reader;
    const d = new Deferred();
    readableStreamDefaultReaderRead(reader, {
      chunkSteps(chunk) {
        d.resolve(chunk);
      },
      closeSteps() {
        readableStreamDefaultReaderRelease(reader);
        d.resolve(kEndOfIteration);
      },
      errorSteps(e) {
        readableStreamDefaultReaderRelease(reader);
        d.reject(e);
      },
    });
    return d.promise;
  }
  function asyncIteratorReturnSteps(it, value) {
    const reader = it.reader;
    if (!it.preventCancel) {
      const result = readableStreamReaderGenericCancel(reader, value);
      readableStreamDefaultReaderRelease(reader);
      return result;
    }
    readableStreamDefaultReaderRelease(reader);
    return resolvedUndefined;
  }
  const ReadableStreamAsyncIteratorPrototype = ObjectCreate(AsyncIteratorPrototype);
  const asyncIteratorMethods = {
    next() {
      const it = slotOf(this, AsyncIteratorRec);
      if (it === undefined) return rejectedPromise(invalidThis('ReadableStreamAsyncIterator'));
      const nextSteps = () => {
        if (it.finished) return resolvedPromise(iterResult(undefined, true));
        const nextPromise = asyncIteratorGetNext(it);
        return then(nextPromise, (next) => {
          it.ongoing = null;
          if (next === kEndOfIteration) {
            it.finished = true;
            return iterResult(undefined, true);
          }
          return iterResult(next, false);
        }, (reason) => {
          it.ongoing = null;
          it.finished = true;
          throw reason;
        });
      };
      it.ongoing = it.ongoing !== null ? then(it.ongoing, nextSteps, nextSteps) : nextSteps();
      return it.ongoing;
    },
    return(value = undefined) {
      const it = slotOf(this, AsyncIteratorRec);
      if (it === undefined) return rejectedPromise(invalidThis('ReadableStreamAsyncIterator'));
      const returnSteps = () => {
        if (it.finished) return resolvedPromise(iterResult(value, true));
        it.finished = true;
        return asyncIteratorReturnSteps(it, value);
      };
      it.ongoing = it.ongoing !== null ? then(it.ongoing, returnSteps, returnSteps) : returnSteps();
      return then(it.ongoing, () => iterResult(value, true), undefined);
    },
  };
  ObjectDefineProperty(ReadableStreamAsyncIteratorPrototype, 'next', {
    value: asyncIteratorMethods.next, writable: true, enumerable: true, configurable: true,
  });
  ObjectDefineProperty(ReadableStreamAsyncIteratorPrototype, 'return', {
    value: asyncIteratorMethods.return, writable: true, enumerable: true, configurable: true,
  });
  ObjectDefineProperty(ReadableStreamAsyncIteratorPrototype, SymbolToStringTag, {
    value: 'ReadableStream AsyncIterator', configurable: true,
  });

  function brandOf(o, Rec, name) {
    const r = slotOf(o, Rec);
    if (r === undefined) throw invalidThis(name);
    return r;
  }

  // A read request that settles a promise with a ReadableStreamReadResult.
  class PromiseReadRequest {
    constructor(resolve, reject) {
      this.resolve = resolve;
      this.reject = reject;
    }
    chunkSteps(chunk) {
      this.resolve({ value: chunk, done: false });
    }
    closeSteps(chunk) {
      this.resolve({ value: chunk, done: true });
    }
    errorSteps(e) {
      this.reject(e);
    }
  }
  function newReadRequest() {
    let req;
    const promise = new Promise_((resolve, reject) => {
      req = new PromiseReadRequest(resolve, reject);
    });
    return [promise, req];
  }

  class ReadableStreamDefaultReader {
    constructor(stream) {
      const s = slotOf(stream, RSRec);
      if (s === undefined) throw argType('stream', 'an instance of ReadableStream', stream);
      const reader = new DefaultReaderRec(this);
      setUpDefaultReader(reader, s);
      setSlot(this, reader);
    }
    read() {
      const reader = slotOf(this, DefaultReaderRec);
      if (reader === undefined) return rejectedPromise(invalidThis('ReadableStreamDefaultReader'));
      if (reader.stream === undefined) return rejectedPromise(invalidState('The reader is not attached to a stream'));
      const [promise, req] = newReadRequest();
      readableStreamDefaultReaderRead(reader, req);
      return promise;
    }
    releaseLock() {
      const reader = brandOf(this, DefaultReaderRec, 'ReadableStreamDefaultReader');
      if (reader.stream === undefined) return;
      readableStreamDefaultReaderRelease(reader);
    }
  }
  genericReaderMembers(ReadableStreamDefaultReader, DefaultReaderRec);
  finishInterface(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader', (o) => {
    const r = slotOf(o, DefaultReaderRec);
    return r && { stream: r.stream && r.stream.obj, readRequests: r.requests.length, close: r.closed.promise };
  });

  class ReadableStreamBYOBReader {
    constructor(stream) {
      const s = slotOf(stream, RSRec);
      if (s === undefined) throw argType('stream', 'an instance of ReadableStream', stream);
      const reader = new BYOBReaderRec(this);
      setUpBYOBReader(reader, s);
      setSlot(this, reader);
    }
    read(view, options = undefined) {
      try {
        const reader = slotOf(this, BYOBReaderRec);
        if (reader === undefined) throw invalidThis('ReadableStreamBYOBReader');
        if (!isArrayBufferView(view)) {
          throw argType('view', 'an instance of Buffer, TypedArray, or DataView', view);
        }
        const dict = dictionary(options, 'options');
        let min = 1;
        if (dict !== undefined && dict.min !== undefined) min = enforceRangeULL(dict.min, 'options.min');
        const isTA = typedArrayName(view) !== undefined;
        if (viewByteLength(view) === 0 || isDetachedBuffer(viewBuffer(view)) ||
            arrayBufferByteLength(viewBuffer(view)) === 0) {
          throw invalidState('View or Viewed ArrayBuffer is zero-length or detached');
        }
        if (min === 0) {
          throw nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', "The property 'options.min' must be greater than 0. Received 0");
        }
        if (isTA) {
          if (min > ReflectApply(taLength, view, [])) {
            throw nodeError('RangeError', 'ERR_OUT_OF_RANGE',
              'The value of "options.min" is out of range. It must be <= view.length. Received ' + min);
          }
        } else if (min > viewByteLength(view)) {
          throw nodeError('RangeError', 'ERR_OUT_OF_RANGE',
            'The value of "options.min" is out of range. It must be <= view.byteLength. Received ' + min);
        }
        if (reader.stream === undefined) throw invalidState('The reader is not attached to a stream');
        const [promise, req] = newReadRequest();
        readableStreamBYOBReaderRead(reader, view, min, req);
        return promise;
      } catch (e) {
        return rejectedPromise(e);
      }
    }
    releaseLock() {
      const reader = brandOf(this, BYOBReaderRec, 'ReadableStreamBYOBReader');
      if (reader.stream === undefined) return;
      readableStreamBYOBReaderRelease(reader);
    }
  }
  genericReaderMembers(ReadableStreamBYOBReader, BYOBReaderRec);
  finishInterface(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader', (o) => {
    const r = slotOf(o, BYOBReaderRec);
    return r && { stream: r.stream && r.stream.obj, readIntoRequests: r.requests.length, close: r.closed.promise };
  });

  class ReadableStreamDefaultController {
    constructor() {
      throw illegalConstructor();
    }
    get desiredSize() {
      return rsDefaultControllerGetDesiredSize(brandOf(this, RSDefaultControllerRec, 'ReadableStreamDefaultController'));
    }
    close() {
      const c = brandOf(this, RSDefaultControllerRec, 'ReadableStreamDefaultController');
      if (!rsDefaultControllerCanCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
      rsDefaultControllerClose(c);
    }
    enqueue(chunk = undefined) {
      const c = brandOf(this, RSDefaultControllerRec, 'ReadableStreamDefaultController');
      if (!rsDefaultControllerCanCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
      rsDefaultControllerEnqueue(c, chunk);
    }
    error(e = undefined) {
      rsDefaultControllerError(brandOf(this, RSDefaultControllerRec, 'ReadableStreamDefaultController'), e);
    }
  }
  finishInterface(ReadableStreamDefaultController, 'ReadableStreamDefaultController', (o) => slotOf(o, RSDefaultControllerRec) && {});

  class ReadableByteStreamController {
    constructor() {
      throw illegalConstructor();
    }
    get byobRequest() {
      const c = brandOf(this, ByteControllerRec, 'ReadableByteStreamController');
      const req = rbsControllerGetBYOBRequest(c);
      return req === null ? null : req.obj;
    }
    get desiredSize() {
      return rbsControllerGetDesiredSize(brandOf(this, ByteControllerRec, 'ReadableByteStreamController'));
    }
    close() {
      const c = brandOf(this, ByteControllerRec, 'ReadableByteStreamController');
      if (c.closeRequested) throw invalidState('ReadableStream is already closed');
      if (c.stream.state !== 'readable') throw invalidState('ReadableStream is already closed');
      rbsControllerClose(c);
    }
    enqueue(chunk) {
      const c = brandOf(this, ByteControllerRec, 'ReadableByteStreamController');
      if (!isArrayBufferView(chunk)) throw argType('buffer', 'an instance of Buffer, TypedArray, or DataView', chunk);
      if (viewByteLength(chunk) === 0 || arrayBufferByteLength(viewBuffer(chunk)) === 0) {
        throw invalidState('chunk ArrayBuffer is zero-length or detached');
      }
      if (c.closeRequested) throw invalidState('ReadableStream is already closed');
      if (c.stream.state !== 'readable') throw invalidState('ReadableStream is already closed');
      rbsControllerEnqueue(c, chunk);
    }
    error(e = undefined) {
      rbsControllerError(brandOf(this, ByteControllerRec, 'ReadableByteStreamController'), e);
    }
  }
  finishInterface(ReadableByteStreamController, 'ReadableByteStreamController', (o) => slotOf(o, ByteControllerRec) && {});

  class ReadableStreamBYOBRequest {
    constructor() {
      throw illegalConstructor();
    }
    get view() {
      return brandOf(this, BYOBRequestRec, 'ReadableStreamBYOBRequest').view;
    }
    respond(bytesWritten) {
      const req = brandOf(this, BYOBRequestRec, 'ReadableStreamBYOBRequest');
      const n = enforceRangeULL(bytesWritten, 'bytesWritten');
      if (req.controller === undefined) throw invalidState('This BYOB request has been invalidated');
      if (isDetachedBuffer(viewBuffer(req.view))) throw invalidState('The BYOB request view has been detached');
      rbsControllerRespond(req.controller, n);
    }
    respondWithNewView(view) {
      const req = brandOf(this, BYOBRequestRec, 'ReadableStreamBYOBRequest');
      if (!isArrayBufferView(view)) throw argType('view', 'an instance of Buffer, TypedArray, or DataView', view);
      if (req.controller === undefined) throw invalidState('This BYOB request has been invalidated');
      if (isDetachedBuffer(viewBuffer(view))) throw invalidState('The view ArrayBuffer has been detached');
      rbsControllerRespondWithNewView(req.controller, view);
    }
  }
  finishInterface(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest', (o) => {
    const r = slotOf(o, BYOBRequestRec);
    return r && { view: r.view, controller: r.controller && r.controller.obj };
  });

  // ---------------------------------------------------------------------------
  // Writable streams (spec 5).

  class WSRec {
    constructor(obj) {
      this.obj = obj;
      // InitializeWritableStream
      this.state = 'writable';
      this.storedError = undefined;
      this.writer = undefined;
      this.controller = undefined;
      this.inFlightWriteRequest = undefined;
      this.closeRequest = undefined;
      this.inFlightCloseRequest = undefined;
      this.pendingAbortRequest = undefined;
      this.writeRequests = new Queue();
      this.backpressure = false;
    }
  }
  class WriterRec {
    constructor(obj) {
      this.obj = obj;
      this.stream = undefined;
      this.ready = undefined; // Deferred
      this.closed = undefined; // Deferred
    }
  }
  // The close sentinel in a writable controller's queue.
  const closeSentinel = {};

  class WSControllerRec {
    constructor(obj) {
      this.obj = obj;
      this.stream = undefined;
      this.queue = new SizedQueue();
      this.queueTotalSize = 0;
      this.started = false;
      this.strategySizeAlgorithm = undefined;
      this.strategyHWM = 0;
      this.writeAlgorithm = undefined;
      this.closeAlgorithm = undefined;
      this.abortAlgorithm = undefined;
      // [[abortController]], built when signal is first read (an
      // unobserved AbortController is not observable).
      this.abortController = undefined;
      this.aborted = false;
      this.abortReason = undefined;
      this.onWritten = undefined;
      this.onWriteFailed = undefined;
    }
    // [[AbortSteps]]
    abortSteps(reason) {
      const result = this.abortAlgorithm(reason);
      wsControllerClearAlgorithms(this);
      return result;
    }
    // [[ErrorSteps]]
    errorSteps() {
      resetQueue(this);
    }
  }
  function wsControllerSignalAbort(c, reason) {
    if (c.aborted) return;
    c.aborted = true;
    c.abortReason = reason;
    if (c.abortController !== undefined) c.abortController.abort(reason);
  }
  function wsControllerSignal(c) {
    if (c.abortController === undefined) {
      const AC = globalObj.AbortController;
      if (typeof AC !== 'function') return undefined;
      c.abortController = new AC();
      if (c.aborted) c.abortController.abort(c.abortReason);
    }
    return c.abortController.signal;
  }

  function acquireWriter(stream) {
    const obj = ObjectCreate(WritableStreamDefaultWriter.prototype);
    const writer = new WriterRec(obj);
    setUpWriter(writer, stream);
    setSlot(obj, writer);
    return writer;
  }
  function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
    const obj = ObjectCreate(WritableStream.prototype);
    const stream = new WSRec(obj);
    setSlot(obj, stream);
    setUpWSController(stream, newWSControllerRec(), startAlgorithm, writeAlgorithm, closeAlgorithm,
      abortAlgorithm, highWaterMark, sizeAlgorithm);
    return stream;
  }
  function newWSControllerRec() {
    const obj = ObjectCreate(WritableStreamDefaultController.prototype);
    const c = new WSControllerRec(obj);
    setSlot(obj, c);
    return c;
  }
  function isWritableStreamLocked(stream) {
    return stream.writer !== undefined;
  }
  function setUpWriter(writer, stream) {
    if (isWritableStreamLocked(stream)) throw invalidState('WritableStream is locked');
    writer.stream = stream;
    stream.writer = writer;
    const state = stream.state;
    if (state === 'writable') {
      if (!writableStreamCloseQueuedOrInFlight(stream) && stream.backpressure) writer.ready = new Deferred();
      else writer.ready = resolvedDeferred();
      writer.closed = new Deferred();
    } else if (state === 'erroring') {
      writer.ready = rejectedDeferred(stream.storedError);
      writer.closed = new Deferred();
    } else if (state === 'closed') {
      writer.ready = resolvedDeferred();
      writer.closed = resolvedDeferred();
    } else {
      writer.ready = rejectedDeferred(stream.storedError);
      writer.closed = rejectedDeferred(stream.storedError);
    }
  }

  function writableStreamAbort(stream, reason) {
    if (stream.state === 'closed' || stream.state === 'errored') return resolvedPromise(undefined);
    wsControllerSignalAbort(stream.controller, reason);
    const state = stream.state;
    if (state === 'closed' || state === 'errored') return resolvedPromise(undefined);
    if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.promise.promise;
    let wasAlreadyErroring = false;
    if (state === 'erroring') {
      wasAlreadyErroring = true;
      reason = undefined;
    }
    const promise = new Deferred();
    stream.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
    if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
    return promise.promise;
  }
  function writableStreamClose(stream) {
    const state = stream.state;
    if (state === 'closed' || state === 'errored') {
      return rejectedPromise(invalidState('WritableStream is closed'));
    }
    const promise = new Deferred();
    stream.closeRequest = promise;
    const writer = stream.writer;
    if (writer !== undefined && stream.backpressure && state === 'writable') writer.ready.resolve(undefined);
    wsControllerClose(stream.controller);
    return promise.promise;
  }
  function writableStreamAddWriteRequest(stream) {
    const promise = new Deferred();
    stream.writeRequests.push(promise);
    return promise.promise;
  }
  function writableStreamCloseQueuedOrInFlight(stream) {
    return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
  }
  function writableStreamDealWithRejection(stream, error) {
    if (stream.state === 'writable') {
      writableStreamStartErroring(stream, error);
      return;
    }
    writableStreamFinishErroring(stream);
  }
  function writableStreamFinishErroring(stream) {
    stream.state = 'errored';
    stream.controller.errorSteps();
    const storedError = stream.storedError;
    const writeRequests = stream.writeRequests;
    stream.writeRequests = new Queue();
    while (writeRequests.length > 0) writeRequests.shift().reject(storedError);
    if (stream.pendingAbortRequest === undefined) {
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
      return;
    }
    const abortRequest = stream.pendingAbortRequest;
    stream.pendingAbortRequest = undefined;
    if (abortRequest.wasAlreadyErroring) {
      abortRequest.promise.reject(storedError);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
      return;
    }
    const promise = stream.controller.abortSteps(abortRequest.reason);
    uponPromise(promise, () => {
      abortRequest.promise.resolve(undefined);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    }, (reason) => {
      abortRequest.promise.reject(reason);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    });
  }
  function writableStreamFinishInFlightClose(stream) {
    stream.inFlightCloseRequest.resolve(undefined);
    stream.inFlightCloseRequest = undefined;
    if (stream.state === 'erroring') {
      stream.storedError = undefined;
      if (stream.pendingAbortRequest !== undefined) {
        stream.pendingAbortRequest.promise.resolve(undefined);
        stream.pendingAbortRequest = undefined;
      }
    }
    stream.state = 'closed';
    const writer = stream.writer;
    if (writer !== undefined) writer.closed.resolve(undefined);
  }
  function writableStreamFinishInFlightCloseWithError(stream, error) {
    stream.inFlightCloseRequest.reject(error);
    stream.inFlightCloseRequest = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.promise.reject(error);
      stream.pendingAbortRequest = undefined;
    }
    writableStreamDealWithRejection(stream, error);
  }
  function writableStreamFinishInFlightWrite(stream) {
    stream.inFlightWriteRequest.resolve(undefined);
    stream.inFlightWriteRequest = undefined;
  }
  function writableStreamFinishInFlightWriteWithError(stream, error) {
    stream.inFlightWriteRequest.reject(error);
    stream.inFlightWriteRequest = undefined;
    writableStreamDealWithRejection(stream, error);
  }
  function writableStreamHasOperationMarkedInFlight(stream) {
    return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
  }
  function writableStreamMarkCloseRequestInFlight(stream) {
    stream.inFlightCloseRequest = stream.closeRequest;
    stream.closeRequest = undefined;
  }
  function writableStreamMarkFirstWriteRequestInFlight(stream) {
    stream.inFlightWriteRequest = stream.writeRequests.shift();
  }
  function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
    if (stream.closeRequest !== undefined) {
      stream.closeRequest.reject(stream.storedError);
      stream.closeRequest = undefined;
    }
    const writer = stream.writer;
    if (writer !== undefined) {
      writer.closed.reject(stream.storedError);
      setHandled(writer.closed.promise);
    }
  }
  function writableStreamStartErroring(stream, reason) {
    const controller = stream.controller;
    stream.state = 'erroring';
    stream.storedError = reason;
    const writer = stream.writer;
    if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
    if (!writableStreamHasOperationMarkedInFlight(stream) && controller.started) writableStreamFinishErroring(stream);
  }
  function writableStreamUpdateBackpressure(stream, backpressure) {
    const writer = stream.writer;
    if (writer !== undefined && backpressure !== stream.backpressure) {
      if (backpressure) writer.ready = new Deferred();
      else writer.ready.resolve(undefined);
    }
    stream.backpressure = backpressure;
  }

  // Writers (spec 5.5.3).

  function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
    const stream = writer.stream;
    const state = stream.state;
    if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return resolvedUndefined;
    if (state === 'errored') return rejectedPromise(stream.storedError);
    return writableStreamClose(stream);
  }
  function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
    if (writer.closed.state === 0) writer.closed.reject(error);
    else writer.closed = rejectedDeferred(error);
    setHandled(writer.closed.promise);
  }
  function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
    if (writer.ready.state === 0) writer.ready.reject(error);
    else writer.ready = rejectedDeferred(error);
    setHandled(writer.ready.promise);
  }
  function writableStreamDefaultWriterGetDesiredSize(writer) {
    const stream = writer.stream;
    const state = stream.state;
    if (state === 'errored' || state === 'erroring') return null;
    if (state === 'closed') return 0;
    return wsControllerGetDesiredSize(stream.controller);
  }
  function writableStreamDefaultWriterRelease(writer) {
    const stream = writer.stream;
    const releasedError = invalidState('Writer has been released');
    writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
    writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
    stream.writer = undefined;
    writer.stream = undefined;
  }
  function writableStreamDefaultWriterWrite(writer, chunk) {
    const stream = writer.stream;
    const controller = stream.controller;
    const chunkSize = wsControllerGetChunkSize(controller, chunk);
    if (stream !== writer.stream) return rejectedPromise(invalidState('Writer is not bound to a WritableStream'));
    const state = stream.state;
    if (state === 'errored') return rejectedPromise(stream.storedError);
    if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
      return rejectedPromise(invalidState('WritableStream is closed'));
    }
    if (state === 'erroring') return rejectedPromise(stream.storedError);
    const promise = writableStreamAddWriteRequest(stream);
    wsControllerWrite(controller, chunk, chunkSize);
    return promise;
  }

  // Default controllers (spec 5.5.4).

  function setUpWSController(stream, c, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
    c.stream = stream;
    stream.controller = c;
    c.strategySizeAlgorithm = sizeAlgorithm;
    c.strategyHWM = highWaterMark;
    c.writeAlgorithm = writeAlgorithm;
    c.closeAlgorithm = closeAlgorithm;
    c.abortAlgorithm = abortAlgorithm;
    writableStreamUpdateBackpressure(stream, wsControllerGetBackpressure(c));
    const startResult = startAlgorithm();
    uponPromise(resolvedPromise(startResult), () => {
      c.started = true;
      wsControllerAdvanceQueueIfNeeded(c);
    }, (r) => {
      c.started = true;
      writableStreamDealWithRejection(stream, r);
    });
  }
  function setUpWSControllerFromSink(stream, sink, dict, highWaterMark, sizeAlgorithm) {
    const c = newWSControllerRec();
    const { start, write, close, abort } = dict;
    const startAlgorithm = start === undefined ? returnUndefined : () => ReflectApply(start, sink, [c.obj]);
    const writeAlgorithm = write === undefined ? () => resolvedUndefined : (chunk) => invokePromise(write, sink, [chunk, c.obj]);
    const closeAlgorithm = close === undefined ? () => resolvedUndefined : () => invokePromise(close, sink, []);
    const abortAlgorithm = abort === undefined ? () => resolvedUndefined : (reason) => invokePromise(abort, sink, [reason]);
    setUpWSController(stream, c, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
  }
  function wsControllerAdvanceQueueIfNeeded(c) {
    const stream = c.stream;
    if (!c.started) return;
    if (stream.inFlightWriteRequest !== undefined) return;
    if (stream.state === 'erroring') {
      writableStreamFinishErroring(stream);
      return;
    }
    if (c.queue.length === 0) return;
    const value = peekQueueValue(c);
    if (value === closeSentinel) wsControllerProcessClose(c);
    else wsControllerProcessWrite(c, value);
  }
  function wsControllerClearAlgorithms(c) {
    c.writeAlgorithm = undefined;
    c.closeAlgorithm = undefined;
    c.abortAlgorithm = undefined;
    c.strategySizeAlgorithm = undefined;
  }
  function wsControllerClose(c) {
    enqueueValueWithSize(c, closeSentinel, 0);
    wsControllerAdvanceQueueIfNeeded(c);
  }
  function wsControllerError(c, error) {
    wsControllerClearAlgorithms(c);
    writableStreamStartErroring(c.stream, error);
  }
  function wsControllerErrorIfNeeded(c, error) {
    if (c.stream.state === 'writable') wsControllerError(c, error);
  }
  function wsControllerGetBackpressure(c) {
    return wsControllerGetDesiredSize(c) <= 0;
  }
  function wsControllerGetChunkSize(c, chunk) {
    if (c.strategySizeAlgorithm === undefined) return 1;
    try {
      return c.strategySizeAlgorithm(chunk);
    } catch (e) {
      wsControllerErrorIfNeeded(c, e);
      return 1;
    }
  }
  function wsControllerGetDesiredSize(c) {
    return c.strategyHWM - c.queueTotalSize;
  }
  function wsControllerProcessClose(c) {
    const stream = c.stream;
    writableStreamMarkCloseRequestInFlight(stream);
    dequeueValue(c);
    const sinkClosePromise = c.closeAlgorithm();
    wsControllerClearAlgorithms(c);
    uponPromise(sinkClosePromise, () => {
      writableStreamFinishInFlightClose(stream);
    }, (reason) => {
      writableStreamFinishInFlightCloseWithError(stream, reason);
    });
  }
  function wsControllerProcessWrite(c, chunk) {
    const stream = c.stream;
    writableStreamMarkFirstWriteRequestInFlight(stream);
    const sinkWritePromise = c.writeAlgorithm(chunk);
    if (c.onWritten === undefined) {
      // The write promise's reactions, made once per controller.
      c.onWritten = () => {
        writableStreamFinishInFlightWrite(stream);
        const state = stream.state;
        dequeueValue(c);
        if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
          writableStreamUpdateBackpressure(stream, wsControllerGetBackpressure(c));
        }
        wsControllerAdvanceQueueIfNeeded(c);
      };
      c.onWriteFailed = (reason) => {
        if (stream.state === 'writable') wsControllerClearAlgorithms(c);
        writableStreamFinishInFlightWriteWithError(stream, reason);
      };
    }
    uponPromise(sinkWritePromise, c.onWritten, c.onWriteFailed);
  }
  function wsControllerWrite(c, chunk, chunkSize) {
    try {
      enqueueValueWithSize(c, chunk, chunkSize);
    } catch (e) {
      wsControllerErrorIfNeeded(c, e);
      return;
    }
    const stream = c.stream;
    if (!writableStreamCloseQueuedOrInFlight(stream) && stream.state === 'writable') {
      writableStreamUpdateBackpressure(stream, wsControllerGetBackpressure(c));
    }
    wsControllerAdvanceQueueIfNeeded(c);
  }

  function wsOf(o) {
    const s = slotOf(o, WSRec);
    if (s === undefined) throw invalidThis('WritableStream');
    return s;
  }

  class WritableStream {
    constructor(underlyingSink = undefined, strategy = undefined) {
      if (underlyingSink !== undefined && !isObject(underlyingSink)) {
        throw argType('sink', 'of type object', underlyingSink);
      }
      const strat = convertQueuingStrategy(strategy, 'strategy');
      // UnderlyingSink, members in lexicographic order.
      const dict = { abort: undefined, close: undefined, start: undefined, type: undefined, write: undefined };
      if (underlyingSink !== undefined) {
        dict.abort = callbackMember(underlyingSink, 'abort', 'sink');
        dict.close = callbackMember(underlyingSink, 'close', 'sink');
        dict.start = callbackMember(underlyingSink, 'start', 'sink');
        dict.type = underlyingSink.type;
        dict.write = callbackMember(underlyingSink, 'write', 'sink');
      }
      if (dict.type !== undefined) throw argValue('RangeError', 'type', dict.type);
      const stream = new WSRec(this);
      setSlot(this, stream);
      const sizeAlgorithm = extractSizeAlgorithm(strat);
      const highWaterMark = extractHighWaterMark(strat, 1, 'strategy');
      setUpWSControllerFromSink(stream, underlyingSink, dict, highWaterMark, sizeAlgorithm);
    }
    get locked() {
      return isWritableStreamLocked(wsOf(this));
    }
    abort(reason = undefined) {
      const stream = slotOf(this, WSRec);
      if (stream === undefined) return rejectedPromise(invalidThis('WritableStream'));
      if (isWritableStreamLocked(stream)) return rejectedPromise(invalidState('WritableStream is locked'));
      return writableStreamAbort(stream, reason);
    }
    close() {
      const stream = slotOf(this, WSRec);
      if (stream === undefined) return rejectedPromise(invalidThis('WritableStream'));
      if (isWritableStreamLocked(stream)) return rejectedPromise(invalidState('WritableStream is locked'));
      if (writableStreamCloseQueuedOrInFlight(stream)) return rejectedPromise(invalidState('Failure closing WritableStream'));
      return writableStreamClose(stream);
    }
    getWriter() {
      return acquireWriter(wsOf(this)).obj;
    }
  }
  finishInterface(WritableStream, 'WritableStream', (o) => {
    const s = slotOf(o, WSRec);
    return s && { locked: isWritableStreamLocked(s), state: s.state };
  });

  function writerOf(o) {
    const w = slotOf(o, WriterRec);
    if (w === undefined) throw invalidThis('WritableStreamDefaultWriter');
    return w;
  }

  class WritableStreamDefaultWriter {
    constructor(stream) {
      const s = slotOf(stream, WSRec);
      if (s === undefined) throw argType('stream', 'an instance of WritableStream', stream);
      const writer = new WriterRec(this);
      setUpWriter(writer, s);
      setSlot(this, writer);
    }
    get closed() {
      const w = slotOf(this, WriterRec);
      if (w === undefined) return rejectedPromise(invalidThis('WritableStreamDefaultWriter'));
      return w.closed.promise;
    }
    get desiredSize() {
      const w = writerOf(this);
      if (w.stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
      return writableStreamDefaultWriterGetDesiredSize(w);
    }
    get ready() {
      const w = slotOf(this, WriterRec);
      if (w === undefined) return rejectedPromise(invalidThis('WritableStreamDefaultWriter'));
      return w.ready.promise;
    }
    abort(reason = undefined) {
      const w = slotOf(this, WriterRec);
      if (w === undefined) return rejectedPromise(invalidThis('WritableStreamDefaultWriter'));
      if (w.stream === undefined) return rejectedPromise(invalidState('Writer is not bound to a WritableStream'));
      return writableStreamAbort(w.stream, reason);
    }
    close() {
      const w = slotOf(this, WriterRec);
      if (w === undefined) return rejectedPromise(invalidThis('WritableStreamDefaultWriter'));
      const stream = w.stream;
      if (stream === undefined) return rejectedPromise(invalidState('Writer is not bound to a WritableStream'));
      if (writableStreamCloseQueuedOrInFlight(stream)) return rejectedPromise(invalidState('WritableStream is closed'));
      return writableStreamClose(stream);
    }
    releaseLock() {
      const w = writerOf(this);
      if (w.stream === undefined) return;
      writableStreamDefaultWriterRelease(w);
    }
    write(chunk = undefined) {
      const w = slotOf(this, WriterRec);
      if (w === undefined) return rejectedPromise(invalidThis('WritableStreamDefaultWriter'));
      if (w.stream === undefined) return rejectedPromise(invalidState('Writer is not bound to a WritableStream'));
      return writableStreamDefaultWriterWrite(w, chunk);
    }
  }
  finishInterface(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter', (o) => {
    const w = slotOf(o, WriterRec);
    return w && {
      stream: w.stream && w.stream.obj,
      close: w.closed.promise,
      ready: w.ready.promise,
      desiredSize: w.stream === undefined ? undefined : writableStreamDefaultWriterGetDesiredSize(w),
    };
  });

  class WritableStreamDefaultController {
    constructor() {
      throw illegalConstructor();
    }
    get signal() {
      const c = slotOf(this, WSControllerRec);
      if (c === undefined) throw invalidThis('WritableStreamDefaultController');
      return wsControllerSignal(c);
    }
    error(e = undefined) {
      const c = slotOf(this, WSControllerRec);
      if (c === undefined) throw invalidThis('WritableStreamDefaultController');
      if (c.stream.state !== 'writable') return;
      wsControllerError(c, e);
    }
  }
  finishInterface(WritableStreamDefaultController, 'WritableStreamDefaultController', (o) => {
    const c = slotOf(o, WSControllerRec);
    return c && { stream: c.stream.obj };
  });

  // ---------------------------------------------------------------------------
  // Transform streams (spec 6).

  class TSRec {
    constructor(obj) {
      this.obj = obj;
      this.backpressure = undefined;
      this.backpressureChangePromise = undefined; // Deferred
      this.controller = undefined;
      this.readable = undefined;
      this.writable = undefined;
    }
  }
  class TSControllerRec {
    constructor(obj) {
      this.obj = obj;
      this.stream = undefined;
      this.transformAlgorithm = undefined;
      this.flushAlgorithm = undefined;
      this.cancelAlgorithm = undefined;
      this.finishPromise = undefined; // Deferred
    }
  }

  function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm, readableHighWaterMark, readableSizeAlgorithm) {
    const startAlgorithm = () => startPromise;
    stream.writable = createWritableStream(startAlgorithm,
      (chunk) => tsDefaultSinkWriteAlgorithm(stream, chunk),
      () => tsDefaultSinkCloseAlgorithm(stream),
      (reason) => tsDefaultSinkAbortAlgorithm(stream, reason),
      writableHighWaterMark, writableSizeAlgorithm);
    stream.readable = createReadableStream(startAlgorithm,
      () => tsDefaultSourcePullAlgorithm(stream),
      (reason) => tsDefaultSourceCancelAlgorithm(stream, reason),
      readableHighWaterMark, readableSizeAlgorithm);
    stream.backpressure = undefined;
    stream.backpressureChangePromise = undefined;
    transformStreamSetBackpressure(stream, true);
    stream.controller = undefined;
  }
  function transformStreamError(stream, e) {
    rsDefaultControllerError(stream.readable.controller, e);
    transformStreamErrorWritableAndUnblockWrite(stream, e);
  }
  function transformStreamErrorWritableAndUnblockWrite(stream, e) {
    tsControllerClearAlgorithms(stream.controller);
    wsControllerErrorIfNeeded(stream.writable.controller, e);
    transformStreamUnblockWrite(stream);
  }
  function transformStreamSetBackpressure(stream, backpressure) {
    if (stream.backpressureChangePromise !== undefined) stream.backpressureChangePromise.resolve(undefined);
    stream.backpressureChangePromise = new Deferred();
    stream.backpressure = backpressure;
  }
  function transformStreamUnblockWrite(stream) {
    if (stream.backpressure === true) transformStreamSetBackpressure(stream, false);
  }
  function setUpTSController(stream, c, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
    c.stream = stream;
    stream.controller = c;
    c.transformAlgorithm = transformAlgorithm;
    c.flushAlgorithm = flushAlgorithm;
    c.cancelAlgorithm = cancelAlgorithm;
  }
  function newTSControllerRec() {
    const obj = ObjectCreate(TransformStreamDefaultController.prototype);
    const c = new TSControllerRec(obj);
    setSlot(obj, c);
    return c;
  }
  function setUpTSControllerFromTransformer(stream, transformer, dict) {
    const c = newTSControllerRec();
    let transformAlgorithm = (chunk) => {
      try {
        tsControllerEnqueue(c, chunk);
      } catch (e) {
        return rejectedPromise(e);
      }
      return resolvedUndefined;
    };
    let flushAlgorithm = () => resolvedUndefined;
    let cancelAlgorithm = () => resolvedUndefined;
    const { transform, flush, cancel } = dict;
    if (transform !== undefined) transformAlgorithm = (chunk) => invokePromise(transform, transformer, [chunk, c.obj]);
    if (flush !== undefined) flushAlgorithm = () => invokePromise(flush, transformer, [c.obj]);
    if (cancel !== undefined) cancelAlgorithm = (reason) => invokePromise(cancel, transformer, [reason]);
    setUpTSController(stream, c, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
  }
  function tsControllerClearAlgorithms(c) {
    c.transformAlgorithm = undefined;
    c.flushAlgorithm = undefined;
    c.cancelAlgorithm = undefined;
  }
  function tsControllerEnqueue(c, chunk) {
    const stream = c.stream;
    const readableController = stream.readable.controller;
    if (!rsDefaultControllerCanCloseOrEnqueue(readableController)) throw invalidState('Unable to enqueue');
    try {
      rsDefaultControllerEnqueue(readableController, chunk);
    } catch (e) {
      transformStreamErrorWritableAndUnblockWrite(stream, e);
      throw stream.readable.storedError;
    }
    const backpressure = rsDefaultControllerHasBackpressure(readableController);
    if (backpressure !== stream.backpressure) transformStreamSetBackpressure(stream, true);
  }
  function tsControllerError(c, e) {
    transformStreamError(c.stream, e);
  }
  function tsControllerPerformTransform(c, chunk) {
    const transformPromise = c.transformAlgorithm(chunk);
    return then(transformPromise, undefined, (r) => {
      transformStreamError(c.stream, r);
      throw r;
    });
  }
  function tsControllerTerminate(c) {
    const stream = c.stream;
    rsDefaultControllerClose(stream.readable.controller);
    const error = invalidState('TransformStream has been terminated');
    transformStreamErrorWritableAndUnblockWrite(stream, error);
  }
  function tsDefaultSinkWriteAlgorithm(stream, chunk) {
    const c = stream.controller;
    if (stream.backpressure === true) {
      return then(stream.backpressureChangePromise.promise, () => {
        const writable = stream.writable;
        if (writable.state === 'erroring') throw writable.storedError;
        return tsControllerPerformTransform(c, chunk);
      }, undefined);
    }
    return tsControllerPerformTransform(c, chunk);
  }
  function tsDefaultSinkAbortAlgorithm(stream, reason) {
    const c = stream.controller;
    if (c.finishPromise !== undefined) return c.finishPromise.promise;
    const readable = stream.readable;
    c.finishPromise = new Deferred();
    const cancelPromise = c.cancelAlgorithm(reason);
    tsControllerClearAlgorithms(c);
    uponPromise(cancelPromise, () => {
      if (readable.state === 'errored') {
        c.finishPromise.reject(readable.storedError);
      } else {
        rsDefaultControllerError(readable.controller, reason);
        c.finishPromise.resolve(undefined);
      }
    }, (r) => {
      rsDefaultControllerError(readable.controller, r);
      c.finishPromise.reject(r);
    });
    return c.finishPromise.promise;
  }
  function tsDefaultSinkCloseAlgorithm(stream) {
    const c = stream.controller;
    if (c.finishPromise !== undefined) return c.finishPromise.promise;
    const readable = stream.readable;
    c.finishPromise = new Deferred();
    const flushPromise = c.flushAlgorithm();
    tsControllerClearAlgorithms(c);
    uponPromise(flushPromise, () => {
      if (readable.state === 'errored') {
        c.finishPromise.reject(readable.storedError);
      } else {
        rsDefaultControllerClose(readable.controller);
        c.finishPromise.resolve(undefined);
      }
    }, (r) => {
      rsDefaultControllerError(readable.controller, r);
      c.finishPromise.reject(r);
    });
    return c.finishPromise.promise;
  }
  function tsDefaultSourceCancelAlgorithm(stream, reason) {
    const c = stream.controller;
    if (c.finishPromise !== undefined) return c.finishPromise.promise;
    const writable = stream.writable;
    c.finishPromise = new Deferred();
    const cancelPromise = c.cancelAlgorithm(reason);
    tsControllerClearAlgorithms(c);
    uponPromise(cancelPromise, () => {
      if (writable.state === 'errored') {
        c.finishPromise.reject(writable.storedError);
      } else {
        wsControllerErrorIfNeeded(writable.controller, reason);
        transformStreamUnblockWrite(stream);
        c.finishPromise.resolve(undefined);
      }
    }, (r) => {
      wsControllerErrorIfNeeded(writable.controller, r);
      transformStreamUnblockWrite(stream);
      c.finishPromise.reject(r);
    });
    return c.finishPromise.promise;
  }
  function tsDefaultSourcePullAlgorithm(stream) {
    transformStreamSetBackpressure(stream, false);
    return stream.backpressureChangePromise.promise;
  }

  // "Set up" a TransformStream from Go-side or JS-side algorithms that may
  // return a promise or throw (spec 9.3.1, for TextEncoderStream & co).
  function wrapAlgorithm(fn) {
    return (arg) => {
      let result;
      try {
        result = fn(arg);
      } catch (e) {
        return rejectedPromise(e);
      }
      if (result instanceof Promise_) return result;
      return resolvedUndefined;
    };
  }
  function setUpTransformStream(obj, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
    const stream = new TSRec(obj);
    setSlot(obj, stream);
    initializeTransformStream(stream, resolvedUndefined, 1, sizeOne, 0, sizeOne);
    setUpTSController(stream, newTSControllerRec(), wrapAlgorithm(transformAlgorithm),
      wrapAlgorithm(flushAlgorithm || returnUndefined), wrapAlgorithm(cancelAlgorithm || returnUndefined));
    return stream;
  }

  function tsOf(o) {
    const s = slotOf(o, TSRec);
    if (s === undefined) throw invalidThis('TransformStream');
    return s;
  }

  class TransformStream {
    constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
      if (transformer !== undefined && !isObject(transformer)) {
        throw argType('transformer', 'of type object', transformer);
      }
      const wStrat = convertQueuingStrategy(writableStrategy, 'writableStrategy');
      const rStrat = convertQueuingStrategy(readableStrategy, 'readableStrategy');
      // Transformer, members in lexicographic order.
      const dict = { cancel: undefined, flush: undefined, readableType: undefined, start: undefined, transform: undefined, writableType: undefined };
      if (transformer !== undefined) {
        dict.cancel = callbackMember(transformer, 'cancel', 'transformer');
        dict.flush = callbackMember(transformer, 'flush', 'transformer');
        dict.readableType = transformer.readableType;
        dict.start = callbackMember(transformer, 'start', 'transformer');
        dict.transform = callbackMember(transformer, 'transform', 'transformer');
        dict.writableType = transformer.writableType;
      }
      if (dict.readableType !== undefined) throw argValue('RangeError', 'transformer.readableType', dict.readableType);
      if (dict.writableType !== undefined) throw argValue('RangeError', 'transformer.writableType', dict.writableType);
      const readableHighWaterMark = extractHighWaterMark(rStrat, 0, 'readableStrategy');
      const readableSizeAlgorithm = extractSizeAlgorithm(rStrat);
      const writableHighWaterMark = extractHighWaterMark(wStrat, 1, 'writableStrategy');
      const writableSizeAlgorithm = extractSizeAlgorithm(wStrat);
      const startPromise = new Deferred();
      const stream = new TSRec(this);
      setSlot(this, stream);
      initializeTransformStream(stream, startPromise.promise, writableHighWaterMark, writableSizeAlgorithm,
        readableHighWaterMark, readableSizeAlgorithm);
      setUpTSControllerFromTransformer(stream, transformer, dict);
      if (dict.start !== undefined) startPromise.resolve(ReflectApply(dict.start, transformer, [stream.controller.obj]));
      else startPromise.resolve(undefined);
    }
    get readable() {
      return tsOf(this).readable.obj;
    }
    get writable() {
      return tsOf(this).writable.obj;
    }
  }
  finishInterface(TransformStream, 'TransformStream', (o) => {
    const s = slotOf(o, TSRec);
    return s && { readable: s.readable && s.readable.obj, writable: s.writable && s.writable.obj, backpressure: s.backpressure };
  });

  function tscOf(o) {
    const c = slotOf(o, TSControllerRec);
    if (c === undefined) throw invalidThis('TransformStreamDefaultController');
    return c;
  }

  class TransformStreamDefaultController {
    constructor() {
      throw illegalConstructor();
    }
    get desiredSize() {
      return rsDefaultControllerGetDesiredSize(tscOf(this).stream.readable.controller);
    }
    enqueue(chunk = undefined) {
      tsControllerEnqueue(tscOf(this), chunk);
    }
    error(reason = undefined) {
      tsControllerError(tscOf(this), reason);
    }
    terminate() {
      tsControllerTerminate(tscOf(this));
    }
  }
  finishInterface(TransformStreamDefaultController, 'TransformStreamDefaultController', (o) => {
    const c = slotOf(o, TSControllerRec);
    return c && { stream: c.stream.obj };
  });

  // ---------------------------------------------------------------------------
  // TextEncoderStream and TextDecoderStream (Encoding Standard 7.4, 7.5), over
  // the global TextEncoder and TextDecoder, looked up when constructed.

  class TextEncoderStreamRec {
    constructor(obj, encoder, transform) {
      this.obj = obj;
      this.encoder = encoder;
      this.transform = transform;
      this.pendingHighSurrogate = null;
    }
  }
  class TextDecoderStreamRec {
    constructor(obj, decoder, transform) {
      this.obj = obj;
      this.decoder = decoder;
      this.transform = transform;
    }
  }

  class TextEncoderStream {
    constructor() {
      const encoder = new globalObj.TextEncoder();
      const rec = new TextEncoderStreamRec(this, encoder, undefined);
      const transform = ObjectCreate(TransformStream.prototype);
      // Encoding 7.4: "encode and enqueue a chunk", "encode and flush".
      rec.transform = setUpTransformStream(transform, (chunk) => {
        let input = `${chunk}`;
        if (rec.pendingHighSurrogate !== null) {
          input = rec.pendingHighSurrogate + input;
          rec.pendingHighSurrogate = null;
        }
        const last = input.length > 0 ? input.charCodeAt(input.length - 1) : 0;
        if (last >= 0xd800 && last <= 0xdbff) {
          rec.pendingHighSurrogate = input[input.length - 1];
          input = input.slice(0, -1);
        }
        if (input.length === 0) return;
        tsControllerEnqueue(rec.transform.controller, encoder.encode(input));
      }, () => {
        if (rec.pendingHighSurrogate !== null) {
          tsControllerEnqueue(rec.transform.controller, new Uint8Array_([0xef, 0xbf, 0xbd]));
        }
      });
      setSlot(this, rec);
    }
    get encoding() {
      if (slotOf(this, TextEncoderStreamRec) === undefined) throw invalidThis('TextEncoderStream');
      return 'utf-8';
    }
    get readable() {
      return textStreamOf(this, TextEncoderStreamRec, 'TextEncoderStream').transform.readable.obj;
    }
    get writable() {
      return textStreamOf(this, TextEncoderStreamRec, 'TextEncoderStream').transform.writable.obj;
    }
  }
  finishInterface(TextEncoderStream, 'TextEncoderStream', (o) => {
    const r = slotOf(o, TextEncoderStreamRec);
    return r && { encoding: 'utf-8', readable: r.transform.readable.obj, writable: r.transform.writable.obj };
  });

  function textStreamOf(o, Rec, name) {
    const r = slotOf(o, Rec);
    if (r === undefined) throw invalidThis(name);
    return r;
  }

  class TextDecoderStream {
    constructor(label = undefined, options = undefined) {
      const decoder = new globalObj.TextDecoder(label, options);
      const rec = new TextDecoderStreamRec(this, decoder, undefined);
      const transform = ObjectCreate(TransformStream.prototype);
      const streamOpt = { stream: true };
      // Encoding 7.5: "decode and enqueue a chunk", "flush and enqueue".
      rec.transform = setUpTransformStream(transform, (chunk) => {
        if (!isArrayBufferView(chunk) && !isArrayBuffer(chunk)) {
          throw argType('chunk', 'an instance of ArrayBuffer or ArrayBufferView', chunk);
        }
        const output = decoder.decode(chunk, streamOpt);
        if (output.length > 0) tsControllerEnqueue(rec.transform.controller, output);
      }, () => {
        const output = decoder.decode();
        if (output.length > 0) tsControllerEnqueue(rec.transform.controller, output);
      });
      setSlot(this, rec);
    }
    get encoding() {
      return textStreamOf(this, TextDecoderStreamRec, 'TextDecoderStream').decoder.encoding;
    }
    get fatal() {
      return textStreamOf(this, TextDecoderStreamRec, 'TextDecoderStream').decoder.fatal;
    }
    get ignoreBOM() {
      return textStreamOf(this, TextDecoderStreamRec, 'TextDecoderStream').decoder.ignoreBOM;
    }
    get readable() {
      return textStreamOf(this, TextDecoderStreamRec, 'TextDecoderStream').transform.readable.obj;
    }
    get writable() {
      return textStreamOf(this, TextDecoderStreamRec, 'TextDecoderStream').transform.writable.obj;
    }
  }
  finishInterface(TextDecoderStream, 'TextDecoderStream', (o) => {
    const r = slotOf(o, TextDecoderStreamRec);
    return r && {
      encoding: r.decoder.encoding,
      fatal: r.decoder.fatal,
      ignoreBOM: r.decoder.ignoreBOM,
      readable: r.transform.readable.obj,
      writable: r.transform.writable.obj,
    };
  });

  // ---------------------------------------------------------------------------
  // The Go side (streams.go): byte streams fed from Go, reading from Go.

  function streamOf(v) {
    return slotOf(v, RSRec);
  }
  function lockedError() {
    return invalidState('ReadableStream is locked');
  }

  // goSource builds a byte stream whose pull and cancel call into Go. pull's
  // promise settles when Go next enqueues, closes or errors (or at once if
  // it did so during pull), which is what keeps at most one Go read in
  // flight. The returned handle is what Go's Controller drives.
  function goSource(highWaterMark, pull, cancel) {
    let pending = null; // Deferred of the pull in progress
    let stream;
    function settlePull() {
      if (pending !== null) {
        const d = pending;
        pending = null;
        d.resolve(undefined);
      }
    }
    const pullAlgorithm = () => {
      pending = new Deferred();
      const d = pending;
      try {
        pull();
      } catch (e) {
        pending = null;
        return rejectedPromise(e);
      }
      return d.promise;
    };
    const cancelAlgorithm = (reason) => {
      settlePull();
      try {
        cancel(reason);
      } catch (e) {
        return rejectedPromise(e);
      }
      return resolvedUndefined;
    };
    stream = createReadableByteStream(returnUndefined, pullAlgorithm, cancelAlgorithm, highWaterMark);
    const c = stream.controller;
    return {
      stream: stream.obj,
      // enqueue takes an ArrayBuffer Go allocated for this chunk.
      enqueue(buffer) {
        // Spec 9.1.1 "enqueue": a fresh buffer is never the BYOB request's,
        // so this is ReadableByteStreamControllerEnqueue, which copies into
        // a pending BYOB read.
        if (!c.closeRequested && stream.state === 'readable' && arrayBufferByteLength(buffer) > 0) {
          rbsControllerEnqueue(c, new Uint8Array_(buffer));
        }
        settlePull();
      },
      // Spec 9.1.1 "close". A BYOB read left holding part of an element
      // makes rbsControllerClose error the stream, which is all there is
      // to do then.
      close() {
        if (!c.closeRequested && stream.state === 'readable') {
          try {
            rbsControllerClose(c);
            if (c.pendingPullIntos.length > 0) rbsControllerRespond(c, 0);
          } catch (e) {
            // the stream is errored with e
          }
        }
        settlePull();
      },
      error(e) {
        rbsControllerError(c, e);
        settlePull();
      },
      desiredSize() {
        return rbsControllerGetDesiredSize(c);
      },
    };
  }

  // readAll reads every chunk of a stream: onChunk(Uint8Array) for each,
  // then onDone(false) or onDone(true, error). Spec 9.1.2 "read all bytes",
  // iterative so that a long synchronously available queue cannot overflow
  // the stack. Always calls back asynchronously.
  function readAll(v, onChunk, onDone) {
    const stream = streamOf(v);
    let reader;
    try {
      if (stream === undefined) throw argType('stream', 'an instance of ReadableStream', v);
      reader = acquireDefaultReader(stream);
    } catch (e) {
      queueMicrotask(() => onDone(true, e));
      return;
    }
    let sync = false;
    let again = false;
    const request = {
      chunkSteps(chunk) {
        if (!isUint8Array(chunk)) {
          const e = new TypeError_('Received non-Uint8Array chunk');
          readableStreamDefaultReaderRelease(reader);
          queueMicrotask(() => onDone(true, e));
          return;
        }
        onChunk(chunk);
        if (sync) again = true;
        else loop();
      },
      closeSteps() {
        readableStreamDefaultReaderRelease(reader);
        queueMicrotask(() => onDone(false));
      },
      errorSteps(e) {
        readableStreamDefaultReaderRelease(reader);
        queueMicrotask(() => onDone(true, e));
      },
    };
    function loop() {
      do {
        again = false;
        sync = true;
        readableStreamDefaultReaderRead(reader, request);
        sync = false;
      } while (again);
    }
    loop();
  }

  // goReader wraps a default reader for Go: read(cb) calls cb(chunk, done,
  // error, failed) once, asynchronously.
  function goReader(v) {
    const stream = streamOf(v);
    if (stream === undefined) throw argType('stream', 'an instance of ReadableStream', v);
    const reader = acquireDefaultReader(stream);
    return {
      read(cb) {
        if (reader.stream === undefined) {
          const e = invalidState('The reader is not attached to a stream');
          queueMicrotask(() => cb(undefined, false, e, true));
          return;
        }
        readableStreamDefaultReaderRead(reader, {
          chunkSteps(chunk) {
            if (!isUint8Array(chunk)) {
              const e = new TypeError_('Received non-Uint8Array chunk');
              queueMicrotask(() => cb(undefined, false, e, true));
              return;
            }
            queueMicrotask(() => cb(chunk, false, undefined, false));
          },
          closeSteps() {
            queueMicrotask(() => cb(undefined, true, undefined, false));
          },
          errorSteps(e) {
            queueMicrotask(() => cb(undefined, false, e, true));
          },
        });
      },
      cancel(reason) {
        if (reader.stream === undefined) return;
        setHandled(readableStreamReaderGenericCancel(reader, reason));
      },
      release() {
        if (reader.stream !== undefined) readableStreamDefaultReaderRelease(reader);
      },
    };
  }

  const internal = {
    isReadableStream(v) {
      return streamOf(v) !== undefined;
    },
    locked(v) {
      const s = streamOf(v);
      return s !== undefined && isReadableStreamLocked(s);
    },
    disturbed(v) {
      const s = streamOf(v);
      return s !== undefined && s.disturbed;
    },
    tee(v) {
      const s = streamOf(v);
      if (s === undefined) throw argType('stream', 'an instance of ReadableStream', v);
      if (isReadableStreamLocked(s)) throw lockedError();
      const branches = readableStreamTee(s, true);
      return [branches[0].obj, branches[1].obj];
    },
    cancel(v, reason) {
      const s = streamOf(v);
      if (s === undefined) return;
      setHandled(readableStreamCancel(s, reason));
    },
    goSource,
    readAll,
    goReader,
  };

  return {
    ReadableStream,
    ReadableStreamDefaultReader,
    ReadableStreamBYOBReader,
    ReadableStreamDefaultController,
    ReadableByteStreamController,
    ReadableStreamBYOBRequest,
    WritableStream,
    WritableStreamDefaultWriter,
    WritableStreamDefaultController,
    TransformStream,
    TransformStreamDefaultController,
    ByteLengthQueuingStrategy,
    CountQueuingStrategy,
    TextEncoderStream,
    TextDecoderStream,
    internal,
  };
})
