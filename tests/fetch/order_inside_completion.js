// Inside a fetch completion (an I/O callback), an immediate runs before a
// 0 ms timeout, and the completion's own ticks and promise jobs run first.
const base = process.env.TEST_SERVER;
fetch(base + '/json').then(async (r) => {
  const v = await r.json();
  console.log('json', v.ok);
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
});
