// tee(): both branches see every chunk; cancelling both cancels the source
// with both reasons; an error reaches both branches; byte streams copy.
const log = (...a) => console.log(...a);

async function readAll(rs) {
  const r = rs.getReader();
  const out = [];
  for (;;) {
    const { value, done } = await r.read();
    if (done) return out;
    out.push(value);
  }
}

(async () => {
  const src = new ReadableStream({
    start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); },
  });
  const [a, b] = src.tee();
  log('source locked', src.locked, a instanceof ReadableStream, b instanceof ReadableStream);
  log(await readAll(a), await readAll(b));

  // The same object reaches both branches of a default stream.
  const obj = { n: 1 };
  const [c1, c2] = new ReadableStream({ start(c) { c.enqueue(obj); c.close(); } }).tee();
  const [v1] = await readAll(c1);
  const [v2] = await readAll(c2);
  log('same object', v1 === obj && v2 === obj);

  // Cancelling both branches cancels the source with both reasons.
  const [x, y] = new ReadableStream({
    cancel(reason) { log('source cancelled with', reason); },
  }).tee();
  const px = x.cancel('reason x');
  log('after first cancel');
  await y.cancel('reason y');
  await px;
  log('both cancelled');

  // An error in the source errors both branches.
  let ctrl;
  const [e1, e2] = new ReadableStream({ start(c) { ctrl = c; } }).tee();
  const r1 = e1.getReader();
  const r2 = e2.getReader();
  ctrl.error(new Error('source failed'));
  await r1.closed.catch((e) => log('branch 1:', e.message));
  await r2.closed.catch((e) => log('branch 2:', e.message));

  // Reading one branch fast and the other later.
  const [fast, slow] = new ReadableStream({
    start(c) { for (let i = 0; i < 4; i++) c.enqueue(i); c.close(); },
  }).tee();
  log('fast', await readAll(fast));
  log('slow', await readAll(slow));

  // Byte streams: each branch gets its own copy.
  const bytes = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); },
  });
  const [b1, b2] = bytes.tee();
  const [u1] = await readAll(b1);
  const br = b2.getReader({ mode: 'byob' });
  const res = await br.read(new Uint8Array(8));
  log('byte branch 1', u1, 'branch 2', res.value, u1.buffer !== res.value.buffer);
  log('byte branch 2 end', await br.read(new Uint8Array(1)));
})();
