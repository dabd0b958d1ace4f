// console.assert prints "Assertion failed" (+ message) to stderr only when falsy;
// console.dir prints one inspected value (options honoured).
console.assert(true, 'never printed');
console.assert(false, 'printed to stderr: %s', 'formatted');
console.assert(0);
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.log('stdout end');
