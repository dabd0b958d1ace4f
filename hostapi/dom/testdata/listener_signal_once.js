// Deviation from Node: re-dispatching an event throws an InvalidStateError DOMException (DOM Standard), not Error [ERR_EVENT_RECURSION].
const et = new EventTarget();
let count = 0;
const h = () => count++;
const ac = new AbortController();
et.addEventListener('t', h, { signal: ac.signal });
et.dispatchEvent(new Event('t'));
ac.abort();
et.dispatchEvent(new Event('t'));
et.addEventListener('t', h, { signal: ac.signal });
et.dispatchEvent(new Event('t'));
console.log(count);
const et2 = new EventTarget();
const c2 = new AbortController();
et2.addEventListener('t', () => c2.abort(), { signal: c2.signal });
et2.addEventListener('t', () => console.log('never'), { signal: c2.signal });
et2.dispatchEvent(new Event('t'));
const et3 = new EventTarget();
let n = 0;
function nested() { n++; if (n === 1) et3.dispatchEvent(new Event('t')); }
et3.addEventListener('t', nested, { once: true });
et3.dispatchEvent(new Event('t'));
console.log(n);
const e = new Event('r');
const et4 = new EventTarget();
et4.addEventListener('r', () => { try { et4.dispatchEvent(e); } catch (err) { console.log(err.name, err.code, err instanceof DOMException); } });
et4.dispatchEvent(e);
