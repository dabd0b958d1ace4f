// semantics §1.0: immediates queued before the check phase run in that phase, FIFO; a timer
// scheduled from an immediate waits for the next timers phase.
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate A');
    setTimeout(() => console.log('timeout from A'), 0);
  });
  setImmediate(() => console.log('immediate B'));
}, 0);
