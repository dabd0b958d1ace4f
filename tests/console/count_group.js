// console.count/countReset labels, console.group/groupEnd indentation (also for multi-line
// values), console.info/debug to stdout.
console.count();
console.count();
console.count('label');
console.countReset();
console.count();
console.countReset('nope-never-counted');
console.group('Group A');
console.log('inside A');
console.group();
console.info('nested info');
console.log({ multi: 'line', object: 'that is long enough to wrap around the line width limit' });
console.groupEnd();
console.debug('back in A');
console.groupEnd();
console.groupEnd();
console.log('top level');
console.groupCollapsed('collapsed');
console.log('inside collapsed');
console.groupEnd();
