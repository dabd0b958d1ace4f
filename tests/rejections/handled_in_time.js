// semantics §1.10: a handler attached in a nextTick, or two microtasks later, is in time:
// unhandled rejections are checked only after the tick and microtask queues are drained.
const p = Promise.reject(new Error('late'));
process.nextTick(() => p.catch(() => console.log('handled in nextTick: OK')));
const q = Promise.reject(new Error('late2'));
Promise.resolve().then(() => 0).then(() => q.catch(() => console.log('handled 2 microtasks later: OK')));
