// Requests in flight together complete in the order of their delays, and
// Promise.all waits for the slowest (the founding example, over HTTP).
const base = process.env.TEST_SERVER;
const delays = [300, 100, 200];
const t0 = Date.now();
Promise.all(delays.map((ms) => fetch(`${base}/text?ms=${ms}&body=${ms}`).then((r) => r.text()).then((t) => {
  console.log('done', t);
  return t;
}))).then((all) => {
  const took = Date.now() - t0;
  console.log('all', all.join(','), took >= 290 && took < 550 ? 'in about the time of the slowest' : 'took ' + took + ' ms');
});
