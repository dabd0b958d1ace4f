// Error objects: name/message/cause/toString, custom subclasses keep their name.
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; }
}
const e = new MyError('custom');
console.log(e.name, e.message, e instanceof MyError, e instanceof Error, String(e));
const c = new Error('outer', { cause: 'inner reason' });
console.log(c.message, c.cause, Object.prototype.hasOwnProperty.call(c, 'cause'));
console.log(String(new TypeError('t')), String(new RangeError()), new Error().message === '');
console.log(typeof e.stack);
const agg = new AggregateError([new Error('a')], 'many');
console.log(agg.name, agg.message, agg.errors.length);
