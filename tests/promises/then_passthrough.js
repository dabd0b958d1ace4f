// then() with non-function arguments passes the value/reason through (one tick per hop).
Promise.resolve(1).then(null).then(undefined, 5).then((v) => console.log('value passed through:', v));
Promise.reject(new Error('r')).then(() => {}).then(42).catch((e) => console.log('reason passed through:', e.message));
