// process is an EventEmitter: on/off/emit/listenerCount for a custom event.
function h(x) { console.log('custom event', x); }
process.on('custom', h);
process.emit('custom', 1);
console.log('listenerCount', process.listenerCount('custom'));
process.off('custom', h);
process.emit('custom', 2);
console.log('listenerCount', process.listenerCount('custom'), 'emit returns', process.emit('custom', 3));
