// semantics §1.12: `throw null` / `throw undefined` print the value; exit 1.
// golden: jsloop-deviation goja gives no throw site for a non-Error caught in the timer trampoline: the file:line, source and caret lines are missing
setTimeout(() => { throw null; }, 0);
