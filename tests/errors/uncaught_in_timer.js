// semantics §1.12: a throw in a timer with no uncaughtException listener: file:line, source
// line, caret at the throw, blank, stack; 'exit' listeners run with code 1; the next timer never runs.
process.on('exit', (c) => console.log('exit event, code', c));
setTimeout(() => { console.log('t1'); throw new TypeError('bad in timer'); }, 0);
setTimeout(() => console.log('t2 (never runs)'), 0);
