// semantics §1.11: without an 'unhandledRejection' listener, a rejection goes to
// 'uncaughtException' with origin 'unhandledRejection'; uncaughtExceptionMonitor sees both kinds.
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor:', origin));
process.on('uncaughtException', (err, origin) => console.log('handled:', err.message, '| origin:', origin));
setTimeout(() => { throw new Error('in timer'); }, 0);
setTimeout(() => console.log('t2 still runs'), 0);
Promise.reject(new Error('rejected'));
