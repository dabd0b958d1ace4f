// Promise.any fulfils with the first fulfilled input; AggregateError lists reasons in input order.
Promise.any([Promise.reject(new Error('a')), new Promise((r) => setTimeout(() => r('b'), 5)), Promise.resolve('c')])
  .then((v) => console.log('any:', v));
Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))])
  .catch((e) => console.log(e instanceof AggregateError, e.name, e.message, e.errors.map((x) => x.message)));
