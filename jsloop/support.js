// The JS half of the loop: the nextTick queue and the trampolines through
// which every macrotask enters the VM. Each trampoline is called from Go as
// the outermost call, runs its callback, then drains the nextTick queue;
// goja drains the promise jobs when it returns. That gives Node's order:
// callback, all ticks, all promise jobs.
//
// Written for goja's interpreter: `void 0` rather than `undefined` (a global
// lookup), one closure counter rather than q.length.
(function (report, markTicks, dispatch, nextTimeout, nextImmediate) {
  'use strict';
  // Calls with the stored arguments: direct calls for short lists, which
  // goja runs several times faster than a spread and which, unlike
  // Reflect.apply, leave no native frame in a stack trace.
  function callArgs(fn, args) {
    switch (args.length) {
      case 1: return fn(args[0]);
      case 2: return fn(args[0], args[1]);
      case 3: return fn(args[0], args[1], args[2]);
      default: return fn(...args);
    }
  }
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
        if (args === void 0) cb(); else callArgs(cb, args);
      } catch (e) {
        report(e, cb);
      }
    }
    q.length = 0;
    head = 0;
    pending = 0;
  }
  // runTimeout and runImmediate report whether the callback threw. Node
  // then runs the next due callback before any tick or promise job (the
  // exception unwound processTimers / processImmediate, which C++ calls
  // again at once), so the ticks wait too.
  function runTimeout(t, args) {
    try {
      if (args === void 0) t._onTimeout();
      else if (args.length === 1) t._onTimeout(args[0]);
      else if (args.length === 2) t._onTimeout(args[0], args[1]);
      else t._onTimeout(...args);
    } catch (e) {
      report(e, t._onTimeout);
      return true;
    }
    if (pending !== 0) drainTicks();
    return false;
  }
  function runImmediate(t, args) {
    try {
      if (args === void 0) t._onImmediate();
      else if (args.length === 1) t._onImmediate(args[0]);
      else if (args.length === 2) t._onImmediate(args[0], args[1]);
      else t._onImmediate(...args);
    } catch (e) {
      report(e, t._onImmediate);
      return true;
    }
    if (pending !== 0) drainTicks();
    return false;
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
    // One due timer (immediate); when more may be due, the batch versions
    // below run it and then ask nextTimeout (nextImmediate) for the next
    // ones, which come while nothing has to run between them (Node's
    // listOnTimeout and processImmediate run a list in one call too). The
    // single versions keep the common case's VM stack small.
    timeout: runTimeout,
    immediate: runImmediate,
    timeouts(t, args) {
      for (;;) {
        const threw = runTimeout(t, args);
        if ((t = nextTimeout(threw)) === void 0) return;
        args = t._timerArgs;
      }
    },
    immediates(t, args) {
      for (;;) {
        const threw = runImmediate(t, args);
        if ((t = nextImmediate(threw)) === void 0) return;
        args = t._argv;
      }
    },
    call(fn, args) {
      try {
        if (args === void 0) fn(); else callArgs(fn, args);
      } catch (e) {
        report(e, fn);
      }
      if (pending !== 0) drainTicks();
    },
  };
})
