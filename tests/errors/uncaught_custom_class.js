// semantics §1.12: an uncaught instance of an Error subclass prints its own name in the header
// line; exit 1.
class ValidationError extends Error {
  constructor(msg) { super(msg); this.name = 'ValidationError'; }
}
setTimeout(() => { throw new ValidationError('invalid input'); }, 0);
