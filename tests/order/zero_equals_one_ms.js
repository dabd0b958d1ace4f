// semantics §1.4: setTimeout(f, 0) is setTimeout(f, 1), so a 1 ms timer created first runs first.
setTimeout(() => console.log('first: 1 ms'), 1);
setTimeout(() => console.log('second: 0 ms'), 0);
setTimeout(() => console.log('third: 1 ms'), 1);
setTimeout(() => console.log('fourth: no delay'));
