// A throw from one of several due timers is an uncaught exception; the
// handler runs, then the next due timer runs before any tick or promise job
// (Node calls processTimers again at once), then the checkpoint as usual.
// The same for immediates.
process.on('uncaughtException', (e) => {
  console.log('caught', e.message);
  Promise.resolve().then(() => console.log('microtask from handler'));
});
setTimeout(() => console.log('a'), 1);
setTimeout(() => { throw new Error('boom in timer'); }, 1);
setTimeout(() => console.log('c'), 1);
setTimeout(() => console.log('d'), 1);
setTimeout(() => {
  setImmediate(() => console.log('i1'));
  setImmediate(() => { throw new Error('boom in immediate'); });
  setImmediate(() => console.log('i3'));
  setImmediate(() => console.log('i4'));
}, 5);
