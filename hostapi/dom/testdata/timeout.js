const log = [];
const s = AbortSignal.timeout(5);
s.onabort = () => { log.push('abort ' + s.reason.name + ' ' + s.reason.message + ' ' + s.reason.code); };
for (const v of ['1', '2', '3']) AbortSignal.timeout(5).onabort = () => log.push(v);
AbortSignal.timeout(1000000).onabort = () => console.log('never: unref');
setTimeout(() => console.log(log.join(' | ')), 20);
