// thrower is the only timer of its list; handler creates a timer with 0 delay (new 1ms list) and there is another due list
const log = [];
process.on('uncaughtException', (e) => { log.push('H'); setTimeout(() => log.push('from H'), 0); Promise.resolve().then(() => log.push('H p')); });
setTimeout(() => { log.push('t3'); throw new Error('x'); }, 3);
setTimeout(() => log.push('t4'), 4);
setTimeout(() => log.push('t5'), 5);
const s = Date.now(); while (Date.now() - s < 20);
setTimeout(() => console.log(log.join('\n')), 40);
