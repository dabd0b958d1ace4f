// blob().type is the Content-Type's extracted MIME type, serialized (Fetch "extract a
// MIME type", MIME Sniffing's parser): lower-cased, parameters normalized, '' on failure.
const cts = ['text/plain; charset=utf-8', 'TEXT/Plain;Charset="UTF-8"', 'text/html;charset=gbk, text/html', 'text/plain, */*', 'bogus', '', 'a/b; x="q\\"z"; y=1; X=2', 'a/b;;x=1', 'a/b; x=', 'text/plain;charset=utf-8, text/html;x=1', ' a/b ; k = v'];
(async () => {
  for (const ct of cts) {
    const r = new Response('x', { headers: { 'content-type': ct } });
    console.log(JSON.stringify(ct), '->', JSON.stringify((await r.blob()).type));
  }
})();
