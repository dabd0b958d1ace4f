// semantics §1.7: the Timeout object: constructor name, ref/unref/hasRef chaining, numeric
// primitive via Symbol.toPrimitive, refresh() returns this, prototype method names.
const t = setTimeout(() => console.log('never: cleared by numeric id'), 50);
console.log(t.constructor.name, t.hasRef(), t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef());
const id = +t;
console.log(typeof id, `${t}` === String(id), Number.isInteger(id), id > 0, t.refresh() === t);
clearTimeout(id);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(t)).sort().join(','));
console.log(typeof t[Symbol.toPrimitive], t[Symbol.toPrimitive]() === id);
const t2 = setTimeout(() => {}, 1);
console.log('ids increase:', +t2 > id);
