// immediate chain on an idle loop where each link throws (handler installed): handler's ticks/microtasks vs next check phase
const log = [];
process.on('uncaughtException', (e) => {
  log.push('H ' + e.message);
  process.nextTick(() => log.push('H tick ' + e.message));
  Promise.resolve().then(() => log.push('H p ' + e.message));
});
let k = 0;
const f = () => {
  log.push('imm ' + k);
  if (++k < 4) setImmediate(f); else setImmediate(() => console.log(log.join('\n')));
  throw new Error('e' + k);
};
setTimeout(() => setImmediate(f), 1);
