// async/await continuations are promise jobs: after pending ticks, before the next timer.
setTimeout(() => console.log('timeout'), 0);
(async () => {
  process.nextTick(() => console.log('nextTick queued before await'));
  await null;
  console.log('after await 1');
  process.nextTick(() => console.log('nextTick queued after await 1'));
  await null;
  console.log('after await 2');
})();
