// Promise combinators: race settles with the first settled input, rejections included;
// race([]) stays pending forever and keeps nothing alive (exit 0).
Promise.race([new Promise((r) => setTimeout(() => r('late'), 200)), new Promise((_, j) => setTimeout(() => j(new Error('early')), 1))])
  .then((v) => console.log('never', v), (e) => console.log('race rejected:', e.message));
Promise.race([]).then(() => console.log('never: race([]) is forever pending'));
Promise.race([3, Promise.resolve(4)]).then((v) => console.log('race of plain values:', v));
