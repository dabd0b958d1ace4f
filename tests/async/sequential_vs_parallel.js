// async/await: sequential awaits vs Promise.all; ordering of settle callbacks by timer delay.
const wait = (ms, v) => new Promise((r) => setTimeout(() => { console.log('timer', v); r(v); }, ms));
(async () => {
  const a = await wait(30, 'a');
  const b = await wait(1, 'b');
  console.log('sequential:', a, b);
  const both = await Promise.all([wait(100, 'c'), wait(1, 'd')]);
  console.log('parallel:', both);
})();
