// semantics §1.11: with an uncaughtException handler the process continues after a throw in
// the main script (the rest of the script is skipped), timers still run, exit 0.
process.on('uncaughtException', (e, origin) => console.log('caught:', e.message, origin));
setTimeout(() => console.log('timer still runs'), 0);
console.log('before throw');
throw new Error('top-level');
console.log('never: after throw');
