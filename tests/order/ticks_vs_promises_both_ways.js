// semantics §1.2: the tick queue drains fully (incl. ticks added meanwhile) before any promise job;
// a tick queued by a promise job waits until the promise-job queue is empty.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('nextTick inside promise'));
  Promise.resolve().then(() => console.log('promise inside promise'));
});
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => {
  console.log('nextTick 1');
  Promise.resolve().then(() => console.log('promise inside nextTick'));
  process.nextTick(() => console.log('nextTick inside nextTick'));
});
process.nextTick(() => console.log('nextTick 2'));
console.log('sync');
