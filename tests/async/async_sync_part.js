// async/await: an async function runs synchronously up to its first await; a function with no
// await still returns a promise whose reactions run as microtasks.
async function noAwait() { console.log('in noAwait'); return 'done'; }
const p = noAwait();
console.log('returned a', p.constructor.name);
p.then((v) => console.log('resolved', v));
console.log('sync end');
