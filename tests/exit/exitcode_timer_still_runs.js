// semantics §1.13: setting process.exitCode does not stop the loop; pending work runs and the
// process exits with that code; 'exit' listeners receive it.
process.exitCode = 3;
process.on('exit', (c) => console.log('exit event', c));
setTimeout(() => console.log('timer still runs'), 10);
