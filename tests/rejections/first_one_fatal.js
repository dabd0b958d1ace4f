// semantics §1.10: with several unhandled rejections, the first one is fatal and is the one
// printed; exit 1.
Promise.reject(new Error('first'));
Promise.reject(new Error('second'));
