// semantics §1.12: own enumerable props of an uncaught Error are printed after its stack.
// golden: jsloop-deviation goja records where an Error was built, V8 where it was thrown: the header shows line 2, Node line 5
const e = new Error('has props');
e.code = 'E_PROPS';
e.info = { nested: true };
setTimeout(() => { throw e; }, 0);
