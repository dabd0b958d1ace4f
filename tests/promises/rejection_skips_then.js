// semantics §1.15 P9: a rejection skips a then(), and each skipped then costs a tick.
Promise.reject(new Error('e')).then(() => console.log('skipped')).catch((e) => console.log('catch (after 1 skipped then = 2nd tick):', e.message));
Promise.resolve().then(() => console.log('r1')).then(() => console.log('r2')).then(() => console.log('r3'));
