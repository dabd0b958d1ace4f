// Calling process.exit(n) inside an 'exit' listener sets the final code; the remaining
// listeners are skipped.
process.on('exit', (c) => { console.log('first listener', c); process.exit(11); });
process.on('exit', () => console.log('second listener (skipped)'));
process.exitCode = 1;
