// semantics §1.12: extra own properties of the Error are printed after the stack as
// ` {\n  code: '...'\n}`.
const e = new TypeError('with a code');
e.code = 'E_CUSTOM';
e.detail = 42;
Promise.reject(e);
