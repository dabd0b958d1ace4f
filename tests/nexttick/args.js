// process.nextTick(fn, ...args) passes the extra arguments; `this` is not the process object
// guaranteed by nothing, so only the arguments are checked.
process.nextTick((a, b, c) => console.log('args:', a, b, c), 1, 'two', { three: 3 });
process.nextTick(function () { console.log('arguments.length:', arguments.length); });
process.nextTick((...rest) => console.log('many args:', rest.length, rest.join(',')), 1, 2, 3, 4, 5, 6, 7);
