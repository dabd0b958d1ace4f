// semantics §1.10: a plain-object reason prints as "#<Object>" in the UnhandledPromiseRejection message.
// golden: stderr-skip ^node:internal/
// golden: stderr-skip ^\s+new UnhandledPromiseRejection\(reason\);$
// golden: stderr-skip ^\s+\^$
Promise.reject({ code: 'X' });
