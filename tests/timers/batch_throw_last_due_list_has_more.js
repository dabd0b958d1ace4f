// Throw from the last *due* timer of a list that still has a later timer; next due timer is in another list.
const log = [];
process.on('uncaughtException', (e) => {
  log.push('H ' + e.message);
  process.nextTick(() => log.push('H tick'));
});
setTimeout(() => { log.push('a1'); throw new Error('e'); }, 1);
setTimeout(() => log.push('b2'), 2);
const s = Date.now(); while (Date.now() - s < 20);
setTimeout(() => log.push('late 1ms timer'), 1); // same list, not due yet in this phase
setTimeout(() => console.log(log.join('\n')), 60);
