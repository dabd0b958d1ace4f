// timers_pending_100k: 100,000 timers with pseudo-random delays of 1..1000 ms
// (deterministic mulberry32 PRNG), all pending at the same time. Measures the
// memory cost of pending timers (peak RSS) and the wall time (~1 s + overhead).
// All timers share one callback, so the figure is the runtime's cost per
// pending timer, not the engine's cost per closure (a goja closure alone
// costs ~550 bytes, a V8 one ~50); `this._idleTimeout` (the Timeout's delay,
// in Node and jsloop alike) lets the callback check it did not fire early.
'use strict';
var N = 100000;
var seed = 0x9e3779b9;
function rand() { // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  var t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

var count = 0;
var early = 0;
var t0 = Date.now();

function fire() {
  // Date.now() has 1 ms resolution; allow 1 ms of rounding slack.
  // (goja_nodejs calls timers with no `this`: it skips the check.)
  if (this && Date.now() - t0 < this._idleTimeout - 1) early++;
  if (++count === N) {
    console.log(JSON.stringify({ ok: true, count: count, early: early, ms: Date.now() - t0 }));
  }
}

for (var i = 0; i < N; i++) {
  var delay = 1 + Math.floor(rand() * 1000); // 1..1000
  setTimeout(fire, delay);
}

if (typeof process !== 'undefined' && process && typeof process.on === 'function') {
  process.on('exit', function () {
    if (count !== N) {
      console.log(JSON.stringify({ ok: false, count: count, expected: N }));
      process.exitCode = 1;
    }
  });
}
