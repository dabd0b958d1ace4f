// process.exit(n) from the main script stops it at once; beforeExit is not emitted.
process.on('beforeExit', () => console.log('never: beforeExit'));
process.on('exit', (c) => console.log('exit', c));
console.log('before');
process.exit(3);
console.log('never: after exit');
