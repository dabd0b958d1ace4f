// semantics §1.0: listOnTimeout runs the tick queue before every timer after the first in a
// batch; a nextTick scheduled by timer 1 runs before timer 2 even though both are due.
const log = [];
setTimeout(() => {
  log.push('t1');
  process.nextTick(() => log.push('tick from t1'));
  queueMicrotask(() => log.push('microtask from t1'));
}, 0);
setTimeout(() => {
  log.push('t2');
  process.nextTick(() => log.push('tick from t2'));
}, 0);
setTimeout(() => console.log(log.join(' | ')), 0);
