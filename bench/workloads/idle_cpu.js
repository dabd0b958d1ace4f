// idle_cpu: one 3 s timer and nothing else. Measures process CPU time
// (user+sys, startup included) spent while idle: an idle loop must sleep,
// not spin or tick.
var t0 = Date.now();
setTimeout(function () {
  var ms = Date.now() - t0;
  console.log(JSON.stringify({ ok: ms >= 2990, ms: ms }));
}, 3000);
