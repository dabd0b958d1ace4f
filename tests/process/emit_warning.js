// process.emitWarning prints "(node:PID) <Type>: message" to stderr (the --trace-warnings hint
// once), with an optional [code]; the 'warning' event gets the Error object.
process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));
process.emitWarning('plain warning');
process.emitWarning('typed warning', 'CustomWarning');
process.emitWarning('coded warning', 'CustomWarning', 'CODE_1');
process.emitWarning('options form', { type: 'OtherWarning', code: 'CODE_2', detail: 'some detail' });
const w = new Error('from an error object'); w.name = 'ErrorObjWarning';
process.emitWarning(w);
console.log('sync end');
