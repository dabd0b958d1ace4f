// A rejection handled synchronously (or via then(_, onRejected)) never reaches the listeners.
process.on('unhandledRejection', () => console.log('never: unhandledRejection'));
Promise.reject(new Error('a')).catch((e) => console.log('catch:', e.message));
Promise.reject(new Error('b')).then(null, (e) => console.log('onRejected:', e.message));
const p = Promise.reject(new Error('c'));
p.then(() => {}, () => {});
p.finally(() => {}).catch((e) => console.log('finally chain rejected too:', e.message));
