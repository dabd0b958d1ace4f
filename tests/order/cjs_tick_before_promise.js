// semantics §1.15 P16 (CommonJS half): in a CommonJS main module the nextTick queue drains
// before promise jobs. (The ESM half, where the order flips, needs .mjs and top-level await:
// not covered by these .js cases.)
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync (CommonJS)');
