// timers/promises setInterval returns an async iterator; driven with next() explicitly
// (no for-await), then return() stops it and lets the process exit.
const { setInterval: every } = require('timers/promises');
const it = every(5, 'v');
console.log(typeof it.next, typeof it.return, typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
let n = 0;
function step() {
  return it.next().then((r) => {
    console.log('next ->', r.done, r.value, ++n);
    if (n < 3) return step();
    return it.return().then((r2) => console.log('return ->', r2.done, r2.value));
  });
}
step().then(() => it.next()).then((r) => console.log('after return ->', r.done, r.value));
