// semantics §1.0/§1.1: from inside a timer callback the check phase comes before the next timers
// phase, so setImmediate always beats setTimeout(0) there (deterministic, unlike at top level).
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
}, 0);
