// timers/promises { ref: false } does not keep the process alive: the promise never settles.
const tp = require('timers/promises');
tp.setTimeout(100000, 'v', { ref: false }).then(() => console.log('never: unref timer promise'));
tp.setTimeout(1, 'ref').then((v) => console.log('ref one resolves:', v));
