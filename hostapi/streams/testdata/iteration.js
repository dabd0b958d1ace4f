// Async iteration by hand (goja has no for await): values(), the
// [Symbol.asyncIterator] method, next()/return() ordering, preventCancel,
// and errors.
const log = (...a) => console.log(...a);

function numbers(n, onCancel) {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i < n) c.enqueue(i++);
      else c.close();
    },
    cancel(r) { if (onCancel) onCancel(r); },
  });
}

(async () => {
  const rs = numbers(3);
  log(ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
  const it = rs[Symbol.asyncIterator]();
  log('locked', rs.locked, typeof it.next, typeof it.return, it[Symbol.asyncIterator]() === it);
  const results = [];
  for (;;) {
    const r = await it.next();
    results.push(r.value);
    if (r.done) break;
  }
  log(results, 'locked after end', rs.locked);
  const again = await it.next();
  log('next after end', again.value, again.done);

  // Several next() calls at once settle in order.
  const it2 = numbers(2).values();
  const all = await Promise.all([it2.next(), it2.next(), it2.next(), it2.next()]);
  log(all.map((r) => `${r.value}/${r.done}`).join(' '));

  // return() cancels the stream and releases the lock.
  const rs3 = numbers(10, (r) => log('cancelled with', r));
  const it3 = rs3.values();
  log('first', (await it3.next()).value);
  const ret = await it3.return('stop');
  log('return', ret.value, ret.done, 'locked', rs3.locked);
  log('next after return', (await it3.next()).done);

  // preventCancel keeps the stream readable.
  const rs4 = numbers(3, () => log('should not cancel'));
  const it4 = rs4.values({ preventCancel: true });
  log('first', (await it4.next()).value);
  await it4.return();
  const rest = rs4.getReader();
  log('rest', (await rest.read()).value, (await rest.read()).value);

  // An error rejects next() and ends the iteration.
  let c5;
  const it5 = new ReadableStream({ start(c) { c5 = c; c.enqueue('ok'); } }).values();
  log((await it5.next()).value);
  const p = it5.next();
  c5.error(new Error('iteration failed'));
  await p.catch((e) => log('rejected:', e.message));
  log('after error', (await it5.next()).done);

  // A locked stream cannot be iterated.
  const locked = numbers(1);
  locked.getReader();
  try { locked.values(); } catch (e) { log(e.name, e.code, e.message); }
  try { locked[Symbol.asyncIterator](); } catch (e) { log(e.name, e.code); }
})();
