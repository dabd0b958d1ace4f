// semantics §1.15 P10: recursive nextTicks run to exhaustion before any promise job or timer.
let n = 0;
function spin() { if (++n < 5) process.nextTick(spin); console.log('tick', n); }
process.nextTick(spin);
Promise.resolve().then(() => console.log('promise waits for the whole nextTick queue'));
setTimeout(() => console.log('timeout'), 0);
