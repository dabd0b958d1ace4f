// semantics §1.5: the TimeoutOverflowWarning goes through process.emitWarning, so a 'warning'
// listener sees it (and the default stderr printing still happens).
process.on('warning', (w) => console.log('warning event:', w.name, '|', w.message.split('\n').join(' / ')));
setTimeout(() => console.log('fired'), 3e9);
