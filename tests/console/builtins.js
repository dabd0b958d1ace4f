// console.log of built-in objects with deterministic values: Date, RegExp, boxed primitives,
// typed arrays, ArrayBuffer, Promise states, errors without stack frames.
console.log(new Date(0), [new Date(86400000)]);
console.log(/ab+c/gi, new RegExp('x/y'));
console.log(new Number(3), new String('str'), new Boolean(false));
console.log(new Uint8Array([1, 2, 3]), new Float64Array(2));
console.log(new ArrayBuffer(4));
console.log(Promise.resolve(42), new Promise(() => {}));
const rejected = Promise.reject(7); rejected.catch(() => {});
console.log(rejected);
console.log([undefined, null], { u: undefined, n: null });
console.log(-0, [-0], { z: -0 });
