// Engine errors are the right classes; only name and instanceof are checked (V8 and goja
// word their messages differently).
const cases = [
  () => null.x,
  () => undefined(),
  () => notDefinedAnywhere,
  () => new Array(-1),
  () => JSON.parse('{bad'),
  () => { 'use strict'; Object.freeze({ a: 1 }).a = 2; },
  () => decodeURIComponent('%'),
];
for (const f of cases) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e instanceof Error, e.constructor === globalThis[e.name]); }
}
