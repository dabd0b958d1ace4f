// semantics §1.10: a non-Error reason becomes UnhandledPromiseRejection (code
// ERR_UNHANDLED_REJECTION) quoting the reason; exit 1.
// The three lines naming Node's own source (node:internal/process/promises:NNN, its source line
// and caret) are skipped: they describe Node's internals, not the user's program.
// golden: stderr-skip ^node:internal/
// golden: stderr-skip ^\s+new UnhandledPromiseRejection\(reason\);$
// golden: stderr-skip ^\s+\^$
Promise.reject(42);
