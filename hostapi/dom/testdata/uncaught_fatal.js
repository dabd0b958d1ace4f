const et = new EventTarget();
et.addEventListener('x', () => { throw new TypeError('fatal boom'); });
et.addEventListener('x', () => console.log('second'));
process.nextTick(() => console.log('tick before'));
Promise.resolve().then(() => console.log('promise (never)'));
console.log(et.dispatchEvent(new Event('x')));
process.nextTick(() => console.log('tick after (never)'));
console.log('after');
