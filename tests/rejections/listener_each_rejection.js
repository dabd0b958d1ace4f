// Every unhandled rejection is reported to the listener, in order, after the drain.
process.on('unhandledRejection', (r) => console.log('unhandled:', r));
Promise.reject(1);
Promise.reject(2);
Promise.resolve().then(() => { throw 3; });
console.log('sync end');
