// uncaughtException handler scheduling ticks, microtasks, immediates, timers; throws in multiple batch members
const log = [];
process.on('uncaughtException', (e) => {
  log.push('H ' + e.message);
  process.nextTick(() => log.push('H tick ' + e.message));
  Promise.resolve().then(() => log.push('H p ' + e.message));
  setImmediate(() => log.push('H imm ' + e.message));
  setTimeout(() => log.push('H t0 ' + e.message), 0);
});
setTimeout(() => { log.push('1'); throw new Error('e1'); }, 1);
setTimeout(() => { log.push('2'); throw new Error('e2'); }, 1);
setTimeout(() => { log.push('3'); process.nextTick(() => log.push('3 tick')); }, 1);
setTimeout(() => { log.push('4'); throw new Error('e4'); }, 1);
setTimeout(() => log.push('5'), 2);
const s = Date.now(); while (Date.now() - s < 20);
setTimeout(() => console.log(log.join('\n')), 40);
