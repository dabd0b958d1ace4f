// semantics §1.2: a nextTick queued AFTER a promise reaction in sync code still runs first.
Promise.resolve('p').then((v) => console.log('promise', v));
queueMicrotask(() => console.log('queueMicrotask'));
process.nextTick(() => console.log('nextTick (queued last, runs first)'));
