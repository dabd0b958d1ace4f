// semantics §1.9: a throw in a queueMicrotask callback is an uncaught exception: nothing else
// runs (not even the next microtask), exit 1, §1.12 stderr layout.
queueMicrotask(() => console.log('microtask 1'));
queueMicrotask(() => { throw new Error('boom in microtask'); });
queueMicrotask(() => console.log('microtask 3 (never runs)'));
setTimeout(() => console.log('timer (never runs)'), 0);
