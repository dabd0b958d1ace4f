// Errors through console.log: only deterministic parts are checked: an error whose stack was
// replaced with a frameless string prints in brackets, with own props appended; String(e) and
// e.message are stable; for a real error only the first inspected line is printed.
const e = new Error('msg');
e.stack = 'Error: msg';
console.log(e);
const t = new TypeError('typed');
t.stack = 'TypeError: typed';
t.code = 'E_CODE';
console.log(t);
console.log({ err: e });
const real = new RangeError('real one');
console.log(require('util').inspect(real).split('\n')[0]);
console.log(String(real), real.message);
