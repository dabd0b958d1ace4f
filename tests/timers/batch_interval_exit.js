// Intervals and refresh() inside a batch of due timers keep Node's
// schedule; process.exit in a timer stops the rest of its batch.
const log = [];
let n = 0;
const iv = setInterval(() => {
  log.push('interval ' + ++n);
  if (n === 3) clearInterval(iv);
}, 10);
const r = setTimeout(() => log.push('refreshed timer'), 10);
setTimeout(() => { log.push('refresh'); r.refresh(); }, 10);
setTimeout(() => log.push('after refresh'), 10);
setTimeout(() => {
  console.log(log.join('\n'));
  console.log('exiting');
  setTimeout(() => console.log('never'), 0);
  process.exit(0);
}, 100);
setTimeout(() => console.log('also never'), 100);
