const ac = new AbortController();
for (let i = 0; i < 12; i++) ac.signal.addEventListener('abort', () => {});
const et = new EventTarget();
for (let i = 0; i < 12; i++) et.addEventListener('foo', () => {});
class My extends EventTarget {}
const m = new My();
for (let i = 0; i < 12; i++) m.addEventListener('foo', () => {});
et.addEventListener('foo', null);
console.log('done');
