// semantics §1.15 P3: resolving a promise with a promise costs +2 ticks; Promise.resolve(p) returns p.
const p = Promise.resolve();
new Promise((r) => r(p)).then(() => console.log('new Promise(r => r(p)) -- resolved with a promise: +2 ticks'));
Promise.resolve(p).then(() => console.log('Promise.resolve(p) -- returns p itself: +0 ticks'));
p.then(() => console.log('a1')).then(() => console.log('a2')).then(() => console.log('a3'));
console.log('Promise.resolve(p) === p:', Promise.resolve(p) === p);
