// process.hrtime.bigint() and performance.now() never go backwards; hrtime(prev) is a diff.
let prev = process.hrtime.bigint();
let ok = true;
for (let i = 0; i < 1000; i++) { const n = process.hrtime.bigint(); if (n < prev) ok = false; prev = n; }
console.log('monotonic:', ok);
const start = process.hrtime();
const d = process.hrtime(start);
console.log('diff shape:', d.length, d[0] >= 0, d[1] >= 0);
const p1 = performance.now();
setTimeout(() => console.log('performance.now advanced:', performance.now() - p1 >= 3), 5); // the loop's clock is whole ms
