// Timeout.prototype.close() cancels the timer and returns it.
const t = setTimeout(() => console.log('never: closed'), 1);
console.log('close returns this:', t.close() === t);
const iv = setInterval(() => { console.log('interval once'); iv.close(); }, 1);
setTimeout(() => console.log('done'), 20);
