// throw inside a nextTick queued by a timer in a batch; remaining ticks, promise jobs and next timers order
const log = [];
process.on('uncaughtException', (e) => { log.push('H ' + e.message); process.nextTick(() => log.push('H tick')); });
setTimeout(() => {
  log.push('a');
  process.nextTick(() => { log.push('tick1'); throw new Error('tk'); });
  process.nextTick(() => log.push('tick2'));
  Promise.resolve().then(() => log.push('a p'));
  setImmediate(() => log.push('imm from a'));
}, 1);
setTimeout(() => { log.push('b'); }, 1);
setTimeout(() => { log.push('c'); }, 2);
const s = Date.now(); while (Date.now() - s < 20);
setTimeout(() => console.log(log.join('\n')), 40);
