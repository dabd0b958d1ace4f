// semantics §1.7: refresh() re-arms a pending timer from now, and re-activates one that already
// fired; it returns the timer itself.
let k = 0;
const r = setTimeout(() => {
  if (++k === 1) console.log('refresh returns the timer:', r.refresh() === r);
  else console.log('refresh() re-armed after firing, k =', k);
}, 5);
const order = [];
setTimeout(() => order.push('b (100 ms)'), 100);
// a is due at 100 ms too, but refreshed at >= 50 ms it becomes due at >= 150 ms, after b.
const a = setTimeout(() => { order.push('a (refreshed, due last)'); console.log(order.join(' | ')); }, 100);
setTimeout(() => a.refresh(), 50);
