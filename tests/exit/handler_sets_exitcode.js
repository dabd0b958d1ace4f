// semantics §1.13: an uncaughtException handler that sets process.exitCode decides the exit code.
process.on('uncaughtException', (e) => { console.log('handled', e.message); process.exitCode = 42; });
setTimeout(() => { throw new Error('boom'); }, 0);
