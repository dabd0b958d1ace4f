// this/args of timers and immediates in a batch, args mutated via _timerArgs/_argv before run
const log = [];
const a = setTimeout(function (x, y) { log.push('a ' + (this === a) + ' ' + x + ' ' + y); b._timerArgs = ['B2']; }, 1, 1, 2);
const b = setTimeout(function (x) { log.push('b ' + (this === b) + ' ' + x + ' ' + arguments.length); }, 1, 'B1');
setTimeout(() => {
  const i1 = setImmediate(function (x) { log.push('i1 ' + (this === i1) + ' ' + x); i2._argv = ['I2b']; i2._onImmediate = function (z) { log.push('replaced ' + z); }; }, 'I1');
  const i2 = setImmediate(function (x) { log.push('i2 ' + x); }, 'I2');
}, 3);
const s = Date.now(); while (Date.now() - s < 20);
setTimeout(() => console.log(log.join('\n')), 40);
