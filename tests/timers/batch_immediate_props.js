// Immediate internals (_onImmediate,_destroyed,hasRef) from callback/tick/microtask, after clearImmediate, of later batch entry
const log = [];
const p = (tag, i) => log.push(tag + ' onImm=' + (i._onImmediate === null ? 'null' : typeof i._onImmediate) + ' destroyed=' + i._destroyed + ' hasRef=' + i.hasRef());
setTimeout(() => {
  let b, c;
  const a = setImmediate(() => {
    p('a cb', a); p('b from a', b);
    clearImmediate(c); p('c cleared', c);
    process.nextTick(() => { p('a tick', a); p('b in a tick', b); });
    Promise.resolve().then(() => p('a micro', a));
  });
  b = setImmediate(() => { p('b cb', b); });
  c = setImmediate(() => log.push('c never'));
  setImmediate(() => { p('a later', a); p('b later', b); p('c later', c); console.log(log.join('\n')); });
}, 1);
