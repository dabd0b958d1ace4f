// semantics §1.3: an immediate queued from an immediate runs on the next loop iteration,
// so a chain of immediates lets due timers interleave.
let n = 0;
function chain() {
  n++;
  if (n < 3) setImmediate(chain);
  console.log('immediate', n);
}
setImmediate(chain);
setImmediate(() => console.log('second top-level immediate'));
