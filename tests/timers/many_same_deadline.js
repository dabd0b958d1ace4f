// 200 timers with the same delay fire in creation order.
const out = [];
for (let i = 0; i < 200; i++) setTimeout(() => out.push(i), 3);
setTimeout(() => {
  console.log('count', out.length, 'in order:', out.every((v, i) => v === i));
}, 3);
