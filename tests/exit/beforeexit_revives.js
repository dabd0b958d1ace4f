// semantics §1.11: 'beforeExit' fires when the loop empties, receives process.exitCode, may
// schedule more work (which revives the loop), and fires again when it empties again.
let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', ++n, 'code', code);
  if (n < 3) {
    process.exitCode = n;
    setTimeout(() => console.log('timer from beforeExit', n), 1);
  }
});
process.on('exit', (c) => console.log('exit', c));
