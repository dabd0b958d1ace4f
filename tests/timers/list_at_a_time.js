// Node's timers phase takes the list (one per delay) with the earliest
// expiry and runs all of its due timers before the next list, so when the
// loop is late, b (list 50, due at ~80) runs before c (list 70, due at 70).
const log = (s) => console.log(s);
setTimeout(() => log('a (list 50)'), 50);
setTimeout(() => log('c (list 70)'), 70);
setTimeout(() => {
  setTimeout(() => log('b (list 50, due after c)'), 50);
  const s = Date.now();
  while (Date.now() - s < 100); // hold the loop until all three are due
}, 30);
