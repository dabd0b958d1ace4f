// A throw inside a then() callback is an unhandled rejection -> fatal, caret at the throw, exit 1.
Promise.resolve().then(() => {
  console.log('in then');
  throw new Error('thrown in then');
});
