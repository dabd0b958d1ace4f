// An unref'd immediate with nothing else alive never runs (the process exits first).
setImmediate(() => console.log('never: unref immediate')).unref();
console.log('sync done');
