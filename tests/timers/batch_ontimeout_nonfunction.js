// an earlier batch member sets a later timer's _onTimeout to null / a string; clearTimeout on it afterwards
const log = [];
process.on('uncaughtException', (e) => log.push('H ' + e.constructor.name));
setTimeout(() => { log.push('a'); b._onTimeout = null; c._onTimeout = 'x'; }, 1);
const b = setTimeout(() => log.push('b original'), 1);
const c = setTimeout(() => log.push('c original'), 1);
setTimeout(() => log.push('d'), 1);
const s = Date.now(); while (Date.now() - s < 20);
setTimeout(() => console.log(log.join('\n')), 40);
