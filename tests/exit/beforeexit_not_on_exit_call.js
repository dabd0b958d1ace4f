// semantics §1.11: 'beforeExit' is not emitted for process.exit() nor for an uncaught exception.
process.on('beforeExit', () => console.log('never: beforeExit'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => process.exit(0), 1);
