// semantics §1.10: inside a timer, a handler attached by a microtask of the same callback is in time.
setTimeout(() => {
  const p = Promise.reject(new Error('timer rejection'));
  queueMicrotask(() => p.catch((e) => console.log('caught in time:', e.message)));
}, 0);
setTimeout(() => console.log('timer 2 runs'), 0);
