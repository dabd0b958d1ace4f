// Byte streams: BYOB reads (with min, into typed arrays and DataViews),
// respond, respondWithNewView, autoAllocateChunkSize, enqueue into a
// pending BYOB read, and the buffers that get transferred.
const log = (...a) => console.log(...a);

(async () => {
  // A pull source that answers BYOB requests.
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      log('pull: view', req.view.constructor.name, req.view.byteOffset, req.view.byteLength);
      for (let i = 0; i < 3; i++) req.view[i] = ++n;
      req.respond(3);
      log('after respond: byobRequest', c.byobRequest);
      if (n >= 9) c.close();
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const buf = new ArrayBuffer(8);
  const r1 = await reader.read(new Uint8Array(buf, 2, 4));
  log(r1.value, r1.value.byteOffset, r1.done, 'old buffer detached:', buf.byteLength === 0);
  // min: wait until 6 bytes.
  const r2 = await reader.read(new Uint8Array(8), { min: 6 });
  log(r2.value, r2.done);
  const r3 = await reader.read(new Uint8Array(4));
  log(r3.value, r3.done);
  reader.releaseLock();

  // Typed arrays larger than a byte and DataViews.
  let ctrl;
  const src = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const br = src.getReader({ mode: 'byob' });
  ctrl.enqueue(new Uint8Array([1, 0, 2, 0, 3]));
  const u16 = await br.read(new Uint16Array(4));
  log('Uint16Array', u16.value, u16.value.length);
  ctrl.enqueue(new Uint8Array([0xff, 0x10]));
  const dv = await br.read(new DataView(new ArrayBuffer(4)));
  log('DataView', dv.value.byteLength, dv.value.getUint8(0), dv.value.getUint8(1), dv.value.getUint8(2));
  ctrl.close();
  log('after close', await br.read(new Uint8Array(2)));

  // A default reader on a byte stream gets Uint8Arrays.
  const ds = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([7, 8])); c.enqueue(new Int16Array([1])); c.close(); },
  });
  const dr = ds.getReader();
  log(await dr.read(), await dr.read(), await dr.read());

  // autoAllocateChunkSize gives default reads a byobRequest.
  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 16,
    pull(c) {
      const v = c.byobRequest.view;
      log('auto view', v.byteLength);
      v[0] = 42;
      c.byobRequest.respond(1);
      c.close();
    },
  });
  const ar = auto.getReader();
  log(await ar.read(), await ar.read());

  // respondWithNewView with a smaller view onto the same buffer.
  const nv = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      const part = new Uint8Array(v.buffer, v.byteOffset, 2);
      part.set([5, 6]);
      c.byobRequest.respondWithNewView(part);
    },
  });
  const nr = nv.getReader({ mode: 'byob' });
  log(await nr.read(new Uint8Array(10)));

  // Errors.
  const er = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  await er.read(new Uint8Array(0)).catch((e) => log(e.name, e.code, e.message));
  await er.read(new Uint8Array(2), { min: 3 }).catch((e) => log(e.name, e.code, e.message));
  await er.read(new Uint8Array(2), { min: 0 }).catch((e) => log(e.name, e.code, e.message));
  await er.read('x').catch((e) => log(e.name, e.code, e.message));
  try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { log(e.name, e.code); }
  try { new ReadableStream({ type: 'bytes', start(c) { c.enqueue('x'); } }); } catch (e) { log(e.name, e.code, e.message); }
  try { new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(0)); } }); } catch (e) { log(e.name, e.code, e.message); }
  try { new ReadableStream({ type: 'bytes' }, { size() { return 1; } }); } catch (e) { log(e.name, e.code); }
  try { new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }); } catch (e) { log(e.name, e.code, e.message); }

  // A partial element left when the stream closes is an error.
  let pc;
  const partial = new ReadableStream({ type: 'bytes', start(c) { pc = c; } });
  const pr = partial.getReader({ mode: 'byob' });
  const pending = pr.read(new Uint16Array(2));
  pc.byobRequest.respond(1);
  try { pc.close(); } catch (e) { log('close:', e.name, e.code, e.message); }
  await pending.catch((e) => log('read:', e.message));
})();
