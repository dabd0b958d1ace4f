// finally(): a throw inside the callback replaces the outcome; a returned value does not.
Promise.resolve('kept').finally(() => 'ignored').then((v) => console.log('value:', v));
Promise.reject(new Error('orig')).finally(() => { throw new Error('replaced'); }).catch((e) => console.log('reason:', e.message));
Promise.reject(new Error('orig2')).finally(() => {}).catch((e) => console.log('reason kept:', e.message));
