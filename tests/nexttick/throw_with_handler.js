// With an uncaughtException listener, a throw in a tick is reported with origin
// 'uncaughtException' and the remaining ticks and promise jobs still run, ticks first.
// (No timer here: whether a due timer runs before the leftover ticks is a Node quirk.)
process.on('uncaughtException', (e, origin) => console.log('handler:', e.message, origin));
process.nextTick(() => { throw new Error('boom in nextTick'); });
process.nextTick(() => console.log('tick 2 still runs'));
Promise.resolve().then(() => console.log('promise still runs'));
