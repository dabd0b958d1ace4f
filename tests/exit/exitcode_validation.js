// semantics §1.13: process.exitCode and process.exit validate the code:
// non-numbers -> ERR_INVALID_ARG_TYPE, non-integers -> ERR_OUT_OF_RANGE; valid ones are kept.
for (const v of ['abc', 1.5, {}, true]) {
  try { process.exitCode = v; console.log('accepted', v); }
  catch (e) { console.log('exitCode =', JSON.stringify(v), '->', e.name, e.code, e.message); }
}
for (const v of [1.5, 'abc', NaN, Infinity]) {
  try { process.exit(v); }
  catch (e) { console.log('exit(' + String(v) + ') ->', e.name, e.code, e.message); }
}
process.exitCode = undefined;
console.log('exitCode after undefined:', process.exitCode);
process.exitCode = '2';
console.log('exitCode after "2":', typeof process.exitCode, process.exitCode);
process.exitCode = 0;
