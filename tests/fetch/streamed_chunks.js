// A streamed body's chunks arrive as the server flushes them; timers run
// between them.
const base = process.env.TEST_SERVER;
const tick = setInterval(() => {}, 5);
fetch(base + '/chunks?n=3&ms=100').then(async (r) => {
  const reader = r.body.getReader();
  const dec = new TextDecoder();
  let n = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    for (const line of dec.decode(value).split('\n')) if (line) { console.log(line); n++; }
  }
  console.log('lines', n);
  clearInterval(tick);
});
