// semantics §1.4: timers fire by deadline; equal deadlines keep insertion order; 0 ms is 1 ms.
// (Distinct delays are 100 ms apart, wider than §1.4's snippet, so that a process descheduled
// between two statements on a loaded machine can't reorder them.)
for (let i = 0; i < 3; i++) setTimeout(() => console.log('t' + i + ' (200ms)'), 200);
setTimeout(() => console.log('a (100ms)'), 100);
setTimeout(() => console.log('b (0ms)'), 0);
setTimeout(() => console.log('c (1ms)'), 1);
