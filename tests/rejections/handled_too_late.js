// semantics §1.10: a handler attached in the next timer of the same timers phase is too late;
// the rejection is fatal before timer 2 runs. Exit 1.
let p;
setTimeout(() => { p = Promise.reject(new Error('from timer 1')); }, 0);
setTimeout(() => { console.log('timer 2 (never runs)'); p.catch(() => {}); }, 0);
