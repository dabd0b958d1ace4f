// Helpers of Blob, File and FormData that are simplest in JS: the
// [util.inspect.custom] methods printing what Node 20 prints, and
// Blob.prototype.stream's ReadableStream.
// fileState(f) returns [name, lastModified]; fdState(fd) returns the
// entries flattened [name, value, ...]. Both throw for foreign receivers.
(function (blobProto, fileProto, fdProto, custom, fileState, fdState) {
  'use strict';
  const U8 = Uint8Array;
  const define = (proto, fn) => Object.defineProperty(proto, custom, {
    __proto__: null, value: fn, writable: true, configurable: true,
  });
  const innerOpts = (options) => ({ ...options, depth: options.depth == null ? null : options.depth - 1 });

  // Beyond the depth Node prints [Blob] (its Blobs have enumerable symbol
  // keys, so they do not print as an empty object).
  define(blobProto, function (depth, options, inspect) {
    if (depth < 0) return options.stylize('[Blob]', 'special');
    return `Blob ${inspect({ size: this.size, type: this.type }, innerOpts(options))}`;
  });
  define(fileProto, function (depth, options, inspect) {
    const [name, lastModified] = fileState(this);
    if (depth < 0) return options.stylize('[File]', 'special');
    return `File ${inspect({ size: this.size, type: this.type, name, lastModified }, innerOpts(options))}`;
  });
  define(fdProto, function (depth, options, inspect) {
    const list = fdState(this);
    const state = { __proto__: null };
    for (let i = 0; i < list.length; i += 2) {
      const name = list[i], value = list[i + 1];
      if (state[name]) {
        if (Array.isArray(state[name])) state[name].push(value);
        else state[name] = [state[name], value];
      } else {
        state[name] = value;
      }
    }
    options.depth ??= depth;
    const output = inspect(state, options);
    return `FormData ${output.slice(output.indexOf(']') + 2)}`;
  });

  return {
    isView: ArrayBuffer.isView,
    bytes: (ab) => new U8(ab),
    // stream returns a ReadableStream (the global one, looked up now) of
    // Uint8Array chunks; pull() returns the next chunk's ArrayBuffer, or
    // undefined at the end. A byte stream when the implementation has
    // them (BYOB readers), a default stream otherwise.
    stream(pull) {
      const RS = globalThis.ReadableStream;
      if (typeof RS !== 'function') throw new ReferenceError('ReadableStream is not defined');
      const source = {
        type: 'bytes',
        pull(c) {
          const ab = pull();
          if (ab === undefined) {
            c.close();
            if (c.byobRequest) c.byobRequest.respond(0);
          } else {
            c.enqueue(new U8(ab));
          }
        },
      };
      try {
        return new RS(source, { highWaterMark: 0 });
      } catch (e) {
        if (!(e instanceof RangeError)) throw e;
      }
      delete source.type;
      return new RS(source, { highWaterMark: 0 });
    },
  };
})
