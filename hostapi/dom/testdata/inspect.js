const util = require('util');
const ac = new AbortController();
console.log(ac, [ac.signal], new EventTarget());
console.log(util.inspect(new AbortController(), { depth: 0 }));
console.log(util.inspect({ a: { b: new AbortController() } }, { depth: 1 }));
console.log(util.inspect({ a: { b: new Event('x') } }, { depth: 1 }));
console.log(util.inspect({ a: { b: new EventTarget() } }, { depth: 1 }));
console.log(AbortSignal.prototype);
class My extends EventTarget {}
console.log(new My());
console.log(util.inspect(new DOMException('gone', 'NotFoundError')).split('\n')[0]);
console.log(util.inspect(AbortSignal.abort().reason).split('\n')[0]);
