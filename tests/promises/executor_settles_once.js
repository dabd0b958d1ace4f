// semantics §1.15 P14: an executor settles once; a throw in the executor becomes a rejection.
new Promise((res, rej) => { res('first'); rej(new Error('ignored')); throw new Error('also ignored'); }).then((v) => console.log('settled once:', v));
new Promise(() => { throw new Error('executor threw'); }).catch((e) => console.log('executor throw -> rejection:', e.message));
