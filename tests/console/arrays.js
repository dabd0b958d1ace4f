// console.log of arrays: strings quoted inside, nested arrays, empty and sparse arrays,
// extra properties, more than 6 short items grouped in columns, > 100 items truncated.
console.log([1, 'two', [3, [4, [5, [6]]]], null, undefined]);
console.log([], [[]], [, 1, , 2, , ,]);
const a = [1, 2]; a.extra = 'x';
console.log(a);
console.log(['it\'s', "say \"hi\"", `back\`tick`, 'new\nline']);
console.log(Array.from({ length: 26 }, (_, i) => i * 3));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(new Array(5));
