// console.log of Map, Set, WeakMap, WeakSet and nested collections.
console.log(new Map([['a', 1], ['b', { c: 2 }]]));
console.log(new Set([1, 'two', [3]]));
console.log(new Map(), new Set());
console.log(new Map([[{ k: 1 }, new Set([1])]]));
console.log(new WeakMap(), new WeakSet());
console.log({ m: new Map([[1, 2]]), s: new Set(['x']) });
