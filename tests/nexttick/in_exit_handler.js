// semantics §1.0: nextTick() enqueues nothing once the process is exiting, so a tick queued by
// an 'exit' listener never runs; a timer never runs either. (A promise job queued there does
// run in Node: V8 drains its microtask queue when the listener call returns.)
process.on('exit', (code) => {
  console.log('exit', code);
  process.nextTick(() => console.log('never: tick from exit handler'));
  setTimeout(() => console.log('never: timer from exit handler'), 0);
  Promise.resolve().then(() => console.log('promise from exit handler'));
});
process.nextTick(() => console.log('tick before exit'));
