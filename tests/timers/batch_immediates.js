// Immediates queued before the check phase run in one pass, with ticks and
// promise jobs between any two; ones queued meanwhile wait for the next
// loop iteration; clearImmediate from an earlier one prevents a later one.
const log = [];
setImmediate(() => {
  log.push('i1');
  Promise.resolve().then(() => log.push('i1 promise'));
  setImmediate(() => log.push('i4 (next iteration)'));
});
setImmediate((a) => {
  log.push('i2 ' + a);
  process.nextTick(() => log.push('i2 tick'));
  clearImmediate(i3b);
}, 'arg');
const i3b = setImmediate(() => log.push('i3b (must not run)'));
setImmediate(() => log.push('i3'));
setTimeout(() => console.log(log.join('\n')), 10);
