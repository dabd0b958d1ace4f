// promise_chain_1m: a 1,000,000-link .then chain built synchronously, then
// resolved link by link through the microtask queue. Compared against the
// goja floor (the same chain on a bare goja.Runtime).
'use strict';
var N = 1000000;
var t0 = Date.now();
var p = Promise.resolve(0);
for (var i = 0; i < N; i++) p = p.then(function (v) { return v + 1; });
p.then(function (v) {
  if (v !== N) throw new Error('promise_chain_1m: got ' + v + ', want ' + N);
  console.log(JSON.stringify({ ok: true, value: v, ms: Date.now() - t0 }));
});
