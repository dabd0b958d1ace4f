// 'exit' receives a number even when exitCode was set from a string.
process.on('exit', (c) => console.log('exit code arg:', typeof c, c));
process.exitCode = '3';
