// semantics §1.11: with an 'unhandledRejection' listener the process survives; catching later
// fires 'rejectionHandled'; beforeExit revives the loop once; exit handlers can't schedule work.
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandledRejection:', reason.message);
  setTimeout(() => p.catch(() => console.log('late catch')), 0);
});
process.on('rejectionHandled', () => console.log('rejectionHandled'));
let once = false;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
  if (!once) { once = true; setTimeout(() => console.log('work scheduled in beforeExit runs'), 0); }
});
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('never: no async work after exit'), 0);
});
Promise.reject(new Error('r1'));
