// semantics §1.3: microtasks drain after every immediate; an immediate queued from a running
// immediate runs on the next loop iteration, after the ones already queued.
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('promise in immediate 1'));
  setImmediate(() => console.log('immediate 3 (queued during check -> next loop iteration)'));
});
setImmediate(() => console.log('immediate 2'));
