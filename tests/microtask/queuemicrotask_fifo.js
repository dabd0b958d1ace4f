// semantics §1.15 P6: queueMicrotask and promise reactions share one FIFO queue.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('qm 2');
  queueMicrotask(() => console.log('qm from qm 2'));
  Promise.resolve().then(() => console.log('promise from qm 2'));
});
Promise.resolve().then(() => console.log('promise 2'));
