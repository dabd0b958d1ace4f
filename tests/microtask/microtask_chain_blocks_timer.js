// Microtasks queued by microtasks are drained in the same checkpoint: a long chain still runs
// entirely before the timer and the immediate.
setTimeout(() => console.log('timeout'), 0);
let n = 0;
function step() { if (++n < 1000) queueMicrotask(step); else console.log('1000 chained microtasks done'); }
queueMicrotask(step);
