// Node calls a Timeout's callback with ReflectApply(_onTimeout, timer, _timerArgs):
// an array-like _timerArgs a script assigned is taken as the argument list.
const t = setTimeout(function (...a) { console.log('ran', a, this === t); }, 1);
t._timerArgs = { length: 2, 0: 'x', 1: 'y' };
setTimeout((a, b, c) => console.log(a, b, c), 5, 1, 2, 3);
