// semantics §1.11: 'beforeExit' is not emitted when the process dies of an uncaught exception.
process.on('beforeExit', () => console.log('never: beforeExit'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw new Error('dies'); }, 1);
