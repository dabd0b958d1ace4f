// semantics §1.15 P13: a timer queued from a microtask joins the same list, after earlier ones.
setTimeout(() => console.log('timeout A'), 0);
Promise.resolve().then(() => { console.log('promise'); setTimeout(() => console.log('timeout B'), 0); });
setTimeout(() => console.log('timeout C'), 0);
