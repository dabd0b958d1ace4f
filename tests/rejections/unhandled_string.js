// semantics §1.10: a string reason is quoted verbatim in the UnhandledPromiseRejection message.
// golden: stderr-skip ^node:internal/
// golden: stderr-skip ^\s+new UnhandledPromiseRejection\(reason\);$
// golden: stderr-skip ^\s+\^$
Promise.reject('just a string');
