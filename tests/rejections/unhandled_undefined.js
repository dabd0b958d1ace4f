// semantics §1.10: Promise.reject() with no reason -> reason "undefined"; exit 1.
// golden: stderr-skip ^node:internal/
// golden: stderr-skip ^\s+new UnhandledPromiseRejection\(reason\);$
// golden: stderr-skip ^\s+\^$
Promise.reject();
