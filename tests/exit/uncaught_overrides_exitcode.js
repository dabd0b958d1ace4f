// semantics §1.13: an uncaught exception exits 1 even if process.exitCode was set.
process.exitCode = 7;
setTimeout(() => { throw new Error('boom'); }, 0);
