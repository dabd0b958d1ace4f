// Deviation from Node: every listener sees eventPhase AT_TARGET and its currentTarget (Node 20 resets them after the first listener).
const et = new EventTarget();
const log = [];
function a(e) { log.push('a:' + (this === et) + ':' + e.eventPhase + ':' + (e.target === et) + ':' + (e.currentTarget === et) + ':' + e.composedPath().length); }
et.addEventListener('x', a);
et.addEventListener('x', a); // duplicate ignored
et.addEventListener('x', a, true); // capture differs: added
const obj = { handleEvent(e) { log.push('obj:' + (this === obj)); } };
et.addEventListener('x', obj);
et.addEventListener('x', () => log.push('once'), { once: true });
const ev = new Event('x', { cancelable: true });
console.log(et.dispatchEvent(ev), ev.eventPhase, ev.currentTarget, ev.target === et, ev.composedPath().length);
et.dispatchEvent(new Event('x'));
console.log(log.join(' '));
et.removeEventListener('x', a);
et.removeEventListener('x', a, { capture: true });
et.removeEventListener('x', obj, false);
log.length = 0;
et.dispatchEvent(new Event('x'));
console.log(log.length);
const p = new EventTarget();
p.addEventListener('y', (e) => { e.preventDefault(); });
console.log(p.dispatchEvent(new Event('y', { cancelable: true })), p.dispatchEvent(new Event('y')));
const q = new EventTarget();
q.addEventListener('z', (e) => { log.push('z1'); e.stopImmediatePropagation(); });
q.addEventListener('z', () => log.push('z2'));
log.length = 0;
q.dispatchEvent(new Event('z'));
console.log(log.join(' '));
class Nicer extends EventTarget { on(t, f) { this.addEventListener(t, f); } }
const nt = new Nicer();
nt.on('d', (e) => console.log('detail', e.detail, e instanceof CustomEvent));
nt.dispatchEvent(new CustomEvent('d', { detail: 42 }));
console.log(EventTarget.length, Object.keys(EventTarget.prototype).join());
