// semantics §1.13: an 'exit' listener sees the current code and may change it via process.exitCode.
process.on('exit', (c) => { console.log('exit handler sees', c); process.exitCode = 9; });
process.exitCode = 2;
