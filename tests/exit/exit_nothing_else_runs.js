// semantics §1.13: process.exit(n) runs only 'exit' listeners: no pending microtask, tick,
// timer, nor the rest of the calling function.
process.on('exit', (c) => console.log('exit handler, code', c));
setTimeout(() => {
  Promise.resolve().then(() => console.log('microtask (never runs)'));
  process.nextTick(() => console.log('nextTick (never runs)'));
  process.exit(5);
  console.log('after exit (never runs)');
}, 0);
setTimeout(() => console.log('other timer (never runs)'), 0);
