// semantics §1.12 layout for a throw inside setImmediate; the following immediate never runs.
setImmediate(() => { throw new RangeError('bad in immediate'); });
setImmediate(() => console.log('never: second immediate'));
