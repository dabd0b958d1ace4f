// Promise combinators: Promise.all rejects with the first rejection; the others are handled
// by all() and do not count as unhandled; results keep input order.
const slow = new Promise((r) => setTimeout(() => r('slow'), 20));
Promise.all([slow, Promise.reject(new Error('first')), Promise.reject(new Error('second'))])
  .then(() => console.log('never'), (e) => console.log('all rejected with:', e.message));
Promise.all([slow, 1, Promise.resolve(2)]).then((v) => console.log('all in input order:', v));
Promise.all([]).then((v) => console.log('all([]):', v));
Promise.allSettled([]).then((v) => console.log('allSettled([]):', v));
Promise.any([]).catch((e) => console.log('any([]):', e.constructor.name, e.errors, e.message));
