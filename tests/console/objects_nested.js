// console.log of objects: key quoting, nesting beyond depth 2 shows [Object]/[Array],
// long objects break across lines at 72/80 columns, empty object, symbol keys, getters.
console.log({ a: 1, b: 'two', 'c-d': 3, 4: 'four', e: { f: { g: { h: { i: 1 } } } }, arr: [[[[1]]]] });
console.log({});
console.log({ [Symbol('s')]: 1, normal: true });
console.log({ get g() { return 1; }, set s(v) {}, get gs() { return 2; }, set gs(v) {} });
console.log({ fn() {}, arrow: () => {}, named: function named() {} });
console.log({ alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccccc', delta: 'dddddddd' });
console.log({ nested: { alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccccc' }, x: 1 });
console.log(Object.create(null));
const np = Object.create(null); np.k = 'v';
console.log(np);
