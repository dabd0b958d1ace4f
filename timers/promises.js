// node:timers/promises over the timer globals of this package.
(function (timers, invalidArgType, abortError) {
  'use strict';
  function validateOptions(options) {
    if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
    const { signal, ref } = options;
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
    }
    if (ref !== undefined && typeof ref !== 'boolean') throw invalidArgType('options.ref', 'of type boolean', ref);
    return { signal, ref: ref !== false };
  }
  function settle(signal, start, clear) {
    return new Promise((resolve, reject) => {
      if (signal && signal.aborted) {
        reject(abortError(signal.reason));
        return;
      }
      let onAbort;
      const handle = start((v) => {
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(v);
      });
      if (signal) {
        onAbort = () => {
          clear(handle);
          reject(abortError(signal.reason));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  }
  function setTimeout(after, value, options = {}) {
    let opts;
    try { opts = validateOptions(options); } catch (e) { return Promise.reject(e); }
    return settle(opts.signal, (done) => {
      const t = timers.setTimeout(done, after, value);
      if (!opts.ref) t.unref();
      return t;
    }, timers.clearTimeout);
  }
  function setImmediate(value, options = {}) {
    let opts;
    try { opts = validateOptions(options); } catch (e) { return Promise.reject(e); }
    return settle(opts.signal, (done) => {
      const i = timers.setImmediate(done, value);
      if (!opts.ref) i.unref();
      return i;
    }, timers.clearImmediate);
  }
  function setInterval(after, value, options = {}) {
    const opts = validateOptions(options);
    let pending = 0;
    const waiting = [];
    let done = false;
    let error;
    const iv = timers.setInterval(() => {
      if (waiting.length > 0) waiting.shift().resolve({ value, done: false });
      else pending++;
    }, after);
    if (!opts.ref) iv.unref();
    const finish = () => {
      done = true;
      timers.clearInterval(iv);
      while (waiting.length > 0) {
        const w = waiting.shift();
        if (error) w.reject(error); else w.resolve({ value: undefined, done: true });
      }
    };
    if (opts.signal) {
      if (opts.signal.aborted) { error = abortError(opts.signal.reason); finish(); }
      else opts.signal.addEventListener('abort', () => { error = abortError(opts.signal.reason); finish(); }, { once: true });
    }
    const it = {
      next() {
        if (pending > 0) { pending--; return Promise.resolve({ value, done: false }); }
        if (done) {
          if (error) { const e = error; error = undefined; return Promise.reject(e); }
          return Promise.resolve({ value: undefined, done: true });
        }
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return() {
        finish();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
    if (typeof Symbol.asyncIterator === 'symbol') it[Symbol.asyncIterator] = function () { return this; };
    return it;
  }
  const scheduler = {
    wait(delay, options) { return setTimeout(delay, undefined, options); },
    yield() { return setImmediate(); },
  };
  return { setTimeout, setImmediate, setInterval, scheduler };
})
