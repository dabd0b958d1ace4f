// semantics §1.6: the next interval run is due at callback start + delay; a slow callback
// does not cause a catch-up burst (checked as a count, not as timings).
let runs = 0;
const start = Date.now();
const iv = setInterval(() => {
  runs++;
  const s = Date.now();
  while (Date.now() < s + 30) {} // busy 30 ms, period 10 ms
}, 10);
setTimeout(() => {
  clearInterval(iv);
  // 200 ms of wall time / >= 30 ms per run: at most ~7 runs, never a burst of 20.
  console.log('runs bounded:', runs >= 1 && runs <= 8, Date.now() - start >= 200);
}, 200);
