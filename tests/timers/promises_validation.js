// timers/promises argument validation rejects (does not throw synchronously).
const tp = require('timers/promises');
const p = tp.setTimeout(1, 'v', { signal: 'nope' });
console.log('returned a promise:', p instanceof Promise);
p.catch((e) => console.log(e.name, e.code, e.message));
tp.setTimeout(1, 'v', 'not an object').catch((e) => console.log(e.name, e.code, e.message));
tp.setTimeout(1, 'v', { ref: 'yes' }).catch((e) => console.log(e.name, e.code, e.message));
