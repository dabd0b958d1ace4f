// A throw from the last due timer of one list (handler installed): Node re-enters processTimers,
// drops the emptied list, and runs runNextTicks before the next list's timer.
const log = [];
process.on('uncaughtException', (e) => {
  log.push('H ' + e.message);
  process.nextTick(() => log.push('H tick'));
  Promise.resolve().then(() => log.push('H promise'));
});
setTimeout(() => { log.push('a1'); throw new Error('e'); }, 1);
setTimeout(() => log.push('b2'), 2);
const s = Date.now(); while (Date.now() - s < 20);
setTimeout(() => console.log(log.join('\n')), 40);
