// fetch of blob: URLs (URL.createObjectURL): a GET of the Blob; other methods and
// revoked URLs fail with undici's "invalid method"; about: is not supported.
(async () => {
  const u = URL.createObjectURL(new Blob(['héllo'], { type: 'text/plain' }));
  const r = await fetch(u);
  console.log(r.status, r.statusText, r.url === u, [...r.headers], await r.text());
  const u2 = URL.createObjectURL(new Blob(['x']));
  console.log([...(await fetch(u2)).headers]);
  await fetch(u, { method: 'POST', body: 'x' }).catch((e) => console.log(e.message, e.cause.message));
  URL.revokeObjectURL(u);
  await fetch(u).catch((e) => console.log(e.message, e.cause.message));
  await fetch('about:blank').catch((e) => console.log(e.message, e.cause.message));
})();
