// The Fetch Standard's JS surface: Headers, Request, Response, the body
// mixin and fetch(), over the Go core (core.go) that does the networking.
// Internal state lives in WeakMaps so the objects expose only the spec's
// members. Messages follow undici (Node 20) where Node has one.
(function (core, location) {
  'use strict';

  const JSONParse = JSON.parse; // captured as Node's primordials are
  const kState = new WeakMap(); // Headers -> internal state
  // Request and Response keep their state in an own Symbol(state)
  // property, as undici does: a WeakMap entry costs goja a weak handle and
  // a cleanup per object (~2 µs, a twentieth of a fetch).
  const kSlot = Symbol('state');
  const slotOf = (o) => (typeof o === 'object' && o !== null ? o[kSlot] : void 0);

  // ---- small helpers -------------------------------------------------------

  function state(o, Class, name) {
    const s = Class === Headers ? kState.get(o) : slotOf(o);
    if (s === void 0 || !(o instanceof Class)) throw new TypeError('Illegal invocation');
    return s;
  }
  const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const httpWs = /^[\t\n\r ]+|[\t\n\r ]+$/g;
  function byteString(v) {
    const s = String(v);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 255) {
        throw new TypeError('Cannot convert argument to a ByteString because the character at index ' + i +
          ' has a value of ' + c + ' which is greater than 255.');
      }
    }
    return s;
  }
  function checkName(ctx, name) {
    if (!tokenRe.test(name)) throw new TypeError(ctx + ': "' + name + '" is an invalid header name.');
  }
  function normalizeValue(v) { return v.replace(httpWs, ''); }
  function checkValue(ctx, v) {
    if (/[\0\r\n]/.test(v)) throw new TypeError(ctx + ': "' + v + '" is an invalid header value.');
  }
  function parseURL(input, base) {
    return core.parseURL(String(input), base === void 0 ? '' : String(base));
  }
  function baseURL() {
    const loc = globalThis.location;
    if (loc !== void 0 && loc !== null && loc.href !== void 0) return String(loc.href);
    return location === void 0 ? void 0 : location;
  }
  function toU8(v) {
    if (v instanceof Uint8Array) return v;
    if (v instanceof ArrayBuffer) return new Uint8Array(v);
    if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    return null;
  }
  const encoder = { encode(s) { return new Uint8Array(core.encodeUTF8(s)); } };

  // ---- Headers --------------------------------------------------------------

  // The header list keeps lowercased names with their values, in insertion
  // order; iteration sorts and combines, set-cookie stays separate.
  function HeaderList() { this.names = []; this.values = []; this.raw = null; }
  HeaderList.prototype.append = function (name, value) {
    const lname = name.toLowerCase();
    if (lname !== name) {
      // The name as first given, for display (util.inspect), as undici.
      if (this.raw === null) this.raw = { __proto__: null };
      if (this.raw[lname] === void 0) this.raw[lname] = name;
    }
    const i = this.names.indexOf(lname);
    if (i >= 0 && lname !== 'set-cookie') {
      this.values[i] = this.values[i] + ', ' + value;
      return;
    }
    this.names.push(lname);
    this.values.push(value);
  };
  HeaderList.prototype.display = function () {
    const o = {};
    for (let i = 0; i < this.names.length; i++) {
      const n = this.names[i];
      const shown = this.raw !== null && this.raw[n] !== void 0 ? this.raw[n] : n;
      o[shown] = o[shown] === void 0 ? this.values[i] : o[shown] + ', ' + this.values[i];
    }
    return o;
  };
  HeaderList.prototype.get = function (lname) {
    let out = null;
    for (let i = 0; i < this.names.length; i++) {
      if (this.names[i] === lname) out = out === null ? this.values[i] : out + ', ' + this.values[i];
    }
    return out;
  };
  HeaderList.prototype.has = function (lname) { return this.names.indexOf(lname) >= 0; };
  HeaderList.prototype.delete = function (lname) {
    for (let i = this.names.length - 1; i >= 0; i--) {
      if (this.names[i] === lname) { this.names.splice(i, 1); this.values.splice(i, 1); }
    }
  };
  HeaderList.prototype.set = function (lname, value) {
    const i = this.names.indexOf(lname);
    if (i < 0) { this.names.push(lname); this.values.push(value); return; }
    this.values[i] = value;
    for (let j = this.names.length - 1; j > i; j--) {
      if (this.names[j] === lname) { this.names.splice(j, 1); this.values.splice(j, 1); }
    }
  };
  HeaderList.prototype.sorted = function () {
    const names = [];
    for (const n of this.names) if (names.indexOf(n) < 0) names.push(n);
    names.sort();
    const out = [];
    for (const n of names) {
      if (n === 'set-cookie') {
        for (let i = 0; i < this.names.length; i++) if (this.names[i] === n) out.push([n, this.values[i]]);
      } else {
        out.push([n, this.get(n)]);
      }
    }
    return out;
  };
  HeaderList.prototype.flat = function () {
    const out = [];
    for (let i = 0; i < this.names.length; i++) out.push(this.names[i], this.values[i]);
    return out;
  };
  HeaderList.prototype.clone = function () {
    const c = new HeaderList();
    c.names = this.names.slice();
    c.values = this.values.slice();
    c.raw = this.raw === null ? null : Object.assign({ __proto__: null }, this.raw);
    return c;
  };

  function fillHeaders(h, init) {
    if (init === void 0) return;
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
      throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    }
    const iter = init[Symbol.iterator];
    if (iter !== void 0 && iter !== null) {
      if (typeof iter !== 'function') throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
      for (const pair of init) {
        if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
          throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + (pair === null || pair === void 0 ? 0 : (pair.length | 0)) + '.');
        }
        const p = Array.from(pair);
        if (p.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + p.length + '.');
        appendHeader(h, byteString(p[0]), byteString(p[1]));
      }
      return;
    }
    for (const key of Reflect.ownKeys(init)) {
      const desc = Reflect.getOwnPropertyDescriptor(init, key);
      if (desc === void 0 || !desc.enumerable) continue;
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      appendHeader(h, byteString(key), byteString(init[key]));
    }
  }

  function appendHeader(h, name, value, ctx = 'Headers.append') {
    const s = kState.get(h);
    value = normalizeValue(value);
    checkName(ctx, name);
    checkValue(ctx, value);
    if (s.guard === 'immutable') throw new TypeError('immutable');
    s.list.append(name, value);
  }

  class Headers {
    constructor(init = void 0) {
      kState.set(this, { list: new HeaderList(), guard: 'none' });
      fillHeaders(this, init);
    }
    append(name, value) {
      state(this, Headers);
      if (arguments.length < 2) throw new TypeError('Headers.append: 2 arguments required, but only ' + arguments.length + ' present.');
      appendHeader(this, byteString(name), byteString(value));
    }
    delete(name) {
      const s = state(this, Headers);
      if (arguments.length < 1) throw new TypeError('Headers.delete: 1 argument required, but only 0 present.');
      name = byteString(name);
      checkName('Headers.delete', name);
      if (s.guard === 'immutable') throw new TypeError('immutable');
      s.list.delete(name.toLowerCase());
    }
    get(name) {
      const s = state(this, Headers);
      if (arguments.length < 1) throw new TypeError('Headers.get: 1 argument required, but only 0 present.');
      name = byteString(name);
      checkName('Headers.get', name);
      return s.list.get(name.toLowerCase());
    }
    getSetCookie() {
      const s = state(this, Headers);
      const out = [];
      for (let i = 0; i < s.list.names.length; i++) if (s.list.names[i] === 'set-cookie') out.push(s.list.values[i]);
      return out;
    }
    has(name) {
      const s = state(this, Headers);
      if (arguments.length < 1) throw new TypeError('Headers.has: 1 argument required, but only 0 present.');
      name = byteString(name);
      checkName('Headers.has', name);
      return s.list.has(name.toLowerCase());
    }
    set(name, value) {
      const s = state(this, Headers);
      if (arguments.length < 2) throw new TypeError('Headers.set: 2 arguments required, but only ' + arguments.length + ' present.');
      name = byteString(name);
      value = normalizeValue(byteString(value));
      checkName('Headers.set', name);
      checkValue('Headers.set', value);
      if (s.guard === 'immutable') throw new TypeError('immutable');
      s.list.set(name.toLowerCase(), value);
    }
    forEach(callback, thisArg = void 0) {
      const s = state(this, Headers);
      if (typeof callback !== 'function') {
        throw new TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
      }
      for (const [k, v] of s.list.sorted()) callback.call(thisArg, v, k, this);
    }
    keys() { return makeIterator(this, 'key'); }
    values() { return makeIterator(this, 'value'); }
    entries() { return makeIterator(this, 'key+value'); }
    [Symbol.iterator]() { return makeIterator(this, 'key+value'); }
  }
  Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

  const HeadersIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
    next: {
      value: function next() {
        const it = kIter.get(this);
        if (it === void 0) throw new TypeError("'next' called on an object that does not implement interface Headers Iterator.");
        const pairs = kState.get(it.target).list.sorted();
        if (it.index >= pairs.length) return { value: void 0, done: true };
        const [k, v] = pairs[it.index++];
        return { value: it.kind === 'key' ? k : it.kind === 'value' ? v : [k, v], done: false };
      },
      writable: true, enumerable: true, configurable: true,
    },
    [Symbol.toStringTag]: { value: 'Headers Iterator', configurable: true },
  });
  const kIter = new WeakMap();
  function makeIterator(target, kind) {
    state(target, Headers);
    const it = Object.create(HeadersIteratorPrototype);
    kIter.set(it, { target, kind, index: 0 });
    return it;
  }

  function headersFrom(list, guard) {
    const h = Object.create(Headers.prototype);
    kState.set(h, { list, guard });
    return h;
  }

  // ---- bodies ----------------------------------------------------------------

  // A body is { source, stream, net, length, used } where source is a
  // Uint8Array (or a promise of one, for Blob and FormData sources), net a Go
  // body handle not yet wrapped in a stream, stream a ReadableStream once the
  // script asked for `.body` or gave one.
  function extractBody(object, keepalive) {
    let source = null, type = null, stream = null, length = null;
    if (typeof object === 'string') {
      source = encoder.encode(object);
      type = 'text/plain;charset=UTF-8';
    } else if (typeof URLSearchParams === 'function' && object instanceof URLSearchParams) {
      source = encoder.encode(object.toString());
      type = 'application/x-www-form-urlencoded;charset=UTF-8';
    } else if (object instanceof ArrayBuffer || ArrayBuffer.isView(object)) {
      const u = toU8(object);
      source = new Uint8Array(u); // copy
    } else if (typeof Blob === 'function' && object instanceof Blob) {
      source = object.arrayBuffer().then((ab) => new Uint8Array(ab));
      if (object.type) type = object.type;
      length = object.size;
    } else if (typeof FormData === 'function' && object instanceof FormData) {
      const boundary = '----formdata-jsloop-' + String(Math.random()).slice(2, 13);
      source = encodeMultipart(object, boundary);
      type = 'multipart/form-data; boundary=' + boundary;
    } else if (typeof ReadableStream === 'function' && object instanceof ReadableStream) {
      if (keepalive) throw new TypeError('keepalive');
      if (object.locked || isDisturbed(object)) throw new TypeError('Response body object should not be disturbed or locked');
      stream = object;
    } else {
      source = encoder.encode(String(object));
      type = 'text/plain;charset=UTF-8';
    }
    if (source instanceof Uint8Array) length = source.byteLength;
    return [{ source, stream, net: null, length, used: false }, type];
  }

  function escapeName(s) {
    return s.replace(/\r\n|\r|\n/g, '\r\n').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  }
  function encodeMultipart(fd, boundary) {
    const parts = [];
    for (const [name, value] of fd) {
      if (typeof value === 'string') {
        parts.push(encoder.encode('--' + boundary + '\r\nContent-Disposition: form-data; name="' + escapeName(name) +
          '"\r\n\r\n' + value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n') + '\r\n'));
      } else {
        parts.push(encoder.encode('--' + boundary + '\r\nContent-Disposition: form-data; name="' + escapeName(name) +
          '"; filename="' + escapeName(value.name) + '"\r\nContent-Type: ' + (value.type || 'application/octet-stream') + '\r\n\r\n'));
        parts.push(value.arrayBuffer().then((ab) => new Uint8Array(ab)));
        parts.push(encoder.encode('\r\n'));
      }
    }
    // An empty FormData serializes to an empty body (as WPT and browsers).
    if (parts.length === 0) return Promise.resolve(new Uint8Array(0));
    parts.push(encoder.encode('--' + boundary + '--\r\n'));
    return Promise.all(parts).then(concat);
  }
  function concat(chunks) {
    let n = 0;
    for (const c of chunks) n += c.byteLength;
    const out = new Uint8Array(n);
    let off = 0;
    for (const c of chunks) { out.set(c, off); off += c.byteLength; }
    return out;
  }

  function isDisturbed(stream) { return core.disturbed(stream); }

  // streamOf makes (once) the ReadableStream of a body. A body consumed
  // without one (text(), json()... on a Go handle or bytes) gets a stream
  // that is already disturbed and locked, as if it had been read.
  function streamOf(body) {
    if (body.stream !== null) return body.stream;
    let stream;
    if (body.net !== null) {
      const net = body.net;
      body.net = null;
      body.netHandle = net; // kept so that an abort can error the stream
      stream = core.netStream(net);
    } else {
      const source = body.source;
      stream = new ReadableStream({
        type: 'bytes',
        start(c) {
          if (source === null) { c.close(); return; }
          if (source instanceof Uint8Array) {
            if (source.byteLength > 0) c.enqueue(new Uint8Array(source));
            c.close();
            return;
          }
          return Promise.resolve(source).then((u8) => { if (u8.byteLength > 0) c.enqueue(u8); c.close(); });
        },
      });
    }
    body.stream = stream;
    if (body.used) {
      const r = stream.getReader();
      r.read().catch(() => {});
    }
    return stream;
  }

  function bodyUsed(body) {
    if (body === null) return false;
    if (body.stream !== null) return body.used || isDisturbed(body.stream);
    return body.used;
  }

  // unusable is the check every body read starts with; it returns the
  // error to reject with at once (before any other microtask), or null.
  function unusable(s) {
    const body = s.body;
    if (body !== null && (bodyUsed(body) || (body.stream !== null && body.stream.locked))) {
      return new TypeError('Body is unusable: Body has already been read');
    }
    if (s.aborted !== void 0 && s.aborted()) return s.abortReason();
    return null;
  }

  // consume reads the whole body as a Uint8Array (the spec's "fully read");
  // unusable(s) must have been checked.
  // abortable makes a whole-body read of a fetched response reject with the
  // signal's reason (and close the connection) if the fetch is aborted
  // while it is pending.
  function abortable(s, net, p) {
    if (s.aborted === void 0) return p;
    return new Promise((resolve, reject) => {
      s.pendingAbort = (reason) => { net.cancel(); reject(reason); };
      p.then(resolve, reject);
    });
  }

  function consume(s) {
    const body = s.body;
    if (body === null) return Promise.resolve(new Uint8Array(0));
    body.used = true;
    if (body.stream === null && body.net !== null) {
      const net = body.net;
      body.net = null;
      return abortable(s, net, net.readAll()).then((ab) => new Uint8Array(ab));
    }
    if (body.stream === null) return Promise.resolve(body.source);
    return core.readAll(body.stream);
  }

  // consumeText is consume then UTF-8 decode, done in Go in one step when
  // the body is still a Go handle.
  function consumeText(s) {
    const body = s.body;
    if (body !== null && body.stream === null && body.net !== null) {
      body.used = true;
      const net = body.net;
      body.net = null;
      return abortable(s, net, net.readText());
    }
    if (body !== null && body.stream !== null) {
      body.used = true;
      return core.readAllText(body.stream);
    }
    return consume(s).then((u8) => core.decodeUTF8(u8));
  }

  function mimeType(s) {
    if (s.headers === null) materialize(s);
    const ct = s.headers === void 0 ? null : kState.get(s.headers).list.get('content-type');
    if (ct === null) return '';
    return ct;
  }
  function essence(ct) { return ct.split(';')[0].trim().toLowerCase(); }

  const bodyMixin = {
    arrayBuffer() {
      const s = bodyState(this);
      const err = unusable(s);
      if (err !== null) return Promise.reject(err);
      return consume(s).then((u8) => u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength ? u8.buffer : u8.slice().buffer);
    },
    bytes() {
      const s = bodyState(this);
      const err = unusable(s);
      if (err !== null) return Promise.reject(err);
      return consume(s).then((u8) => new Uint8Array(u8));
    },
    blob() {
      const s = bodyState(this);
      const err = unusable(s);
      if (err !== null) return Promise.reject(err);
      return consume(s).then((u8) => new Blob([u8], { type: blobType(mimeType(s)) }));
    },
    text() {
      const s = bodyState(this);
      const err = unusable(s);
      if (err !== null) return Promise.reject(err);
      return consumeText(s);
    },
    json() {
      const s = bodyState(this);
      const err = unusable(s);
      if (err !== null) return Promise.reject(err);
      const body = s.body;
      if (body !== null && body.stream === null && body.net !== null && s.aborted === void 0) {
        // A Go body handle and no signal: read and parse in one promise.
        body.used = true;
        const net = body.net;
        body.net = null;
        return net.readJSON(JSONParse);
      }
      return consumeText(s).then(JSONParse);
    },
    formData() {
      const s = bodyState(this);
      const ct = mimeType(s);
      const hadBody = s.body !== null;
      const err = unusable(s);
      if (err !== null) return Promise.reject(err);
      return consume(s).then((u8) => {
        const fd = new FormData();
        const e = essence(ct);
        // An empty body (an empty FormData's) is an empty FormData; no body
        // at all is not multipart/form-data.
        if (e === 'multipart/form-data') return u8.byteLength === 0 && hadBody ? fd : core.formDataMultipart(u8, ct);
        if (e === 'application/x-www-form-urlencoded') {
          // The urlencoded parser works on the bytes: a BOM is data here.
          for (const [k, v] of new URLSearchParams(new TextDecoder('utf-8', { ignoreBOM: true }).decode(u8))) fd.append(k, v);
          return fd;
        }
        throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
      });
    },
  };
  // blobType is the Fetch standard's "extract a MIME type" of a
  // Content-Type value, serialized (MIME Sniffing), or '' on failure.
  function blobType(ct) {
    let charset = null, essence = null, mt = null;
    for (const value of splitHeaderValue(ct)) {
      const t = parseMimeType(value);
      if (t === null || t.essence === '*/*') continue;
      mt = t;
      if (mt.essence !== essence) {
        charset = mt.params.has('charset') ? mt.params.get('charset') : null;
        essence = mt.essence;
      } else if (!mt.params.has('charset') && charset !== null) {
        mt.params.set('charset', charset);
      }
    }
    if (mt === null) return '';
    let out = mt.essence;
    for (const [name, value] of mt.params) {
      out += ';' + name + '=' + (value !== '' && tokenRe.test(value) ? value : '"' + value.replace(/(["\\])/g, '\\$1') + '"');
    }
    return out;
  }
  // splitHeaderValue splits on the commas outside quoted strings.
  function splitHeaderValue(v) {
    const out = [];
    let cur = '', quoted = false;
    for (let i = 0; i < v.length; i++) {
      const c = v[i];
      if (quoted && c === '\\' && i + 1 < v.length) { cur += c + v[++i]; continue; }
      if (c === '"') quoted = !quoted;
      if (c === ',' && !quoted) { out.push(cur.replace(httpWs, '')); cur = ''; continue; }
      cur += c;
    }
    out.push(cur.replace(httpWs, ''));
    return out;
  }
  const quotedValueRe = /^[\t\x20-\x7e\x80-\xff]*$/;
  // parseMimeType is MIME Sniffing's "parse a MIME type": null on failure.
  function parseMimeType(input) {
    const s = input.replace(httpWs, '');
    const slash = s.indexOf('/');
    if (slash <= 0) return null;
    const type = s.slice(0, slash);
    let i = s.indexOf(';', slash);
    if (i < 0) i = s.length;
    const subtype = s.slice(slash + 1, i).replace(/[\t\n\r ]+$/, '');
    if (!tokenRe.test(type) || subtype === '' || !tokenRe.test(subtype)) return null;
    const params = new Map();
    while (i < s.length) {
      i++; // ;
      while (i < s.length && /[\t\n\r ]/.test(s[i])) i++;
      let j = i;
      while (j < s.length && s[j] !== ';' && s[j] !== '=') j++;
      const name = s.slice(i, j).toLowerCase();
      i = j;
      if (i < s.length && s[i] === ';') continue;
      i++; // =
      if (i > s.length) break;
      let value;
      if (s[i] === '"') {
        value = '';
        i++;
        while (i < s.length && s[i] !== '"') {
          if (s[i] === '\\' && i + 1 < s.length) i++;
          value += s[i++];
        }
        while (i < s.length && s[i] !== ';') i++;
      } else {
        j = i;
        while (j < s.length && s[j] !== ';') j++;
        value = s.slice(i, j).replace(/[\t\n\r ]+$/, '');
        i = j;
        if (value === '') continue;
      }
      if (name !== '' && tokenRe.test(name) && quotedValueRe.test(value) && !params.has(name)) params.set(name, value);
    }
    return { essence: type.toLowerCase() + '/' + subtype.toLowerCase(), params };
  }
  function bodyState(o) {
    const s = slotOf(o);
    if (s === void 0 || s.body === void 0) throw new TypeError('Illegal invocation');
    return s;
  }
  function defineBodyMixin(proto) {
    for (const name of Object.keys(bodyMixin)) {
      Object.defineProperty(proto, name, { value: bodyMixin[name], writable: true, enumerable: true, configurable: true });
    }
    Object.defineProperty(proto, 'body', {
      get() { const s = bodyState(this); return s.body === null ? null : streamOf(s.body); },
      enumerable: true, configurable: true,
    });
    Object.defineProperty(proto, 'bodyUsed', {
      get() { const s = bodyState(this); return bodyUsed(s.body); },
      enumerable: true, configurable: true,
    });
  }

  // ---- Request ---------------------------------------------------------------

  const forbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];
  const normalizedMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
  const enumCheck = (what, v, allowed) => {
    if (allowed.indexOf(v) < 0) {
      throw new TypeError('Request constructor: ' + v + ' is not an accepted type. Expected one of ' + allowed.join(', ') + '.');
    }
  };
  const kInternal = {};

  class Request {
    constructor(input, init = {}) {
      if (input === kInternal) { this[kSlot] = init; return; }
      if (arguments.length < 1) throw new TypeError('Request constructor: 1 argument required, but 0 found.');
      if (init !== void 0 && init !== null && typeof init !== 'object' && typeof init !== 'function') {
        throw new TypeError("Request constructor: Expected init (\"Argument 2\") to be an instance of RequestInit.");
      }
      if (init === null || init === void 0) init = {};
      let s;
      let inputState = null;
      if (input instanceof Request) {
        inputState = input[kSlot];
        s = {
          method: inputState.method, url: inputState.url, headers: null, list: inputState.list.clone(),
          mode: inputState.mode, credentials: inputState.credentials, cache: inputState.cache,
          redirect: inputState.redirect, referrer: inputState.referrer, referrerPolicy: inputState.referrerPolicy,
          integrity: inputState.integrity, keepalive: inputState.keepalive, duplex: 'half',
          body: inputState.body, signal: inputState.signal,
        };
      } else {
        let href;
        try {
          href = parseURL(String(input), baseURL());
        } catch (e) {
          throw new TypeError('Failed to parse URL from ' + String(input), { cause: e });
        }
        if (/^[a-z][a-z0-9+.-]*:\/\/[^/@?#]*@/i.test(href) && /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*:?[^/?#]*@/i.test(href)) {
          throw new TypeError('Request cannot be constructed from a URL that includes credentials: ' + String(input));
        }
        s = {
          method: 'GET', url: href, headers: null, list: new HeaderList(), mode: 'cors',
          credentials: 'same-origin', cache: 'default', redirect: 'follow', referrer: 'about:client',
          referrerPolicy: '', integrity: '', keepalive: false, duplex: 'half', body: null, signal: null,
        };
      }
      if (init.window !== void 0 && init.window !== null) throw new TypeError("'window' option 'client' must be null");
      if (init.referrer !== void 0) {
        const r = String(init.referrer);
        if (r === '') s.referrer = '';
        else {
          let parsed;
          try { parsed = parseURL(r, baseURL()); } catch (e) { throw new TypeError('Referrer "' + r + '" is not a valid URL.', { cause: e }); }
          s.referrer = parsed === 'about:client' ? 'about:client' : parsed;
        }
      }
      if (init.referrerPolicy !== void 0) {
        const v = String(init.referrerPolicy);
        enumCheck('referrerPolicy', v, ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url']);
        s.referrerPolicy = v;
      }
      if (init.mode !== void 0) {
        const v = String(init.mode);
        if (v === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
        enumCheck('mode', v, ['same-origin', 'no-cors', 'cors', 'navigate', 'websocket']);
        s.mode = v;
      }
      if (init.credentials !== void 0) {
        const v = String(init.credentials);
        enumCheck('credentials', v, ['omit', 'same-origin', 'include']);
        s.credentials = v;
      }
      if (init.cache !== void 0) {
        const v = String(init.cache);
        enumCheck('cache', v, ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached']);
        s.cache = v;
        if (v === 'only-if-cached' && s.mode !== 'same-origin') {
          throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
        }
      }
      if (init.redirect !== void 0) {
        const v = String(init.redirect);
        enumCheck('redirect', v, ['follow', 'manual', 'error']);
        s.redirect = v;
      }
      if (init.integrity !== void 0) s.integrity = String(init.integrity);
      if (init.priority !== void 0) {
        const v = String(init.priority);
        enumCheck('priority', v, ['high', 'low', 'auto']);
      }
      if (init.keepalive !== void 0) s.keepalive = Boolean(init.keepalive);
      if (init.method !== void 0) {
        let m = byteString(init.method);
        if (!tokenRe.test(m)) throw new TypeError("'" + m + "' is not a valid HTTP method.");
        const up = m.toUpperCase();
        if (forbiddenMethods.indexOf(up) >= 0) throw new TypeError("'" + m + "' HTTP method is unsupported.");
        if (normalizedMethods.indexOf(up) >= 0) m = up;
        s.method = m;
      }
      if (init.signal !== void 0) {
        if (init.signal !== null && (typeof AbortSignal !== 'function' || !(init.signal instanceof AbortSignal))) {
          throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
        }
      }
      // The request's own signal follows the input's and init's.
      const parentSignal = init.signal !== void 0 ? init.signal : s.signal;
      s.signal = followSignal(parentSignal);
      if (s.mode === 'no-cors') {
        if (['GET', 'HEAD', 'POST'].indexOf(s.method) < 0) throw new TypeError("'" + s.method + "' is unsupported in no-cors mode.");
      }
      this[kSlot] = s;
      s.headers = headersFrom(s.list, s.mode === 'no-cors' ? 'request-no-cors' : 'request');
      if (init.headers !== void 0) {
        const fresh = new Headers(init.headers);
        s.list.names.length = 0;
        s.list.values.length = 0;
        const fl = kState.get(fresh).list;
        for (let i = 0; i < fl.names.length; i++) s.list.append(fl.names[i], fl.values[i]);
      }
      const hasBody = init.body !== void 0 && init.body !== null;
      if ((hasBody || (inputState !== null && inputState.body !== null)) && (s.method === 'GET' || s.method === 'HEAD')) {
        if (hasBody || inputState.body !== null) throw new TypeError('Request with GET/HEAD method cannot have body.');
      }
      if (hasBody) {
        const [body, type] = extractBody(init.body, s.keepalive);
        if (body.stream !== null) {
          if (init.duplex !== 'half') throw new TypeError('RequestInit: duplex option is required when sending a body.');
        }
        if (type !== null && !s.list.has('content-type')) s.list.append('content-type', type);
        s.body = body;
      } else if (inputState !== null && inputState.body !== null) {
        if (bodyUsed(inputState.body) || (inputState.body.stream !== null && inputState.body.stream.locked)) {
          throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
        }
        // Taking the input's body uses it up.
        const b = inputState.body;
        s.body = { source: b.source, stream: b.stream, net: b.net, length: b.length, used: false };
        if (b.stream !== null) {
          const [a] = b.stream.tee(); s.body.stream = a;
        }
        b.used = true;
      }
      if (init.duplex !== void 0 && init.duplex !== 'half') {
        throw new TypeError("Request constructor: " + init.duplex + " is not an accepted type. Expected one of half.");
      }
    }
    get method() { return state(this, Request).method; }
    get url() { return state(this, Request).url; }
    get headers() { return state(this, Request).headers; }
    get destination() { state(this, Request); return ''; }
    get referrer() {
      const r = state(this, Request).referrer;
      return r === 'no-referrer' || r === '' ? '' : r === 'about:client' ? 'about:client' : r;
    }
    get referrerPolicy() { return state(this, Request).referrerPolicy; }
    get mode() { return state(this, Request).mode; }
    get credentials() { return state(this, Request).credentials; }
    get cache() { return state(this, Request).cache; }
    get redirect() { return state(this, Request).redirect; }
    get integrity() { return state(this, Request).integrity; }
    get keepalive() { return state(this, Request).keepalive; }
    get isReloadNavigation() { state(this, Request); return false; }
    get isHistoryNavigation() { state(this, Request); return false; }
    get signal() { return state(this, Request).signal; }
    get duplex() { state(this, Request); return 'half'; }
    clone() {
      const s = state(this, Request);
      if (bodyUsed(s.body)) throw new TypeError('Request.clone: Body has already been consumed.');
      const c = Object.assign({}, s, { list: s.list.clone(), body: cloneBody(s.body), signal: followSignal(s.signal) });
      const r = new Request(kInternal, c);
      c.headers = headersFrom(c.list, kState.get(s.headers).guard);
      return r;
    }
  }
  defineBodyMixin(Request.prototype);
  Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

  // followSignal is a request's own signal: a dependent of the given one
  // (AbortSignal.any), so it is aborted with it, before its listeners run.
  function followSignal(parent) {
    if (typeof AbortSignal !== 'function') return parent === void 0 ? null : parent;
    if (parent === null || parent === void 0) return new AbortController().signal;
    return AbortSignal.any([parent]);
  }

  function cloneBody(b) {
    if (b === null) return null;
    if (b.stream === null && b.net === null) return { source: b.source, stream: null, net: null, length: b.length, used: false };
    const stream = streamOf(b);
    const [x, y] = core.tee(stream);
    b.stream = x;
    return { source: null, stream: y, net: null, length: b.length, used: false };
  }

  // ---- Response ----------------------------------------------------------------

  const nullBodyStatus = [101, 103, 204, 205, 304];
  const redirectStatus = [301, 302, 303, 307, 308];
  const reasonPhraseRe = /^[\t\x20-\x7E\x80-\xFF]*$/;

  function initResponse(s, init) {
    if (init.status !== void 0) {
      const st = Number(init.status);
      if (!(st >= 200 && st <= 599) || st !== Math.trunc(st)) {
        throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
      }
      s.status = st;
    }
    if (init.statusText !== void 0) {
      const t = String(init.statusText);
      if (!reasonPhraseRe.test(t)) throw new TypeError('Invalid statusText');
      s.statusText = t;
    }
    if (init.headers !== void 0) {
      const fresh = new Headers(init.headers);
      const fl = kState.get(fresh).list;
      for (let i = 0; i < fl.names.length; i++) s.list.append(fl.names[i], fl.values[i]);
    }
  }

  function newResponseState() {
    // url: the last of the response's URL list, '' for none. A fetched
    // Response's state is a record core builds (record.go's responseShape
    // holds these keys, and flat: the header pairs until materialized).
    return { type: 'default', status: 200, statusText: '', url: '', list: new HeaderList(), headers: null, body: null, redirected: false };
  }

  class Response {
    constructor(body = null, init = {}) {
      if (body === kInternal) { this[kSlot] = init; return; }
      if (init !== void 0 && init !== null && typeof init !== 'object') {
        throw new TypeError("Response constructor: Expected init (\"Argument 2\") to be an instance of ResponseInit.");
      }
      if (init === null || init === void 0) init = {};
      const s = newResponseState();
      this[kSlot] = s;
      s.headers = headersFrom(s.list, 'response');
      initResponse(s, init);
      if (body !== null && body !== void 0) {
        if (nullBodyStatus.indexOf(s.status) >= 0) {
          throw new TypeError('Response constructor: Invalid response status code ' + s.status);
        }
        const [b, type] = extractBody(body, false);
        s.body = b;
        if (type !== null && !s.list.has('content-type')) s.list.append('content-type', type);
      }
    }
    static error() {
      const s = newResponseState();
      s.type = 'error';
      s.status = 0;
      s.headers = headersFrom(s.list, 'immutable');
      return new Response(kInternal, s);
    }
    static redirect(url, status = 302) {
      let href;
      try { href = parseURL(String(url), baseURL()); } catch (e) { throw new TypeError('Failed to parse URL from ' + String(url), { cause: e }); }
      status = Number(status);
      if (redirectStatus.indexOf(status) < 0) throw new RangeError('Invalid status code ' + status);
      const s = newResponseState();
      s.status = status;
      s.list.append('location', href);
      s.headers = headersFrom(s.list, 'immutable');
      return new Response(kInternal, s);
    }
    static json(data, init = {}) {
      const text = JSON.stringify(data);
      if (text === void 0) throw new TypeError('Value is not JSON serializable');
      const r = new Response(text, Object.assign({}, init));
      const s = r[kSlot];
      // application/json unless init's headers name a Content-Type.
      const given = init !== null && init !== void 0 && init.headers !== void 0 && new Headers(init.headers).has('content-type');
      if (!given) s.list.set('content-type', 'application/json');
      return r;
    }
    get type() { return state(this, Response).type; }
    get url() {
      const u = state(this, Response).url;
      return u === '' ? '' : u.replace(/#.*$/, '');
    }
    get redirected() { return state(this, Response).redirected; }
    get status() { return state(this, Response).status; }
    get ok() { const st = state(this, Response).status; return st >= 200 && st <= 299; }
    get statusText() { return state(this, Response).statusText; }
    get headers() {
      const s = state(this, Response);
      if (s.headers === null) materialize(s);
      return s.headers;
    }
    clone() {
      const s = state(this, Response);
      if (bodyUsed(s.body) || (s.body !== null && s.body.stream !== null && s.body.stream.locked)) {
        throw new TypeError('Response.clone: Body has already been consumed.');
      }
      if (s.headers === null) materialize(s);
      const c = Object.assign({}, s, { list: s.list.clone(), body: cloneBody(s.body) });
      c.headers = headersFrom(c.list, kState.get(s.headers).guard);
      return new Response(kInternal, c);
    }
  }
  defineBodyMixin(Response.prototype);
  Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

  // ---- util.inspect, as Node prints these objects --------------------------------

  const kInspect = Symbol.for('nodejs.util.inspect.custom');
  function display(name, fields) {
    return function (depth, options, inspect) {
      if (depth < 0) return '[' + name + ']';
      const o = fields(this);
      return name + ' ' + inspect(o, Object.assign({}, options, { depth: options.depth === null ? null : options.depth - 1 }));
    };
  }
  Object.defineProperty(Headers.prototype, kInspect, {
    value: display('Headers', (h) => kState.get(h).list.display()), configurable: true, writable: true,
  });
  Object.defineProperty(Response.prototype, kInspect, {
    value: display('Response', (r) => ({
      status: r.status, statusText: r.statusText, headers: r.headers, body: r.body, bodyUsed: r.bodyUsed,
      ok: r.ok, redirected: r.redirected, type: r.type, url: r.url,
    })),
    configurable: true, writable: true,
  });
  Object.defineProperty(Request.prototype, kInspect, {
    value: display('Request', (r) => ({
      method: r.method, url: r.url, headers: r.headers, destination: r.destination, referrer: r.referrer,
      referrerPolicy: r.referrerPolicy, mode: r.mode, credentials: r.credentials, cache: r.cache,
      redirect: r.redirect, integrity: r.integrity, keepalive: r.keepalive,
      isReloadNavigation: r.isReloadNavigation, isHistoryNavigation: r.isHistoryNavigation, signal: r.signal,
    })),
    configurable: true, writable: true,
  });

  // ---- fetch -----------------------------------------------------------------


  function failed(cause) { return new TypeError('fetch failed', { cause }); }

  // fastURL is what the Request constructor checks of fetch(url) with no
  // init: the URL parses and holds no credentials.
  function fastURL(input) {
    let href;
    try {
      href = parseURL(String(input), baseURL());
    } catch (e) {
      throw new TypeError('Failed to parse URL from ' + String(input), { cause: e });
    }
    if (href.indexOf('@') >= 0 && /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(href)) {
      throw new TypeError('Request cannot be constructed from a URL that includes credentials: ' + String(input));
    }
    return href;
  }

  function fetch(input, init = void 0) {
    if (init === void 0 && typeof input === 'string') {
      // The common case, fetch(url), goes straight to the network.
      const p = core.fetchURL(input);
      if (p !== null) return p;
    }
    let s;
    try {
      if (init === void 0 && (typeof input === 'string' || (typeof URL === 'function' && input instanceof URL))) {
        const url = fastURL(input);
        // The common case goes straight to the network: a GET with no
        // headers, no body and no signal needs no request state.
        if (url.startsWith('http://') || url.startsWith('https://')) {
          return core.send('GET', url, emptyList, null, 'follow', void 0, false);
        }
        // list: null stands for no headers.
        s = { method: 'GET', url, list: null, redirect: 'follow', body: null, signal: null };
      } else {
        s = new Request(input, init)[kSlot];
      }
    } catch (e) {
      return Promise.reject(e);
    }
    const signal = s.signal;
    if (signal !== null && signal.aborted) {
      // Fetch "abort the fetch": a request body stream is cancelled with the
      // reason, synchronously.
      if (s.body !== null && s.body.stream !== null && !s.body.stream.locked) s.body.stream.cancel(signal.reason).catch(() => {});
      return Promise.reject(signal.reason);
    }
    const url = s.url;
    const scheme = url.slice(0, url.indexOf(':')).toLowerCase();
    if (scheme === 'data') return fetchData(s);
    if (scheme === 'blob') return fetchBlob(s);
    if (scheme === 'about') return Promise.reject(failed(new Error('about scheme is not supported')));
    if (scheme === 'file') return Promise.reject(failed(new Error('not implemented... yet...')));
    if (scheme !== 'http' && scheme !== 'https') return Promise.reject(failed(new Error('unknown scheme')));
    const body = s.body;
    let sendBody = null, pull = void 0;
    if (body === null && signal === null) {
      return core.send(s.method, url, s.list === null || s.list.names.length === 0 ? emptyList : s.list.flat(), null, s.redirect, void 0, false);
    }
    const start = () => {
      const headers = s.list === null || s.list.names.length === 0 ? emptyList : s.list.flat();
      if (signal === null) return core.send(s.method, url, headers, sendBody, s.redirect, pull, false);
      const [promise, abort] = core.send(s.method, url, headers, sendBody, s.redirect, pull, true);
      const onAbort = () => abort(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      return promise.then((r) => {
        signal.removeEventListener('abort', onAbort);
        watchAbort(r[kSlot], signal);
        return r;
      }, (e) => {
        signal.removeEventListener('abort', onAbort);
        throw e;
      });
    };
    if (body === null) return start();
    body.used = true;
    if (body.stream !== null || body.net !== null) {
      const reader = streamOf(body).getReader();
      // The read results go to core as they are: it writes each chunk as
      // undici does (strings as UTF-8) or fails with Node's TypeError.
      pull = () => reader.read();
      return start();
    }
    return Promise.resolve(body.source).then((u8) => { sendBody = u8; return start(); });
  }

  const emptyList = [];

  // core builds the Response of each fetch from its head, with the state
  // newResponseState describes (a body of { source, stream, net, length,
  // used }, headers materialized when first asked for).
  core.setResponse(Response.prototype, kSlot);

  function materialize(s) {
    const list = new HeaderList();
    const flat = Array.isArray(s.flat) ? s.flat : s.flat.headerList();
    for (let i = 0; i < flat.length; i += 2) list.append(flat[i], flat[i + 1]);
    s.list = list;
    s.headers = headersFrom(list, 'immutable');
    s.flat = null;
  }

  // watchAbort makes an abort after the head reject the body's reads.
  function watchAbort(s, signal) {
    s.aborted = () => signal.aborted;
    s.abortReason = () => signal.reason;
    signal.addEventListener('abort', () => {
      if (s.pendingAbort !== void 0) s.pendingAbort(signal.reason);
      if (s.body === null) return;
      if (s.body.net !== null) s.body.net.cancel();
      if (s.body.netHandle !== void 0) core.errorNet(s.body.netHandle, signal.reason);
    }, { once: true });
  }

  // data: URLs (Fetch: "data: URL processor").
  function fetchData(s) {
    const url = s.url;
    const comma = url.indexOf(',');
    if (comma < 0) return Promise.reject(failed(new Error('invalid data: URL')));
    let meta = url.slice(5, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
    let data = url.slice(comma + 1).replace(/#.*$/, '');
    let bytes;
    const b64 = /;[\x20]*base64$/i.test(meta);
    if (b64) meta = meta.replace(/;[\x20]*base64$/i, '');
    try {
      bytes = core.percentDecode(data);
      if (b64) bytes = core.forgivingBase64(bytes);
    } catch (e) {
      return Promise.reject(failed(e));
    }
    if (meta.startsWith(';')) meta = 'text/plain' + meta;
    if (meta === '') meta = 'text/plain;charset=US-ASCII';
    const st = newResponseState();
    st.type = 'basic';
    st.statusText = 'OK';
    st.url = url;
    st.list.append('content-type', meta);
    st.headers = headersFrom(st.list, 'immutable');
    st.body = { source: bytes, stream: null, net: null, length: bytes.byteLength, used: false };
    return Promise.resolve(new Response(kInternal, st));
  }

  // blob: URLs (Fetch: "scheme fetch"): a GET of a Blob that
  // URL.createObjectURL registered; anything else is undici's "invalid
  // method" network error.
  function fetchBlob(s) {
    const blob = s.method === 'GET' ? core.resolveBlob(s.url) : null;
    if (blob === null) return Promise.reject(failed(new Error('invalid method')));
    const bytes = blob[0];
    const st = newResponseState();
    st.type = 'basic';
    st.statusText = 'OK';
    st.url = s.url;
    st.list.append('content-length', String(bytes.byteLength));
    st.list.append('content-type', blob[1]);
    st.headers = headersFrom(st.list, 'immutable');
    st.body = { source: bytes, stream: null, net: null, length: bytes.byteLength, used: false };
    return Promise.resolve(new Response(kInternal, st));
  }

  return { fetch, Headers, Request, Response };
})
