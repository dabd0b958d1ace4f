// uncaughtException handler that itself throws -> process dies with code 7
process.on('uncaughtException', (e) => { console.log('handler', e.message); throw new Error('in handler'); });
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw new Error('t1'); }, 1);
setTimeout(() => console.log('t2'), 1);
const s = Date.now(); while (Date.now() - s < 20);
