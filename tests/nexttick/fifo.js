// nextTick queue is FIFO, and ticks queued while draining are appended to the same drain.
const out = [];
process.nextTick(() => { out.push('A'); process.nextTick(() => out.push('A.1')); });
process.nextTick(() => { out.push('B'); process.nextTick(() => out.push('B.1')); });
process.nextTick(() => out.push('C'));
Promise.resolve().then(() => console.log(out.join(' ')));
