// Runaway recursion throws a catchable RangeError "Maximum call stack size exceeded"; the
// program continues normally afterwards.
// golden: jsloop-deviation goja stack overflow is an uncatchable engine error: try/catch cannot catch it (an uncaught one prints Node's RangeError)
function recurse(n) { return recurse(n + 1) + 1; }
try {
  recurse(0);
} catch (e) {
  console.log('caught:', e.name, '|', e.message, '|', e instanceof RangeError);
}
console.log('still running');
setTimeout(() => console.log('timers still work'), 0);
