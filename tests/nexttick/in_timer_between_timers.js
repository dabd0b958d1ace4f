// semantics §1.0: runNextTicks() runs between two timers of the same batch: the tick from
// timer 1 precedes timer 2; the tick from timer 2 precedes the immediate.
setTimeout(() => { console.log('timer 1'); process.nextTick(() => console.log('tick from timer 1')); }, 5);
setTimeout(() => { console.log('timer 2'); process.nextTick(() => console.log('tick from timer 2')); setImmediate(() => console.log('immediate from timer 2')); }, 5);
