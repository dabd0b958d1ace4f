// then() callbacks' return values feed the next then(); a throw becomes a rejection and
// catch() recovers the chain.
Promise.resolve(1)
  .then((v) => v + 1)
  .then((v) => { throw new Error('at ' + v); })
  .then(() => console.log('never'))
  .catch((e) => { console.log('caught', e.message); return 'recovered'; })
  .then((v) => console.log('after catch:', v))
  .finally(function () { console.log('finally callback gets no args:', arguments.length); })
  .then((v) => console.log('finally passes value through:', v));
