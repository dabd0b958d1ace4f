// An unref'd immediate still runs when something else keeps the loop alive: the check phase
// runs the whole queue in FIFO order; unref() then ref() is a ref'd immediate again.
setImmediate(() => console.log('unref immediate runs anyway')).unref();
const im = setImmediate(() => console.log('unref then ref immediate runs'));
im.unref(); im.ref();
