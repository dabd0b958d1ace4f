// semantics §1.11: uncaughtException listener receives (err, origin); origin 'uncaughtException'
// for throws, 'unhandledRejection' for routed rejections; process keeps running.
const seen = [];
process.on('uncaughtException', (err, origin) => seen.push(origin + ':' + (err && err.message)));
setTimeout(() => { throw new Error('a'); }, 1);
setTimeout(() => { Promise.reject(new Error('b')); }, 100);
setTimeout(() => console.log(seen.join(' | ')), 200);
