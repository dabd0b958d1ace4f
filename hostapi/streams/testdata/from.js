// ReadableStream.from: arrays, generators, hand-written async iterables,
// strings, other streams; cancel calls the iterator's return; errors.
const log = (...a) => console.log(...a);

async function collect(rs) {
  const out = [];
  const r = rs.getReader();
  for (;;) {
    const { value, done } = await r.read();
    if (done) return out;
    out.push(value);
  }
}

(async () => {
  log(await collect(ReadableStream.from([1, 2, 3])));
  function* gen() { yield 'a'; yield Promise.resolve('b'); yield 'c'; }
  log(await collect(ReadableStream.from(gen())));
  log(await collect(ReadableStream.from('hé')));
  log(await collect(ReadableStream.from(new Set(['x', 'y']))));

  // An async iterable written by hand.
  let i = 0;
  const asyncIterable = {
    [Symbol.asyncIterator]() {
      return {
        next() {
          i++;
          return Promise.resolve(i <= 2 ? { value: 'async ' + i, done: false } : { value: undefined, done: true });
        },
        return(reason) {
          log('return called with', reason);
          return Promise.resolve({ done: true });
        },
      };
    },
  };
  log(await collect(ReadableStream.from(asyncIterable)));

  // Cancelling calls return().
  i = 0;
  const rs = ReadableStream.from(asyncIterable);
  const r = rs.getReader();
  log((await r.read()).value);
  await r.cancel('enough');

  // A sync iterator's return is called on cancel.
  function* counted() {
    try { yield 1; yield 2; } finally { log('generator finally'); }
  }
  const cr = ReadableStream.from(counted()).getReader();
  log((await cr.read()).value);
  await cr.cancel();

  // From another stream.
  const inner = new ReadableStream({ start(c) { c.enqueue('s1'); c.enqueue('s2'); c.close(); } });
  log(await collect(ReadableStream.from(inner)), inner.locked);

  // Errors: not iterable, a throwing next, a rejected value.
  for (const v of [1, {}, undefined]) {
    try { ReadableStream.from(v); } catch (e) { log(e.name, e.code); }
  }
  const throwing = { [Symbol.iterator]() { return { next() { throw new Error('next threw'); } }; } };
  await collect(ReadableStream.from(throwing)).catch((e) => log('read:', e.message));
  function* rejects() { yield Promise.reject(new Error('value rejected')); }
  await collect(ReadableStream.from(rejects())).catch((e) => log('read:', e.message));
  const badResult = { [Symbol.asyncIterator]() { return { next() { return 1; } }; } };
  await collect(ReadableStream.from(badResult)).catch((e) => log('read:', e.name));
  log(ReadableStream.from.length, typeof ReadableStream.from([]).getReader);
})();
