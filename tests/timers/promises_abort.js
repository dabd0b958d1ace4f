// timers/promises honour an AbortSignal: an already-aborted or later-aborted signal rejects
// with an AbortError (name AbortError, code ABORT_ERR).
const tp = require('timers/promises');
const pre = AbortSignal.abort();
tp.setTimeout(10, 'x', { signal: pre }).catch((e) => console.log('pre-aborted:', e.name, e.code, e.message));
const ac = new AbortController();
tp.setTimeout(1000, 'y', { signal: ac.signal }).catch((e) => console.log('aborted later:', e.name, e.code, e.message));
tp.setImmediate('z', { signal: ac.signal }).then((v) => { console.log('immediate first:', v); ac.abort(); });
