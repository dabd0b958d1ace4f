// semantics §1.6: clearing an interval inside its own callback stops it.
let n = 0;
const iv = setInterval(() => {
  console.log('tick', ++n);
  if (n === 3) clearInterval(iv);
}, 10);
