// semantics §1.7 / DESIGN: clearTimeout/clearInterval ignore values that are not timers, and
// clearImmediate ignores null/undefined (passing other non-Immediates is unsafe in Node itself).
for (const v of [undefined, null, 0, 123456, 'abc', '', {}, [], Symbol('s'), true, () => {}, NaN]) {
  clearTimeout(v);
  clearInterval(v);
}
clearImmediate(undefined);
clearImmediate(null);
clearImmediate();
clearTimeout();
const t = setTimeout(() => {}, 1);
clearTimeout(t);
clearTimeout(t); // twice
const im = setImmediate(() => console.log('never: cleared immediate'));
clearImmediate(im);
clearImmediate(im); // twice
setTimeout(() => {
  console.log('timers still work');
  setImmediate(() => console.log('immediates still work'));
}, 1);
console.log('no throws');
