// semantics §1.15 P15: a thenable returned from then() is adopted (+2 ticks).
Promise.resolve().then(() => ({ then(r) { console.log('thenable.then called'); r('v'); } })).then((v) => console.log('adopted', v));
Promise.resolve().then(() => console.log('q1')).then(() => console.log('q2')).then(() => console.log('q3')).then(() => console.log('q4'));
