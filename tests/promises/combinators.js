// semantics §1.15 P8: Promise.all/race/allSettled/any and their tick positions.
const a = Promise.resolve('a');
const b = new Promise((r) => setTimeout(() => r('b'), 0));
Promise.all([a, 'c']).then((v) => console.log('all:', v));
Promise.race([b, a]).then((v) => console.log('race:', v));
Promise.allSettled([Promise.reject(new Error('x')), a]).then((v) => console.log('allSettled:', v.map((s) => s.status)));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => console.log('any:', e.constructor.name, e.errors, e.message));
a.then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
