// semantics §1.7: the Immediate object has ref/unref/hasRef (chaining) and no refresh.
const im = setImmediate(() => console.log('immediate ran'));
console.log(im.constructor.name, im.hasRef(), im.unref() === im, im.hasRef(), im.ref() === im, im.hasRef());
console.log(typeof im.refresh, typeof im.close);
