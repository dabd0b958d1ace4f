// response.json() of a network body: a value, a SyntaxError with V8's
// message for a body that is not JSON, and a TypeError once the body is
// used.
const base = process.env.TEST_SERVER;
(async () => {
  const r = await fetch(base + '/json');
  console.log(await r.json(), r.bodyUsed);
  try {
    await r.json();
  } catch (e) {
    console.log(e.name, e.message);
  }
  const bad = await fetch(base + '/text?body=' + encodeURIComponent('{"a": tru'));
  try {
    await bad.json();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  const empty = await fetch(base + '/text?body=%20');
  await empty.json().catch((e) => console.log(e.name + ': ' + e.message));
})();
