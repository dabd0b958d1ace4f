// semantics §1.15 P6: sync, async fn sync part, nextTick, then promise jobs and queueMicrotask
// in one FIFO, the continuation after await, then the timer.
console.log('1 sync');
setTimeout(() => console.log('7 timeout'), 0);
Promise.resolve().then(() => console.log('4 promise'));
queueMicrotask(() => console.log('5 queueMicrotask'));
process.nextTick(() => console.log('3 nextTick'));
(async () => { console.log('2 async fn body (sync part)'); await undefined; console.log('6 after await'); })();
