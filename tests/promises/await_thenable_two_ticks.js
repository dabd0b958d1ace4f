// semantics §1.15 P2: await of a thenable takes 2 microtask ticks (then() runs in a job,
// NewPromiseResolveThenableJob); await of a plain value or a native promise takes 1.
const thenable = { then(resolve) { console.log('then() called'); resolve('T'); } };
(async () => { console.log('await thenable ->', await thenable); })();
(async () => { console.log('await plain value ->', await 'V'); })();
(async () => { console.log('await native promise ->', await Promise.resolve('P')); })();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
console.log('sync');
