// clearImmediate cancels a queued immediate, even one queued in the same check phase.
const a = setImmediate(() => { console.log('a'); clearImmediate(b); });
const b = setImmediate(() => console.log('never: b cleared by a'));
const c = setImmediate(() => console.log('c'));
clearImmediate(setImmediate(() => console.log('never: cleared right away')));
