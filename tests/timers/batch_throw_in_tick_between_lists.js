// throw inside a nextTick run between two timer lists (processTimers' runNextTicks), handler installed
const log = [];
process.on('uncaughtException', (e) => { log.push('H ' + e.message); process.nextTick(() => log.push('H tick')); });
setTimeout(() => {
  log.push('a1');
  process.nextTick(() => { log.push('tick1'); throw new Error('tk'); });
  process.nextTick(() => log.push('tick2'));
}, 1);
setTimeout(() => log.push('b2'), 2);
setTimeout(() => log.push('c3'), 3);
const s = Date.now(); while (Date.now() - s < 20);
setTimeout(() => console.log(log.join('\n')), 40);
