// An async function that throws before its first await rejects its promise; unhandled -> exit 1.
async function f() { throw new RangeError('thrown synchronously in async fn'); }
f();
console.log('sync continues');
