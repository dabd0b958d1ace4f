// 'exit' listeners run in registration order, once() listeners once; they receive the code.
process.on('exit', (c) => console.log('listener 1', c));
process.once('exit', (c) => console.log('once listener', c));
process.prependListener('exit', (c) => console.log('prepended listener', c));
process.on('exit', function (c) { console.log('listener 3 this === process:', this === process); });
