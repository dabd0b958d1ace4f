// require('timers') and require('node:timers') export the same functions as the globals.
const timers = require('timers');
console.log(timers === require('node:timers'));
for (const k of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  console.log(k, typeof timers[k], timers[k] === globalThis[k]);
}
console.log(typeof timers.promises, timers.promises === require('timers/promises'));
timers.setTimeout(() => console.log('timers.setTimeout fired'), 1);
