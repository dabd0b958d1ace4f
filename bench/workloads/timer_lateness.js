// timer_lateness: 200 sequential setTimeout(cb, 10); each callback records
// its lateness (actual - expected, in ms, via performance.now()) and schedules
// the next. The last stdout line is JSON with p50/p99 (nearest rank).
'use strict';
var N = 200;
var DELAY = 10;
var now = (typeof performance !== 'undefined' && performance && typeof performance.now === 'function')
  ? function () { return performance.now(); }
  : function () { return Date.now(); };
var clock = (typeof performance !== 'undefined' && performance && typeof performance.now === 'function')
  ? 'performance.now' : 'Date.now';

var late = [];
var expected = 0;

function pct(sorted, q) {
  var idx = Math.ceil(q * sorted.length) - 1;
  if (idx < 0) idx = 0;
  return sorted[idx];
}
function r3(x) { return Math.round(x * 1000) / 1000; }

function cb() {
  late.push(now() - expected);
  if (late.length < N) {
    schedule();
    return;
  }
  var s = late.slice().sort(function (a, b) { return a - b; });
  var sum = 0;
  for (var i = 0; i < s.length; i++) sum += s[i];
  console.log(JSON.stringify({
    ok: true, n: s.length, clock: clock,
    p50: r3(pct(s, 0.5)), p99: r3(pct(s, 0.99)),
    min: r3(s[0]), max: r3(s[s.length - 1]), mean: r3(sum / s.length)
  }));
}

function schedule() {
  expected = now() + DELAY;
  setTimeout(cb, DELAY);
}

schedule();
