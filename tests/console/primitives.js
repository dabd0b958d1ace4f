// console.log of primitives: numbers (incl. -0, NaN, Infinity), strings unquoted at top level,
// booleans, null, undefined, bigint, symbol.
console.log(1, -0, 0, 1.5, -2e-7, 1e21, NaN, Infinity, -Infinity);
console.log('str', '', 'with spaces');
console.log(true, false, null, undefined);
console.log(10n, -3n);
console.log(Symbol('desc'), Symbol(), Symbol.iterator);
console.log();
console.log('%', '%%', 'end');
