// Several timers due in the same timers phase: Node runs them from one call
// of listOnTimeout but runs nextTicks, promise jobs and unhandled-rejection
// processing between any two of them (runNextTicks). jsloop runs them in
// one batch only while nothing is pending in between.
const log = [];
process.on('unhandledRejection', (r) => log.push('unhandledRejection ' + r));
setTimeout(() => {
  log.push('t1');
  Promise.resolve().then(() => log.push('t1 promise'));
}, 1);
setTimeout(() => {
  log.push('t2');
  process.nextTick(() => log.push('t2 tick'));
}, 1);
setTimeout(() => {
  log.push('t3');
  Promise.reject('r3');
}, 1);
setTimeout(() => log.push('t4'), 1);
setTimeout(function (a, b) {
  log.push('t5 ' + a + ' ' + b + ' ' + (this.constructor.name));
  queueMicrotask(() => log.push('t5 microtask'));
}, 1, 'x', 'y');
setTimeout(() => log.push('t6'), 1);
setTimeout(() => {
  log.push('t7 clears t8');
  clearTimeout(t8);
}, 1);
const t8 = setTimeout(() => log.push('t8 (must not run)'), 1);
setTimeout(() => console.log(log.join('\n')), 20);
