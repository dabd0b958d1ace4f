// semantics §1.8: queueMicrotask validates its callback (ERR_INVALID_ARG_TYPE) and returns undefined.
for (const v of ['x', undefined, null, 1, {}]) {
  try { queueMicrotask(v); console.log('no throw'); }
  catch (e) { console.log(e.name, e.code, e.message); }
}
console.log('returns', queueMicrotask(() => {}));
