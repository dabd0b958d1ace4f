// The JS half of the loop: the nextTick queue and the trampolines through
// which every macrotask enters the VM. Each trampoline is called from Go as
// the outermost call, runs its callback, then drains the nextTick queue;
// goja drains the promise jobs when it returns. That gives Node's order:
// callback, all ticks, all promise jobs.
//
// Written for goja's interpreter: `void 0` rather than `undefined` (a global
// lookup), one closure counter rather than q.length.
(function (report, markTicks, dispatch, nextTimeout, timerDone, nextImmediate, immediateDone) {
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
    // Node's listOnTimeout and processImmediate: Go passes the first due
    // timer (immediate); after each callback next() runs Node's `finally`
    // for it (an interval re-armed, a timeout destroyed, _onImmediate
    // cleared) and hands out the next one while nothing has to run in
    // between, or undefined when the batch must end: then the ticks run here
    // and the promise jobs when this call returns. When a callback throws,
    // done() runs the `finally` before the 'uncaughtException' handler, and
    // the next callback runs before any tick or promise job, as in Node (the
    // exception unwound processTimers, which C++ calls again at once).
    timeouts(t, args) {
      for (;;) {
        let threw = false;
        try {
          if (args === void 0) t._onTimeout();
          else if (args.length === 1) t._onTimeout(args[0]);
          else if (args.length === 2) t._onTimeout(args[0], args[1]);
          else t._onTimeout(...args);
        } catch (e) {
          threw = true;
          timerDone();
          report(e, t._onTimeout);
        }
        if ((t = nextTimeout(threw, pending !== 0)) === void 0) break;
        args = t._timerArgs;
      }
      if (pending !== 0) drainTicks();
    },
    immediates(t, args) {
      for (;;) {
        let threw = false;
        try {
          if (args === void 0) t._onImmediate();
          else if (args.length === 1) t._onImmediate(args[0]);
          else if (args.length === 2) t._onImmediate(args[0], args[1]);
          else t._onImmediate(...args);
        } catch (e) {
          threw = true;
          const cb = t._onImmediate;
          immediateDone();
          report(e, cb);
        }
        if ((t = nextImmediate(threw, pending !== 0)) === void 0) break;
        args = t._argv;
      }
      if (pending !== 0) drainTicks();
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
