process.on('uncaughtException', (e, o) => console.log('caught', e.message, o));
const et = new EventTarget();
et.addEventListener('x', () => { throw new Error('boom'); });
et.addEventListener('x', () => console.log('second'));
et.addEventListener('x', async () => { throw new Error('async boom'); });
const obj = { handleEvent(e) { console.log('handleEvent', this === obj, e.type); } };
et.addEventListener('x', obj);
et.addEventListener('x', {});
process.nextTick(() => console.log('tick before'));
console.log(et.dispatchEvent(new Event('x')));
console.log('after');
setImmediate(() => {
  const t = new EventTarget();
  t.addEventListener('y', { handleEvent() { throw new Error('object boom'); } });
  t.addEventListener('y', () => console.log('after the object listener'));
  t.dispatchEvent(new Event('y'));
  process.nextTick(() => console.log('tick in immediate'));
});
