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
  const isArray = Array.isArray;
  const apply = Reflect.apply;
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
  // drainTicks runs the queued ticks, and those they queue. With
  // stopOnThrow (between two timers or immediates of a batch) a throw ends
  // it early, as the throw unwinds Node's runNextTicks: the rest wait until
  // after the next callback. It reports whether it ran to the end.
  function drainTicks(stopOnThrow) {
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
        if (stopOnThrow === true) return false;
      }
    }
    q.length = 0;
    head = 0;
    pending = 0;
    return true;
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
    // timer (immediate). After each callback comes Node's `finally` for it
    // (done(): an interval re-armed, a timeout destroyed, _onImmediate
    // cleared), then the ticks it queued (runNextTicks), then next(), which
    // hands out the next due one while no promise job or rejection waits, or
    // undefined to end the batch: the promise jobs run when this call
    // returns. A throw from a callback (after the 'uncaughtException'
    // handler) or from a tick unwinds Node's loop, which C++ calls again at
    // once: after a callback's throw the next timer of the same list
    // (immediate of the same queue), after a tick's the next due one, runs
    // before any tick or promise job. next(threw, ticksWaiting) says which.
    timeouts(t, args) {
      for (;;) {
        let threw = 0; // 1: the callback threw, 2: a tick threw
        try {
          if (args === void 0) t._onTimeout();
          else if (!isArray(args)) apply(t._onTimeout, t, args); // Node's ReflectApply takes array-likes
          else if (args.length === 1) t._onTimeout(args[0]);
          else if (args.length === 2) t._onTimeout(args[0], args[1]);
          else t._onTimeout(...args);
        } catch (e) {
          threw = 1;
          timerDone();
          report(e, t._onTimeout);
        }
        if (threw === 0 && pending !== 0) {
          timerDone();
          if (!drainTicks(true)) threw = 2;
        }
        if ((t = nextTimeout(threw, pending !== 0)) === void 0) break;
        args = t._timerArgs;
      }
      if (pending !== 0) drainTicks();
    },
    immediates(t, args) {
      for (;;) {
        let threw = 0;
        try {
          if (!args) t._onImmediate();
          else if (!isArray(args)) t._onImmediate(...args); // Node spreads: an array-like throws
          else if (args.length === 1) t._onImmediate(args[0]);
          else if (args.length === 2) t._onImmediate(args[0], args[1]);
          else t._onImmediate(...args);
        } catch (e) {
          threw = 1;
          const cb = t._onImmediate;
          immediateDone();
          report(e, cb);
        }
        if (threw === 0 && pending !== 0) {
          immediateDone();
          if (!drainTicks(true)) threw = 2;
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
