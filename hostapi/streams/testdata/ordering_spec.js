// Deviation from Node: microtask ordering where Node 20 takes other paths
// than the Streams Standard. A BYOB read settles inside respond() (Node: a
// job later); the async iterator follows WebIDL's next/return chaining
// (Node resolves later); pipeTo's steps are the reference implementation's
// (the spec leaves their timing open; Node closes the sink a job earlier).
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
  await scenario('pipeTo', 12, (log) => {
    const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
    const ws = new WritableStream({
      write(ch) { log.push('write ' + ch); },
      close() { log.push('sink close'); },
    });
    rs.pipeTo(ws).then(() => log.push('pipe done'));
  });
  await scenario('byob', 6, (log) => {
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) { log.push('pull'); c.byobRequest.view[0] = 9; c.byobRequest.respond(1); },
    });
    rs.getReader({ mode: 'byob' }).read(new Uint8Array(2)).then((v) => log.push('read=' + v.value[0]));
  });
  await scenario('iterator', 6, (log) => {
    const it = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }).values();
    it.next().then((v) => log.push('next=' + v.value));
    it.next().then((v) => log.push('next done=' + v.done));
  });
})();
