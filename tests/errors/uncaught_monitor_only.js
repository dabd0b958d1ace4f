// uncaughtExceptionMonitor alone does not handle the error: it is called, then the process dies
// with the usual report and exit 1.
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor saw:', e.message, origin));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw new Error('monitored'); }, 0);
