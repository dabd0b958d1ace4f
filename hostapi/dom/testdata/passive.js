// Deviation from Node: preventDefault() and returnValue = false do nothing in a passive listener (DOM Standard; Node ignores passive).
function test(opts) {
  const et = new EventTarget();
  let seen;
  et.addEventListener('t', (e) => { e.preventDefault(); seen = e.defaultPrevented; }, opts);
  const r = et.dispatchEvent(new Event('t', { cancelable: true }));
  return `${JSON.stringify(opts)}:${seen}:${r}`;
}
console.log([undefined, {}, { passive: false }, { passive: true }, { passive: 1 }].map(test).join(' '));
const et = new EventTarget();
et.addEventListener('t', (e) => { e.returnValue = false; }, { passive: true });
console.log(et.dispatchEvent(new Event('t', { cancelable: true })));
