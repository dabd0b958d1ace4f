// Timeout internals (_idleTimeout,_destroyed,_onTimeout,_repeat) from callback, tick, microtask; after clear and refresh
const log = [];
const p = (tag, t) => log.push(tag + ' idle=' + t._idleTimeout + ' destroyed=' + t._destroyed + ' onT=' + typeof t._onTimeout + ' repeat=' + (t._repeat === null ? 'null' : typeof t._repeat) + ' hasRef=' + t.hasRef());
const a = setTimeout(() => {
  p('a cb', a);
  process.nextTick(() => p('a tick', a));
  Promise.resolve().then(() => p('a micro', a));
  p('b from a', b);
  clearTimeout(b);
  p('b after clear', b);
}, 2);
const b = setTimeout(() => log.push('b never'), 2);
let n = 0;
const iv = setInterval(() => {
  p('iv cb', iv);
  process.nextTick(() => p('iv tick', iv));
  if (++n === 2) { clearInterval(iv); p('iv cleared', iv); iv.refresh(); p('iv refreshed', iv); }
}, 2);
const c = setTimeout(() => { p('c cb', c); }, 3);
const s = Date.now(); while (Date.now() - s < 20);
setTimeout(() => { p('c after', c); p('a after', a); console.log(log.join('\n')); }, 40);
