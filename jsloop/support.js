// The JS half of the loop: the nextTick queue and the trampolines through
// which every macrotask enters the VM. Each trampoline is called from Go as
// the outermost call, runs its callback, then drains the nextTick queue;
// goja drains the promise jobs when it returns. That gives Node's order:
// callback, all ticks, all promise jobs.
//
// Written for goja's interpreter: `void 0` rather than `undefined` (a global
// lookup), one closure counter rather than q.length.
(function (report, markTicks, dispatch) {
  'use strict';
  let q = [];
  let head = 0;
  let pending = 0; // queued tick entries not yet run (q.length - head)
  function drainTicks() {
    while (head < q.length) {
      const cb = q[head];
      const args = q[head + 1];
      q[head] = undefined;
      q[head + 1] = undefined;
      head += 2;
      pending -= 2;
      try {
        if (args === void 0) cb(); else cb(...args);
      } catch (e) {
        report(e, cb);
      }
    }
    q.length = 0;
    head = 0;
    pending = 0;
  }
  return {
    nextTick(cb, args) {
      if (q.length === 0) markTicks();
      q.push(cb, args);
      pending += 2;
    },
    ticks() {
      if (pending !== 0) drainTicks();
    },
    entry() {
      dispatch();
      if (pending !== 0) drainTicks();
    },
    timeout(t, args) {
      try {
        if (args === void 0) t._onTimeout(); else t._onTimeout(...args);
      } catch (e) {
        report(e, t._onTimeout);
      }
      if (pending !== 0) drainTicks();
    },
    immediate(t, args) {
      try {
        if (args === void 0) t._onImmediate(); else t._onImmediate(...args);
      } catch (e) {
        report(e, t._onImmediate);
      }
      if (pending !== 0) drainTicks();
    },
    call(fn, args) {
      try {
        if (args === void 0) fn(); else fn(...args);
      } catch (e) {
        report(e, fn);
      }
      if (pending !== 0) drainTicks();
    },
  };
})
