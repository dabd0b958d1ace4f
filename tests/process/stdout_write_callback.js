// process.stdout.write(data, cb) calls cb after the write (asynchronously).
process.stdout.write('first\n', () => console.log('callback ran'));
console.log('sync after write');
