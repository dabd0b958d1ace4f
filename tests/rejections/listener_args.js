// 'unhandledRejection' receives (reason, promise): the very promise that was rejected;
// 'rejectionHandled' receives that promise too. Non-Error reasons are passed as-is.
let rejected;
process.on('unhandledRejection', (reason, p) => {
  console.log('reason:', reason, '| same promise:', p === rejected);
  setTimeout(() => p.catch(() => {}), 0);
});
process.on('rejectionHandled', (p) => console.log('rejectionHandled same promise:', p === rejected));
rejected = Promise.reject({ code: 'E_OBJ' });
