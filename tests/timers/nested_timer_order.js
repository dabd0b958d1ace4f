// A timer created during the timers phase is never run in the same phase, even with 0 delay,
// while timers already due keep their insertion order.
const out = [];
setTimeout(() => {
  out.push('A');
  setTimeout(() => { out.push('A.child'); console.log(out.join(' ')); }, 0);
}, 0);
setTimeout(() => out.push('B'), 0);
setTimeout(() => out.push('C'), 0);
