// semantics §1.0: the checkpoint runs after the main script: microtasks created by sync code
// run before any macrotask, including ones queued from those microtasks' own ticks.
setImmediate(() => console.log('immediate'));
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => {
    console.log('promise from tick 1');
    process.nextTick(() => {
      console.log('tick from promise');
      Promise.resolve().then(() => console.log('promise from tick from promise'));
    });
  });
});
console.log('main end');
