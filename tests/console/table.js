// console.table for arrays of objects, arrays of primitives, objects, and a column filter.
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table(['p', 'q']);
console.table({ row1: { v: 1 }, row2: { v: 2 } });
console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['b']);
console.table('not tabular');
