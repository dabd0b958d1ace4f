// semantics §1.8: process.nextTick validates its callback synchronously (ERR_INVALID_ARG_TYPE).
for (const v of [42, undefined, null, 'str', {}, Symbol('s')]) {
  try { process.nextTick(v); console.log('no throw for', typeof v); }
  catch (e) { console.log(e.name, e.code, e.message); }
}
