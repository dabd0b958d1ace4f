// semantics §1.0 / DESIGN: a timer created inside a timer callback is due in a later timers
// phase, after the timers already due in the current one.
setTimeout(() => {
  console.log('outer 1');
  setTimeout(() => {
    console.log('inner of 1');
    setTimeout(() => console.log('inner of inner'), 0);
  }, 0);
}, 0);
setTimeout(() => console.log('outer 2'), 0);
