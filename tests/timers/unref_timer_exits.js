// semantics §1.7: an unref'd timer does not keep the process alive; a ref'd one does.
setTimeout(() => console.log('never: unref keeps nothing alive'), 100000).unref();
setTimeout(() => console.log('ref timer ran'), 5);
