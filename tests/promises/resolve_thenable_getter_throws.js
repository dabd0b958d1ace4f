// Resolving with an object whose `then` getter throws rejects with that error.
const evil = {};
Object.defineProperty(evil, 'then', { get() { throw new Error('then getter threw'); } });
Promise.resolve(evil).catch((e) => console.log('rejected:', e.message));
new Promise((r) => r(evil)).catch((e) => console.log('rejected too:', e.message));
const self = new Promise((r) => setTimeout(() => r(self), 0));
self.catch((e) => console.log('self-resolution:', e.name));
