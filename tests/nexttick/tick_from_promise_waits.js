// semantics §1.2: a tick queued from a promise job runs after the whole promise-job queue,
// including jobs queued by later jobs in the same drain.
Promise.resolve().then(() => {
  process.nextTick(() => console.log('tick from p1'));
  console.log('p1');
}).then(() => console.log('p1.then (queued during the drain, still before the tick)'));
Promise.resolve().then(() => console.log('p2'));
