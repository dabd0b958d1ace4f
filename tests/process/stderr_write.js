// process.stderr.write and console.error go to stderr, not stdout.
process.stderr.write('to stderr via write\n');
console.error('to stderr via console.error');
console.warn('to stderr via console.warn');
console.log('to stdout');
