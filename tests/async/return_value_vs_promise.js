// semantics §1.15 P4: async `return v` vs `return promise` (+2 ticks) vs `return await promise`.
async function retValue() { return 1; }
async function retPromise() { return Promise.resolve(2); }
async function retAwait() { return await Promise.resolve(3); }
retPromise().then(() => console.log('return promise'));
retAwait().then(() => console.log('return await promise'));
retValue().then(() => console.log('return value'));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
