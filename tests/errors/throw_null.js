// semantics §1.12: `throw null` / `throw undefined` print the value; exit 1.
setTimeout(() => { throw null; }, 0);
