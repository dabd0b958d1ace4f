// A promise job scheduled in 'beforeExit' runs but does not revive the loop by itself:
// beforeExit is not emitted again unless a macrotask was scheduled.
let n = 0;
process.on('beforeExit', () => {
  n++;
  console.log('beforeExit', n);
  if (n === 1) Promise.resolve().then(() => console.log('promise from beforeExit'));
  if (n === 1) process.nextTick(() => console.log('tick from beforeExit'));
});
process.on('exit', (c) => console.log('exit', c));
