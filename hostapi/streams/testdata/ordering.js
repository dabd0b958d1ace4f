// Microtask ordering: where the streams' promise reactions fall against a
// chain of plain promise jobs ("tick N"), for reads, closes, pipes, tees,
// transforms and writes.
function ticks(log, n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push('tick' + i));
  return p;
}
async function scenario(name, n, fn) {
  const log = [];
  fn(log);
  await ticks(log, n);
  await new Promise((res) => setTimeout(res, 0));
  console.log(name + ': ' + log.join(' '));
}

(async () => {
  await scenario('reads', 4, (log) => {
    const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
    const r = rs.getReader();
    r.read().then((v) => log.push('read1=' + v.value));
    r.read().then((v) => log.push('read2=' + v.value));
    r.read().then((v) => log.push('read3 done=' + v.done));
    r.closed.then(() => log.push('closed'));
  });
  await scenario('pull', 6, (log) => {
    const rs = new ReadableStream({
      start() { log.push('start'); },
      pull(c) { log.push('pull'); c.enqueue('x'); },
    });
    rs.getReader().read().then((v) => log.push('read=' + v.value));
  });
  await scenario('async pull', 8, (log) => {
    const rs = new ReadableStream({
      pull(c) { log.push('pull'); return Promise.resolve().then(() => { c.enqueue('y'); log.push('enqueued'); }); },
    }, { highWaterMark: 0 });
    rs.getReader().read().then((v) => log.push('read=' + v.value));
  });
  await scenario('tee', 8, (log) => {
    const [a, b] = new ReadableStream({ start(c) { c.enqueue('t'); } }).tee();
    a.getReader().read().then((v) => log.push('a=' + v.value));
    b.getReader().read().then((v) => log.push('b=' + v.value));
  });
  await scenario('transform', 12, (log) => {
    const ts = new TransformStream({
      transform(ch, c) { log.push('transform ' + ch); c.enqueue(ch + '!'); },
      flush() { log.push('flush'); },
    });
    const w = ts.writable.getWriter();
    const r = ts.readable.getReader();
    w.write('x').then(() => log.push('write done'));
    w.close().then(() => log.push('close done'));
    r.read().then((v) => log.push('read=' + v.value));
    r.read().then((v) => log.push('read done=' + v.done));
  });
  await scenario('writer', 8, (log) => {
    const ws = new WritableStream({
      start() { log.push('start'); },
      write(ch) { log.push('write ' + ch); },
      close() { log.push('close'); },
    });
    const w = ws.getWriter();
    w.ready.then(() => log.push('ready'));
    w.write(1).then(() => log.push('write1 done'));
    w.write(2).then(() => log.push('write2 done'));
    w.close().then(() => log.push('closed'));
  });
  await scenario('cancel', 6, (log) => {
    const rs = new ReadableStream({ cancel() { log.push('source cancel'); } });
    const r = rs.getReader();
    r.read().then((v) => log.push('read done=' + v.done));
    r.closed.then(() => log.push('closed'));
    r.cancel().then(() => log.push('cancel done'));
  });
})();
