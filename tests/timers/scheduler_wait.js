// timers/promises scheduler.wait(ms) and scheduler.yield() resolve with undefined.
// (Chained: a top-level immediate racing a 10 ms timer is not deterministic under load.)
const { scheduler } = require('timers/promises');
scheduler.yield().then((v) => {
  console.log('yield resolved', v);
  return scheduler.wait(10);
}).then((v) => console.log('wait resolved', v));
console.log(typeof scheduler.wait, typeof scheduler.yield);
