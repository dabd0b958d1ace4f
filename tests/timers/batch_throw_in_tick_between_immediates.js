// throw inside a nextTick run between two immediates of one check phase (handler installed)
const log = [];
process.on('uncaughtException', (e) => { log.push('H ' + e.message); process.nextTick(() => log.push('H tick')); });
setTimeout(() => {
  setImmediate(() => {
    log.push('i1');
    process.nextTick(() => { log.push('tick1'); throw new Error('tk'); });
    process.nextTick(() => log.push('tick2'));
    Promise.resolve().then(() => log.push('i1 p'));
  });
  setImmediate(() => log.push('i2'));
  setImmediate(() => log.push('i3'));
}, 1);
setTimeout(() => console.log(log.join('\n')), 40);
