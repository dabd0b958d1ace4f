const e = new DOMException('msg', 'NotFoundError');
console.log(e.name, e.message, e.code, e instanceof Error, e instanceof DOMException);
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype, Object.getPrototypeOf(DOMException) === Function.prototype);
console.log(Object.getOwnPropertyNames(e), typeof e.stack, String(e), Object.prototype.toString.call(e));
console.log(new DOMException().name, JSON.stringify(new DOMException().message), new DOMException(null).message, new DOMException('x', undefined).name);
console.log(new DOMException('m', { name: 'AbortError', cause: 7 }).cause, new DOMException('m', { name: 'AbortError' }).code);
console.log(new DOMException('a', null).name, new DOMException('a', {}).name);
console.log(DOMException.ABORT_ERR, DOMException.prototype.TIMEOUT_ERR, new DOMException('', 'TimeoutError').code, new DOMException('', 'ValidationError').code, new DOMException('', 'EncodingError').code);
console.log(DOMException.length, DOMException.name, Object.keys(DOMException).length, Object.keys(DOMException.prototype).length);
for (const f of [() => DOMException.prototype.name, () => DOMException.prototype.toString(), () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'code').get.call({})]) {
  try { f(); } catch (err) { console.log(err.name, err.code, err.message, err instanceof TypeError); }
}
class Sub extends DOMException { constructor() { super('sub', 'DataCloneError'); this.extra = 1; } }
const s = new Sub();
console.log(s instanceof Sub, s instanceof DOMException, s.name, s.code, s.extra, Object.prototype.toString.call(s));
const shadow = new DOMException('message', 'InvalidCharacterError');
Object.defineProperty(shadow, 'name', { value: 'WrongDocumentError' });
console.log(shadow.code, shadow.toString());
