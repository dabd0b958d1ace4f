// WritableStream and its writer and controller: write order, ready,
// closed, desiredSize, close, abort (with controller.signal), errors.
const log = (...a) => console.log(...a);

(async () => {
  const events = [];
  const ws = new WritableStream({
    start(c) { events.push('start'); },
    write(chunk, c) {
      events.push('write ' + chunk);
      return new Promise((res) => setTimeout(res, 2));
    },
    close() { events.push('sink close'); },
  });
  const w = ws.getWriter();
  log('locked', ws.locked, 'desiredSize', w.desiredSize);
  const writes = [w.write('a'), w.write('b'), w.write('c')];
  events.push('writes queued, desiredSize ' + w.desiredSize);
  writes.forEach((p, i) => p.then(() => events.push('write ' + i + ' done')));
  w.closed.then(() => events.push('closed'));
  await w.close();
  events.push('close resolved');
  await null;
  log(events.join(', '));
  log('desiredSize after close', w.desiredSize);
  await w.close().catch((e) => log(e.name, e.code, e.message));

  // abort: pending writes reject, the sink's abort and the signal fire.
  let ctrl;
  const aborted = new WritableStream({
    start(c) { ctrl = c; },
    write(chunk, c) {
      // The in-flight write gives up when the signal aborts.
      return new Promise((res, rej) => c.signal.addEventListener('abort', () => rej(c.signal.reason)));
    },
    abort(reason) { log('sink abort', reason, 'signal aborted', ctrl.signal.aborted, ctrl.signal.reason); },
  });
  ctrl.signal.addEventListener('abort', () => log('abort event'));
  const aw = aborted.getWriter();
  const w1 = aw.write(1);
  const w2 = aw.write(2);
  await null;
  const ap = aw.abort('stop it');
  w2.catch((e) => log('queued write rejected:', e));
  aw.closed.catch((e) => log('closed rejected:', e));
  await ap.then(() => log('abort resolved'));
  await w1.then(() => log('in-flight write resolved?'), (e) => log('in-flight write rejected:', e));

  // The signal read only after the abort is already aborted.
  let lateCtrl;
  const late = new WritableStream({ start(c) { lateCtrl = c; } });
  await late.abort(new Error('late reason'));
  log('late signal', lateCtrl.signal.aborted, lateCtrl.signal.reason.message);

  // controller.error() errors the stream.
  let ec;
  const errored = new WritableStream({ start(c) { ec = c; } });
  const ew = errored.getWriter();
  ec.error(new Error('controller error'));
  await ew.write('x').catch((e) => log('write:', e.message));
  await ew.closed.catch((e) => log('closed:', e.message));
  log('desiredSize errored', ew.desiredSize);

  // A write that rejects errors the stream.
  const failing = new WritableStream({ write(chunk) { if (chunk === 2) return Promise.reject(new Error('write 2 failed')); } });
  const fw = failing.getWriter();
  fw.write(1).then(() => log('write 1 ok'));
  await fw.write(2).catch((e) => log('write 2:', e.message));
  await fw.write(3).catch((e) => log('write 3:', e.message));
  await fw.ready.catch((e) => log('ready:', e.message));

  // releaseLock and re-acquire.
  const rel = new WritableStream();
  const r1 = rel.getWriter();
  try { rel.getWriter(); } catch (e) { log(e.name, e.code, e.message); }
  r1.releaseLock();
  await r1.closed.catch((e) => log('released closed:', e.code, e.message));
  await r1.write(1).catch((e) => log('released write:', e.code, e.message));
  try { r1.desiredSize; } catch (e) { log('released desiredSize:', e.code, e.message); }
  const r2 = new WritableStreamDefaultWriter(rel);
  await r2.write('again');
  log('second writer ok', rel.locked);

  // close and abort on the stream itself.
  const direct = new WritableStream({ close() { log('direct sink close'); } });
  await direct.close();
  await direct.abort('too late').then(() => log('abort after close resolves'));
  try { new WritableStream({ type: 'bytes' }); } catch (e) { log(e.name, e.code, e.message); }
  try { new WritableStream({ write: 1 }); } catch (e) { log(e.name, e.code); }
  try { new WritableStream({}, { highWaterMark: -1 }); } catch (e) { log(e.name, e.code, e.message); }
})();
