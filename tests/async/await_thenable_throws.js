// await of a thenable whose then() throws rejects the await (caught by try/catch).
(async () => {
  try {
    await { then() { throw new Error('then threw'); } };
  } catch (e) {
    console.log('caught', e.message);
  }
  const v = await { then(r) { r('thenable value'); } };
  console.log(v);
})();
