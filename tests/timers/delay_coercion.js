// semantics §1.5: NaN, negative, non-numeric, undefined, > 2^31-1 and Infinity delays become
// 1 ms (insertion order among them); a numeric string is ToNumber'd ('100' -> 100 ms).
// Only overflow warns (TimeoutOverflowWarning); the --trace-warnings hint appears once.
const log = (l) => () => console.log(l);
setTimeout(log('NaN'), NaN);
setTimeout(log('-5'), -5);
setTimeout(log('"abc"'), 'abc');
setTimeout(log('undefined'), undefined);
setTimeout(log('2**31'), 2 ** 31);
setTimeout(log('"100"'), '100');
setTimeout(log('Infinity'), Infinity);
