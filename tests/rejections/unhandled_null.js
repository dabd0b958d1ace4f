// semantics §1.10: null reason -> reason "null"; the 'exit' listener still runs with code 1.
// golden: stderr-skip ^node:internal/
// golden: stderr-skip ^\s+new UnhandledPromiseRejection\(reason\);$
// golden: stderr-skip ^\s+\^$
process.on('exit', (c) => console.log('exit', c));
Promise.reject(null);
