// await_1m: one async function that awaits 1,000,000 times in a loop.
// Measures await/resume cost; compared against the goja floor.
'use strict';
var N = 1000000;
var t0 = Date.now();

async function main() {
  var s = 0;
  for (var i = 0; i < N; i++) s += await i;
  return s;
}

main().then(function (s) {
  var want = N * (N - 1) / 2;
  if (s !== want) throw new Error('await_1m: got ' + s + ', want ' + want);
  console.log(JSON.stringify({ ok: true, sum: s, ms: Date.now() - t0 }));
});
