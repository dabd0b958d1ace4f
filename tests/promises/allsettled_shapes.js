// Promise.allSettled result objects: { status, value } / { status, reason }.
Promise.allSettled([1, Promise.reject('no'), new Promise((r) => setTimeout(() => r('t'), 1))])
  .then((v) => console.log(v));
