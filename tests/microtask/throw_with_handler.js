// semantics §1.9: with an uncaughtException listener the origin is 'uncaughtException' and
// the next microtask and the timers still run.
process.on('uncaughtException', (e, origin) => console.log('handler:', e.message, '/', origin));
queueMicrotask(() => console.log('microtask 1'));
queueMicrotask(() => { throw new Error('boom in microtask'); });
queueMicrotask(() => console.log('microtask 3 still runs'));
setTimeout(() => console.log('timer still runs'), 0);
