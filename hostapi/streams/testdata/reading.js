// Default readers: read(), closed, releaseLock, cancel, locked, and the
// order of pull calls against reads.
const log = (...a) => console.log(...a);

const rs = new ReadableStream({
  start(c) {
    log('start', c.desiredSize);
    c.enqueue('a');
    log('after enqueue a', c.desiredSize);
  },
  pull(c) {
    log('pull', c.desiredSize);
    if (this.n === undefined) this.n = 0;
    this.n++;
    if (this.n <= 2) c.enqueue('p' + this.n);
    else c.close();
  },
  cancel(reason) {
    log('cancel', reason);
  },
});
log('locked', rs.locked);
const reader = rs.getReader();
log('locked', rs.locked, reader instanceof ReadableStreamDefaultReader);
try {
  rs.getReader();
} catch (e) {
  log(e.name, e.code, e.message);
}
reader.closed.then(() => log('closed fulfilled'));

async function main() {
  for (;;) {
    const r = await reader.read();
    log('read', r);
    if (r.done) break;
  }
  reader.releaseLock();
  log('locked after release', rs.locked);
  await reader.read().catch((e) => log('read after release:', e.name, e.code, e.message));
  await reader.closed.catch((e) => log('closed after release:', e.code, e.message));

  // An errored stream: pending reads reject, closed rejects.
  let ctrl;
  const es = new ReadableStream({ start(c) { ctrl = c; } });
  const er = es.getReader();
  const p1 = er.read();
  const p2 = er.read();
  ctrl.error(new Error('boom'));
  for (const p of [p1, p2, er.closed]) await p.catch((e) => log('rejected', e.message));
  log('desiredSize after error', ctrl.desiredSize);
  try { ctrl.enqueue(1); } catch (e) { log(e.name, e.code, e.message); }

  // releaseLock with a pending read rejects it.
  const ps = new ReadableStream();
  const pr = ps.getReader();
  const pending = pr.read();
  pr.releaseLock();
  await pending.catch((e) => log('pending:', e.name, e.code, e.message));
  await pr.closed.catch((e) => log('closed:', e.name, e.code, e.message));

  // cancel through the stream and through a reader.
  const cs = new ReadableStream({ cancel(r) { log('source cancel', r); return new Promise((res) => setTimeout(res, 10)); } });
  log('cancel result', await cs.cancel('why'));
  const cr = new ReadableStream({ start(c) { c.enqueue(1); } }).getReader();
  log('reader cancel', await cr.cancel('r2'), await cr.read());
  const locked = new ReadableStream();
  locked.getReader();
  await locked.cancel().catch((e) => log(e.name, e.code, e.message));

  // A start that returns a promise delays the first pull.
  const order = [];
  const slow = new ReadableStream({
    start() { order.push('start'); return new Promise((res) => setTimeout(() => { order.push('start done'); res(); }, 5)); },
    pull(c) { order.push('pull'); c.enqueue('x'); c.close(); },
  });
  const sr = slow.getReader();
  order.push('read called');
  const got = await sr.read();
  order.push('got ' + got.value);
  log(order.join(', '));

  // start throwing throws from the constructor; pull rejecting errors.
  try { new ReadableStream({ start() { throw new TypeError('start threw'); } }); } catch (e) { log('ctor:', e.message); }
  const pe = new ReadableStream({ pull() { return Promise.reject(new Error('pull rejected')); } });
  await pe.getReader().read().catch((e) => log('read:', e.message));
}
main().then(() => log('done'));
