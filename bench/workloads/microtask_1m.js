// microtask_1m: a chain of 1,000,000 queueMicrotask callbacks, each queueing
// the next. Measures microtask-queue throughput; compared against the goja
// floor (bench/gojafloor, where queueMicrotask is Promise.resolve().then(cb)).
'use strict';
var N = 1000000;
var n = 0;
var t0 = Date.now();

function step() {
  if (++n < N) {
    queueMicrotask(step);
  } else {
    console.log(JSON.stringify({ ok: true, count: n, ms: Date.now() - t0 }));
  }
}

queueMicrotask(step);
