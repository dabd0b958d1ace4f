// pipeTo with each option, error and close propagation both ways, and
// aborting through an AbortSignal.
const log = (...a) => console.log(...a);

function source(chunks, { error, cancelLog = true } = {}) {
  return new ReadableStream({
    start(c) {
      for (const ch of chunks) c.enqueue(ch);
      if (error) c.error(error);
      else if (error !== null) c.close();
    },
    cancel(r) { if (cancelLog) log('  source cancel:', r instanceof Error ? r.message : r); },
  });
}
function sink(name, opts = {}) {
  const written = [];
  const ws = new WritableStream({
    write(ch) {
      written.push(ch);
      if (opts.failOn === ch) throw new Error('sink failed on ' + ch);
    },
    close() { log('  ' + name + ' close', written); },
    abort(r) { log('  ' + name + ' abort:', r instanceof Error ? r.message : r, written); },
  });
  return ws;
}
function settle(p) {
  return p.then(() => 'resolved', (e) => 'rejected: ' + (e && e.message !== undefined ? e.message : e));
}

(async () => {
  log('plain:', await settle(source(['a', 'b']).pipeTo(sink('plain'))));

  const ws1 = sink('preventClose');
  log('preventClose:', await settle(source(['a']).pipeTo(ws1, { preventClose: true })), 'locked', ws1.locked);
  const w = ws1.getWriter();
  await w.write('after');
  await w.close();

  log('error forward:', await settle(source(['a'], { error: new Error('src err') }).pipeTo(sink('fwd'))));
  log('preventAbort:', await settle(source(['a'], { error: new Error('src err 2') }).pipeTo(sink('pa'), { preventAbort: true })));

  log('error backward:', await settle(source(['x', 'y', 'z'], { error: null }).pipeTo(sink('bwd', { failOn: 'y' }))));
  const rs = source(['x', 'y', 'z'], { error: null });
  log('preventCancel:', await settle(rs.pipeTo(sink('pc', { failOn: 'x' }), { preventCancel: true })), 'source locked', rs.locked);

  const closed = new WritableStream();
  await closed.close();
  log('closed dest:', await settle(source([], { error: null }).pipeTo(closed)));

  // Locked streams reject.
  const lr = new ReadableStream();
  lr.getReader();
  await lr.pipeTo(new WritableStream()).catch((e) => log(e.name, e.code, e.message));
  const lw = new WritableStream();
  lw.getWriter();
  await new ReadableStream().pipeTo(lw).catch((e) => log(e.name, e.code, e.message));
  await new ReadableStream().pipeTo({}).catch((e) => log(e.name, e.code));

  // Abort through a signal: the source is cancelled and the dest aborted
  // with the signal's reason.
  const ac = new AbortController();
  let sc;
  const live = new ReadableStream({ start(c) { sc = c; }, cancel(r) { log('  live source cancel:', r.name); } });
  const p = live.pipeTo(sink('signal'), { signal: ac.signal });
  sc.enqueue('one');
  setTimeout(() => ac.abort(), 5);
  await p.catch((e) => log('signal:', e.name, e.message));
  log('locks released', live.locked);

  const ac2 = new AbortController();
  ac2.abort('already');
  log('pre-aborted:', await settle(source(['q']).pipeTo(sink('pre'), { signal: ac2.signal, preventCancel: true })));

  const ac3 = new AbortController();
  const keep = new ReadableStream({ cancel() { log('  should not cancel'); } });
  const dest3 = sink('keep');
  const p3 = keep.pipeTo(dest3, { signal: ac3.signal, preventAbort: true, preventCancel: true });
  ac3.abort(new Error('custom reason'));
  log('prevent both:', await settle(p3), keep.locked, dest3.locked);

  await new ReadableStream().pipeTo(new WritableStream(), { signal: 1 }).catch((e) => log(e.name, e.code, e.message));
})();
