// queueMicrotask inside a timer: runs after that timer's ticks, before the next timer.
setTimeout(() => {
  queueMicrotask(() => console.log('microtask from t1'));
  process.nextTick(() => console.log('tick from t1'));
  console.log('t1');
}, 0);
setTimeout(() => console.log('t2'), 0);
