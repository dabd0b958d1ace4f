// semantics §1.12: a non-Error throw: stderr begins with an empty line, then file:line, the
// source line, the caret, the value itself and a --trace-uncaught hint; exit 1.
// golden: jsloop-deviation goja gives no throw site for a non-Error caught in the timer trampoline: the file:line, source and caret lines are missing
setTimeout(() => { throw 'a string'; }, 0);
