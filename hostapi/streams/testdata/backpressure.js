// Backpressure: desiredSize and when pull is called, with count and byte
// length strategies, against the microtask order of reads.
const log = (...a) => console.log(...a);

async function countStrategy() {
  let c;
  let pulls = 0;
  const rs = new ReadableStream({
    start(ctrl) { c = ctrl; },
    pull() { pulls++; log('pull #' + pulls, 'desiredSize', c.desiredSize); },
  }, new CountQueuingStrategy({ highWaterMark: 3 }));
  await null;
  log('after start: pulls', pulls, 'desiredSize', c.desiredSize);
  c.enqueue('a');
  c.enqueue('b');
  log('enqueued 2: desiredSize', c.desiredSize);
  c.enqueue('c');
  c.enqueue('d');
  log('enqueued 4: desiredSize', c.desiredSize);
  await null; await null;
  log('pulls', pulls);
  const r = rs.getReader();
  log(await r.read(), c.desiredSize);
  log(await r.read(), c.desiredSize);
  await null;
  log('pulls', pulls);
}

async function byteLengthStrategy() {
  let c;
  const sizes = [];
  const rs = new ReadableStream({
    start(ctrl) { c = ctrl; },
  }, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
  c.enqueue(new Uint8Array(4));
  sizes.push(c.desiredSize);
  c.enqueue(new Uint8Array(8));
  sizes.push(c.desiredSize);
  const r = rs.getReader();
  await r.read();
  sizes.push(c.desiredSize);
  log('byteLength desiredSizes', sizes.join(' '));
  const s = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
  log(s.highWaterMark, s.size(new Uint8Array(5)), s.size.name, s.size.length, new CountQueuingStrategy({ highWaterMark: 2 }).size());
}

async function customSize() {
  let c;
  const rs = new ReadableStream({ start(ctrl) { c = ctrl; } }, { highWaterMark: 5, size: (chunk) => chunk.length });
  c.enqueue('abc');
  log('custom size', c.desiredSize);
  try {
    c.enqueue({ length: -1 });
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  await rs.getReader().closed.catch((e) => log('errored by size:', e.code));
}

async function pullTiming() {
  // hwm 0: pull only when a read is pending.
  const order = [];
  const rs = new ReadableStream({
    pull(c) { order.push('pull'); c.enqueue(order.length); },
  }, { highWaterMark: 0 });
  await null; await null;
  order.push('before read');
  const r = rs.getReader();
  const p = r.read();
  order.push('read returned');
  await p;
  order.push('read resolved');
  await null; await null;
  log(order.join(', '));
}

async function writableBackpressure() {
  const events = [];
  let resolveWrite;
  const ws = new WritableStream({
    write(chunk) {
      events.push('write ' + chunk);
      return new Promise((res) => { resolveWrite = res; });
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = ws.getWriter();
  events.push('desiredSize ' + w.desiredSize);
  w.write('a');
  events.push('desiredSize ' + w.desiredSize);
  w.write('b');
  events.push('desiredSize ' + w.desiredSize);
  let ready = false;
  w.ready.then(() => { ready = true; events.push('ready'); });
  await null; await null;
  events.push('ready? ' + ready);
  resolveWrite();
  await new Promise((res) => setTimeout(res, 0));
  events.push('desiredSize ' + w.desiredSize);
  log(events.join(' | '));
}

(async () => {
  await countStrategy();
  await byteLengthStrategy();
  await customSize();
  await pullTiming();
  await writableBackpressure();
})();
