// immediate_1m: a chain of 1,000,000 setImmediate callbacks, each scheduling
// the next. Measures the per-iteration cost of the check phase (one loop
// turn per immediate).
'use strict';
var N = 1000000;
var n = 0;
var t0 = Date.now();

function step() {
  if (++n < N) {
    setImmediate(step);
  } else {
    console.log(JSON.stringify({ ok: true, count: n, ms: Date.now() - t0 }));
  }
}

setImmediate(step);

if (typeof process !== 'undefined' && process && typeof process.on === 'function') {
  process.on('exit', function () {
    if (n !== N) {
      console.log(JSON.stringify({ ok: false, count: n, expected: N }));
      process.exitCode = 1;
    }
  });
}
