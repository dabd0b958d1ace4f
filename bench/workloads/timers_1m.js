// timers_1m: 1,000,000 setTimeout(fn, 0) scheduled in one synchronous loop.
// Measures timer-heap insert + expiry throughput (wall, CPU, peak RSS).
// The last callback verifies the count and prints the result line; if the
// runtime has `process`, an 'exit' hook also fails the run when callbacks
// went missing.
'use strict';
var N = 1000000;
var count = 0;
var t0 = Date.now();

function fn() {
  if (++count === N) {
    console.log(JSON.stringify({ ok: true, count: count, ms: Date.now() - t0 }));
  }
}

for (var i = 0; i < N; i++) setTimeout(fn, 0);

if (typeof process !== 'undefined' && process && typeof process.on === 'function') {
  process.on('exit', function () {
    if (count !== N) {
      console.log(JSON.stringify({ ok: false, count: count, expected: N }));
      process.exitCode = 1;
    }
  });
}
