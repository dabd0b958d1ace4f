// The JS half of the loop: the nextTick queue and the trampolines through
// which every macrotask enters the VM. Each trampoline is called from Go as
// the outermost call, runs its callback, then drains the nextTick queue;
// goja drains the promise jobs when it returns. That gives Node's order:
// callback, all ticks, all promise jobs.
(function (report, markTicks, dispatch) {
  'use strict';
  let q = [];
  let head = 0;
  function drainTicks() {
    while (head < q.length) {
      const cb = q[head];
      const args = q[head + 1];
      q[head] = undefined;
      q[head + 1] = undefined;
      head += 2;
      try {
        if (args === undefined) cb(); else cb(...args);
      } catch (e) {
        report(e);
      }
    }
    q.length = 0;
    head = 0;
  }
  return {
    nextTick(cb, args) {
      if (q.length === 0) markTicks();
      q.push(cb, args);
    },
    ticks() {
      if (head < q.length) drainTicks();
    },
    entry() {
      dispatch();
      if (head < q.length) drainTicks();
    },
    timeout(t, args) {
      try {
        if (args === undefined) t._onTimeout(); else t._onTimeout(...args);
      } catch (e) {
        report(e);
      }
      if (head < q.length) drainTicks();
    },
    immediate(t, args) {
      try {
        if (args === undefined) t._onImmediate(); else t._onImmediate(...args);
      } catch (e) {
        report(e);
      }
      if (head < q.length) drainTicks();
    },
    call(fn, args) {
      try {
        if (args === undefined) fn(); else fn(...args);
      } catch (e) {
        report(e);
      }
      if (head < q.length) drainTicks();
    },
  };
})
