// semantics §1.12: a non-Error throw: stderr begins with an empty line, then file:line, the
// source line, the caret, the value itself and a --trace-uncaught hint; exit 1.
setTimeout(() => { throw 'a string'; }, 0);
