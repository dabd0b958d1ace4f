// Node's listOnTimeout and processImmediate finish a callback in a
// `finally` (timeout destroyed, interval re-armed, _onImmediate cleared)
// before its ticks and promise jobs run, and before an
// 'uncaughtException' handler.
const t = setTimeout(() => {
  process.nextTick(() => console.log('tick: destroyed', t._destroyed));
  Promise.resolve().then(() => console.log('microtask: destroyed', t._destroyed));
}, 1);
let n = 0;
const iv = setInterval(() => {
  n++;
  Promise.resolve().then(() => {
    console.log('interval microtask', n, 'destroyed', iv._destroyed, 'hasRef', iv.hasRef());
    if (n === 2) clearInterval(iv);
  });
}, 1);
setTimeout(() => {
  const im = setImmediate(() => {
    Promise.resolve().then(() => console.log('immediate microtask: _onImmediate', im._onImmediate));
  });
}, 10);
process.on('uncaughtException', (e) => {
  console.log('handler:', e.message, 'destroyed', thrower._destroyed);
});
const thrower = setTimeout(() => { throw new Error('boom'); }, 20);
setTimeout(() => console.log('done'), 40);
