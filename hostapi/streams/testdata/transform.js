// TransformStream: pipeThrough, flush, terminate, error, the cancel hook,
// desiredSize and backpressure between the two sides.
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
function from(chunks) {
  return new ReadableStream({ start(c) { for (const ch of chunks) c.enqueue(ch); c.close(); } });
}

(async () => {
  const upper = new TransformStream({
    start(c) { log('start desiredSize', c.desiredSize); },
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); c.enqueue('|'); },
    flush(c) { c.enqueue('<end>'); log('flush'); },
  });
  log(await collect(from(['a', 'b']).pipeThrough(upper)));

  // Identity transform.
  log(await collect(from([1, 2, 3]).pipeThrough(new TransformStream())));

  // An async transform: chunks stay in order.
  const slow = new TransformStream({
    async transform(chunk, c) {
      await new Promise((res) => setTimeout(res, 3 - chunk));
      c.enqueue(chunk * 10);
    },
  });
  log(await collect(from([1, 2, 3]).pipeThrough(slow)));

  // terminate() closes the readable side and errors the writable side.
  const term = new TransformStream({
    transform(chunk, c) {
      c.enqueue(chunk);
      if (chunk === 'stop') c.terminate();
    },
  });
  const w = term.writable.getWriter();
  const got = collect(term.readable);
  await w.write('go');
  await w.write('stop');
  await w.write('more').catch((e) => log('write after terminate:', e.name, e.code, e.message));
  log(await got);

  // A transform that throws errors both sides.
  const bad = new TransformStream({ transform() { throw new Error('transform failed'); } });
  const bw = bad.writable.getWriter();
  const br = bad.readable.getReader();
  const rp = br.read();
  await bw.write('x').catch((e) => log('write:', e.message));
  await rp.catch((e) => log('read:', e.message));
  await bw.closed.catch((e) => log('writable closed:', e.message));

  // controller.error()
  let tc;
  const errs = new TransformStream({ start(c) { tc = c; } });
  tc.error(new Error('by controller'));
  await errs.readable.getReader().read().catch((e) => log('errored readable:', e.message));
  await errs.writable.getWriter().ready.catch((e) => log('errored writable:', e.message));

  // The cancel hook runs when the readable side is cancelled or the writable
  // side aborted.
  const ct = new TransformStream({ cancel(reason) { log('transformer cancel:', reason); } });
  const cw = ct.writable.getWriter();
  await ct.readable.cancel('reader gone');
  await cw.closed.catch((e) => log('writable after cancel:', e));
  const at = new TransformStream({ cancel(reason) { log('transformer cancel (abort):', reason); } });
  const ar = at.readable.getReader();
  await at.writable.abort('writer gone');
  await ar.closed.catch((e) => log('readable after abort:', e));

  // Backpressure: with the default strategies the second write waits for a
  // read.
  const bp = new TransformStream();
  const writer = bp.writable.getWriter();
  const events = [];
  log('writable desiredSize', writer.desiredSize);
  writer.write('1').then(() => events.push('write 1 done'));
  writer.write('2').then(() => events.push('write 2 done'));
  await new Promise((res) => setTimeout(res, 5));
  events.push('desiredSize ' + writer.desiredSize);
  const reader = bp.readable.getReader();
  events.push('read ' + (await reader.read()).value);
  await new Promise((res) => setTimeout(res, 5));
  events.push('read ' + (await reader.read()).value);
  await new Promise((res) => setTimeout(res, 5));
  log(events.join(', '));

  // Strategies on both sides.
  const strat = new TransformStream({}, { highWaterMark: 4 }, new CountQueuingStrategy({ highWaterMark: 2 }));
  log('strategies', strat.writable.getWriter().desiredSize);

  try { new TransformStream({ readableType: 'bytes' }); } catch (e) { log(e.name, e.code, e.message); }
  try { new TransformStream({ transform: 1 }); } catch (e) { log(e.name, e.code, e.message); }
})();
