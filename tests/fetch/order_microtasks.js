// A fetch completion is a macrotask of its own: sync code, nextTicks and
// promise jobs queued now all run before the response arrives.
const base = process.env.TEST_SERVER;
fetch(base + '/text?body=hello').then((r) => r.text()).then((t) => console.log('fetched:', t));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('microtask'));
console.log('sync');
