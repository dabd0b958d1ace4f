// DOMException (WebIDL §3.14.1 "DOMException custom bindings"), shaped as
// Node 20's lib/internal/per_context/domexception.js: name, message and code
// are prototype getters over internal state, the instance's only own
// property is its stack, and the legacy code constants sit on both the
// constructor and the prototype.
//
// Evaluated once per loop; the factory returns { DOMException, isDOMException }.
(function () {
  'use strict';
  const internals = new WeakMap();
  // Taken at build time (Node's primordials).
  const ErrorCtor = Error, TypeErrorCtor = TypeError;
  const { defineProperty, setPrototypeOf } = Object;

  // WebIDL's error names table: the names with a legacy code. The three
  // names webidl#946 removed from the table keep their constants but have
  // code 0.
  const table = [ // name, constant; codes count from 1
    'IndexSizeError', 'INDEX_SIZE_ERR',
    'DOMStringSizeError', 'DOMSTRING_SIZE_ERR',
    'HierarchyRequestError', 'HIERARCHY_REQUEST_ERR',
    'WrongDocumentError', 'WRONG_DOCUMENT_ERR',
    'InvalidCharacterError', 'INVALID_CHARACTER_ERR',
    'NoDataAllowedError', 'NO_DATA_ALLOWED_ERR',
    'NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR',
    'NotFoundError', 'NOT_FOUND_ERR',
    'NotSupportedError', 'NOT_SUPPORTED_ERR',
    'InUseAttributeError', 'INUSE_ATTRIBUTE_ERR',
    'InvalidStateError', 'INVALID_STATE_ERR',
    'SyntaxError', 'SYNTAX_ERR',
    'InvalidModificationError', 'INVALID_MODIFICATION_ERR',
    'NamespaceError', 'NAMESPACE_ERR',
    'InvalidAccessError', 'INVALID_ACCESS_ERR',
    'ValidationError', 'VALIDATION_ERR',
    'TypeMismatchError', 'TYPE_MISMATCH_ERR',
    'SecurityError', 'SECURITY_ERR',
    'NetworkError', 'NETWORK_ERR',
    'AbortError', 'ABORT_ERR',
    'URLMismatchError', 'URL_MISMATCH_ERR',
    'QuotaExceededError', 'QUOTA_EXCEEDED_ERR',
    'TimeoutError', 'TIMEOUT_ERR',
    'InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR',
    'DataCloneError', 'DATA_CLONE_ERR',
  ];
  const codes = { __proto__: null };
  const disused = { __proto__: null, DOMStringSizeError: true, NoDataAllowedError: true, ValidationError: true };

  // Node: TypeError with code ERR_INVALID_THIS, printed without the code.
  function invalidThis() {
    const e = new TypeErrorCtor('Value of "this" must be of DOMException');
    e.code = 'ERR_INVALID_THIS';
    return e;
  }

  // `extends null` makes the constructor a derived one, which allocates no
  // `this` (it returns the object it builds); the prototype chains are set
  // below: DOMException.prototype inherits from Error.prototype, the
  // constructor from Function.prototype.
  class DOMException extends null {
    constructor(message = '', options = 'Error') {
      // An Error object (so it has [[ErrorData]] and goja's lazily
      // formatted stack, whose first line reads "name: message" through the
      // getters below) re-parented onto new.target's prototype, which keeps
      // subclassing working.
      const self = new ErrorCtor();
      setPrototypeOf(self, new.target.prototype);
      if (options !== null && typeof options === 'object') {
        // Node 20: an options bag { name, cause } in place of the name.
        const name = options.name;
        internals.set(self, { message: `${message}`, name: `${name}` });
        if ('cause' in options) {
          defineProperty(self, 'cause', {
            value: options.cause, writable: true, enumerable: false, configurable: true,
          });
        }
      } else {
        internals.set(self, { message: `${message}`, name: `${options}` });
      }
      return self;
    }

    get name() {
      const s = internals.get(this);
      if (s === undefined) throw invalidThis();
      return s.name;
    }

    get message() {
      const s = internals.get(this);
      if (s === undefined) throw invalidThis();
      return s.message;
    }

    get code() {
      const s = internals.get(this);
      if (s === undefined) throw invalidThis();
      const name = s.name;
      if (disused[name]) return 0;
      const code = codes[name];
      return code === undefined ? 0 : code;
    }
  }

  const proto = DOMException.prototype;
  setPrototypeOf(proto, Error.prototype);
  defineProperty(proto, Symbol.toStringTag, { value: 'DOMException', configurable: true });
  defineProperty(proto, 'name', { enumerable: true });
  defineProperty(proto, 'message', { enumerable: true });
  defineProperty(proto, 'code', { enumerable: true });
  for (let i = 0; i < table.length; i += 2) {
    const code = i / 2 + 1;
    const desc = { value: code, enumerable: true, writable: false, configurable: false };
    defineProperty(DOMException, table[i + 1], desc);
    defineProperty(proto, table[i + 1], desc);
    codes[table[i]] = code;
  }

  return {
    DOMException,
    isDOMException(v) { return internals.has(v); },
  };
})
