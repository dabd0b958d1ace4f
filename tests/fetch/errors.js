// Network and input errors reject with undici's classes and messages.
const base = process.env.TEST_SERVER;
const show = (p) => p.then(() => console.log('no error'), (e) => console.log(e.name + ': ' + e.message + (e.cause ? ' | cause: ' + (e.cause.code || e.cause.message) : '')));
(async () => {
  await show(fetch('not a url'));
  await show(fetch('ftp://example/'));
  await show(fetch('http://127.0.0.1:1/'));
  await show(fetch(base + '/text', { body: 'x' }));
  await show(fetch(base + '/text', { method: 'CONNECT' }));
  await show(fetch(base + '/text', { headers: [['a']] }));
  await show(fetch(base + '/text', { redirect: 'bogus' }));
  const r = await fetch(base + '/text');
  await r.text();
  await show(r.text());
  await show(new Response('not json').json().then(() => {}, (e) => { console.log(e.name); }));
})();
