// Promise.resolve/reject basics and the species/instanceof relationship.
console.log(typeof Promise.resolve, Promise.resolve(1) instanceof Promise);
const r = Promise.reject(new Error('x'));
r.catch(() => {});
console.log(Promise.resolve(r) === r);
class MyP extends Promise {}
const m = MyP.resolve(1);
console.log(m instanceof MyP, m.then(() => {}) instanceof MyP);
m.then((v) => console.log('subclass value', v));
