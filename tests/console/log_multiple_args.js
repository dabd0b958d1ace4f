// console.log joins arguments with spaces; objects among strings are inspected; numbers-like
// strings stay unquoted at top level.
console.log('a', 1, 'b', { c: 2 }, ['d'], null, '3');
console.log('multi\nline', 'second');
console.log('');
console.log(' leading and trailing spaces ');
