// Deviation from Node: where Node 20 departs from the Streams Standard,
// jsloop follows the standard.
const log = (...a) => console.log(...a);

(async () => {
  // Node 20 fails an internal assertion on write() after close(); the
  // standard rejects the write with a TypeError.
  const ws = new WritableStream();
  const w = ws.getWriter();
  await w.close();
  await w.write('late').catch((e) => log('write after close:', e.name, e.code));

  // The async iterator's results are CreateIterResultObject(value, done):
  // value first (Node builds { done, value } for return()).
  const it = new ReadableStream().values();
  log(Object.keys(await it.return('x')));

  // The machinery does not go through a patched Promise.prototype.then.
  const then = Promise.prototype.then;
  let calls = 0;
  Promise.prototype.then = function (...args) {
    calls++;
    return then.apply(this, args);
  };
  const done = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }).pipeTo(new WritableStream());
  Promise.prototype.then = then;
  await done;
  log('patched then calls', calls);
})();
