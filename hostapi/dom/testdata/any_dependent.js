// Deviation from Node: dependent signals are marked aborted before any abort event fires (DOM Standard; Node 20 fails these WPT cases).
const c = new AbortController();
const s1 = AbortSignal.any([c.signal]);
const s2 = AbortSignal.any([s1]);
c.signal.addEventListener('abort', () => {
  const s3 = AbortSignal.any([s2]);
  console.log(s1.aborted, s2.aborted, s3.aborted, s3.reason === c.signal.reason);
});
c.abort();
const c1 = new AbortController(), c2 = new AbortController();
const both = AbortSignal.any([c1.signal, c2.signal]);
let n = 0;
c1.signal.addEventListener('abort', () => c2.abort('reason 2'));
both.addEventListener('abort', () => n++);
c1.abort('reason 1');
console.log(n, both.reason);
const src = new AbortController();
const order = [src.signal, AbortSignal.any([src.signal]), AbortSignal.any([src.signal])];
order.push(AbortSignal.any([order[0]]), AbortSignal.any([order[1]]));
let r = '';
order.forEach((s, i) => s.addEventListener('abort', () => { r += i; }));
src.abort();
console.log(r);
