// timers/promises setTimeout(delay, value) resolves with value; setImmediate(value) likewise;
// it is the same module as node:timers/promises.
const tp = require('timers/promises');
console.log(tp === require('node:timers/promises'), typeof tp.setTimeout, typeof tp.setImmediate, typeof tp.setInterval);
tp.setTimeout(1).then((v) => {
  console.log('no value ->', v);
  return tp.setImmediate('imm');
}).then((v) => {
  console.log('setImmediate resolved', v);
  return tp.setTimeout(20, 'twenty');
}).then((v) => console.log('resolved', v));
