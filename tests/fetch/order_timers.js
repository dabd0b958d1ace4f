// Completions interleave with timers by time: a 10 ms timer fires before a
// response delayed 100 ms, a 300 ms timer after it.
const base = process.env.TEST_SERVER;
setTimeout(() => console.log('timer 10ms'), 10);
setTimeout(() => console.log('timer 300ms'), 300);
fetch(base + '/text?ms=100&body=slow').then((r) => r.text()).then((t) => console.log('fetched', t));
