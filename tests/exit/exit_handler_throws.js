// A throw inside an 'exit' listener is reported like an uncaught exception (source line,
// caret, error) and the exit code is 1 (not 7: no uncaughtException handler was involved).
process.on('exit', () => { console.log('exit listener'); throw new Error('thrown in exit listener'); });
console.log('main done');
