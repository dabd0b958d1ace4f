// semantics §1.12 layout for a throw in the main script: nothing after it runs, no queued
// tick/promise/timer runs, exit 1.
process.nextTick(() => console.log('never: tick'));
Promise.resolve().then(() => console.log('never: promise'));
setTimeout(() => console.log('never: timer'), 0);
console.log('before throw');
throw new Error('top-level boom');
