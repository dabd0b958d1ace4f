// semantics §1.12 layout for a throw inside a nextTick callback: file:line, source line, caret,
// blank, stack; exit 1; later ticks, promise jobs and timers never run.
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => { throw new Error('boom in nextTick'); });
process.nextTick(() => console.log('tick 3 (never runs)'));
Promise.resolve().then(() => console.log('promise (never runs)'));
setTimeout(() => console.log('timer (never runs)'), 0);
