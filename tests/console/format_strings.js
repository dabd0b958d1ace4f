// console.log format specifiers: %s %d %i %f %j %o %O %c %% and leftover/missing arguments.
console.log('%s|%s|%s', 'str', 42, { a: 1 });
console.log('%d|%d|%d|%d', 42, '42', 1.5, 'abc');
console.log('%i|%i|%i', 42.9, '-7.2', 'x');
console.log('%f|%f|%f', 1.5, '2.25', 'y');
console.log('%j|%j', { a: [1, 'b'] }, 'str');
console.log('%o', { a: 1 });
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%c styled %c text', 'color: red', 'font-weight: bold');
console.log('100%% sure, %s', 'yes');
console.log('missing: %s %d');
console.log('extra:', '%s', 'a', 'b', 3);
console.log('%s', 10n, '%d', 10n);
console.log('%s', Symbol('sym'), null, undefined);
console.log(5, '%s', 'not a format because first arg is not a string');
