// TextEncoderStream and TextDecoderStream: a multi-byte character split
// across chunks, a surrogate pair split across chunks, BOM handling, fatal
// errors, bad chunks.
const log = (...a) => console.log(...a);

async function pipe(chunks, ts) {
  const rs = new ReadableStream({ start(c) { for (const ch of chunks) c.enqueue(ch); c.close(); } });
  const out = [];
  const r = rs.pipeThrough(ts).getReader();
  for (;;) {
    const { value, done } = await r.read();
    if (done) return out;
    out.push(value);
  }
}

(async () => {
  // '€' is E2 82 AC; split it over three chunks, and '😀' (F0 9F 98 80) over two.
  const bytes = [[0x61, 0xe2], [0x82], [0xac, 0x62, 0xf0, 0x9f], [0x98, 0x80]];
  const chunks = bytes.map((b) => new Uint8Array(b));
  log(await pipe(chunks, new TextDecoderStream()));

  // A truncated sequence at the end becomes U+FFFD.
  log(await pipe([new Uint8Array([0x41, 0xe2, 0x82])], new TextDecoderStream()));
  // fatal: the truncated sequence errors the stream.
  await pipe([new Uint8Array([0x41, 0xe2, 0x82])], new TextDecoderStream('utf-8', { fatal: true }))
    .catch((e) => log('fatal:', e.name));
  // BOM stripped unless ignoreBOM; ArrayBuffer and DataView chunks.
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]);
  log(JSON.stringify(await pipe([bom.buffer], new TextDecoderStream())));
  log(JSON.stringify(await pipe([new DataView(bom.buffer)], new TextDecoderStream('utf-8', { ignoreBOM: true }))));
  // A non-UTF-8 label.
  const latin = new TextDecoderStream('latin1');
  log(latin.encoding, latin.fatal, latin.ignoreBOM, await pipe([new Uint8Array([0xe9])], latin));
  // Bad chunks error the stream.
  await pipe(['not bytes'], new TextDecoderStream()).catch((e) => log('bad chunk:', e.name));
  try { new TextDecoderStream('no-such-encoding'); } catch (e) { log(e.name); }

  // The encoder: strings out as UTF-8 bytes; a surrogate pair split across
  // chunks is joined; a lone surrogate becomes U+FFFD.
  const enc = await pipe(['a€', '\ud83d', '\ude00', 'b', '\ud800'], new TextEncoderStream());
  log(enc.map((u) => Array.from(u, (b) => b.toString(16)).join(' ')));
  log(await pipe([1, { toString() { return 'obj'; } }], new TextEncoderStream()));
  const te = new TextEncoderStream();
  log(te.encoding, te.readable instanceof ReadableStream, te.writable instanceof WritableStream);
})();
