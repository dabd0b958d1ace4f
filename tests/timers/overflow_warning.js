// semantics §1.5: TimeoutOverflowWarning for delays > 2147483647 (setTimeout and setInterval),
// printed once per timer, the hint line once per process; 2147483647 itself is fine (and
// unref'd here so it doesn't keep the process alive).
setTimeout(() => console.log('overflow timeout ran at ~1 ms'), 2147483648);
const iv = setInterval(() => { console.log('overflow interval ran'); clearInterval(iv); }, 1e10);
setTimeout(() => console.log('never'), 2147483647).unref();
console.log('sync done');
