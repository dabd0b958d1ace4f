// process.exit(0) wins over a previously set process.exitCode.
process.exitCode = 6;
process.on('exit', (c) => console.log('exit', c, process.exitCode));
process.exit(0);
