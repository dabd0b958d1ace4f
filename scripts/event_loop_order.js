// A walk through the order in which Node (and jsloop) run callbacks.
// Run it: `jsloop scripts/event_loop_order.js` — the lines come out in the
// order of their numbers.

// 1. Synchronous code runs first, to the end of the script.
console.log('1 sync: the script body runs to completion first');

// 5. Timers run in the timers phase of a later loop iteration.
setTimeout(() => {
  console.log('5 timeout: timers phase');
  // Inside a callback the same rules apply again: its nextTicks, then its
  // promise jobs, run right after it, before any other callback.
  process.nextTick(() => console.log('6 nextTick queued by the timeout'));
  Promise.resolve().then(() => console.log('7 promise job queued by the timeout'));
  // An immediate queued from a timer runs in the check phase of the same
  // iteration: before any new timer, even one with a 0 ms delay.
  setImmediate(() => console.log('8 immediate queued by the timeout: check phase'));
  setTimeout(() => console.log('9 timeout queued by the timeout: next timers phase'), 0);
  console.log('5b timeout body ends');
}, 0);
// (At top level a 0 ms timeout and an immediate race each other in Node, so
// this walk queues its immediate from inside the timer, where the order is
// fixed.)

// 3. Promise jobs (microtasks) run after the nextTick queue is empty.
Promise.resolve().then(() => console.log('3 promise: microtask queue'));
queueMicrotask(() => console.log('4 queueMicrotask: the same FIFO as promises'));

// 2. process.nextTick callbacks run before any promise job.
process.nextTick(() => console.log('2 nextTick: runs before promises'));
