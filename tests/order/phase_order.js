// semantics §1.1: sync code, then every nextTick, then every promise job, then the timers phase, then the check phase.
// (setTimeout 0 vs setImmediate at top level is NOT deterministic in Node; here the immediate
// is queued from inside the timeout, so the order is fixed.)
setTimeout(() => {
  console.log('timeout');
  setImmediate(() => console.log('immediate'));
}, 0);
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
