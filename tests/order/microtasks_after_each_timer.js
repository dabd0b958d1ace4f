// semantics §1.3: ticks and promise jobs are drained after EVERY timer callback (Node >= 11),
// not once per timers phase.
setTimeout(() => {
  console.log('timeout 1');
  Promise.resolve().then(() => console.log('promise in timeout 1'));
  process.nextTick(() => console.log('nextTick in timeout 1'));
}, 0);
setTimeout(() => {
  console.log('timeout 2');
  Promise.resolve().then(() => console.log('promise in timeout 2'));
}, 0);
