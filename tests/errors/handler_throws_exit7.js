// semantics §1.12: if an uncaughtException handler itself throws, that error is printed the
// same way and the exit code is 7.
process.on('uncaughtException', (e) => {
  console.log('handler got:', e.message);
  throw new Error('handler failed');
});
setTimeout(() => { throw new Error('original'); }, 0);
