// semantics §1.7: extra arguments to setTimeout/setInterval/setImmediate are passed to the callback.
setTimeout((a, b) => console.log('timeout args:', a, b), 1, 'x', 42);
setTimeout(function () {
  console.log('timeout arguments.length:', arguments.length);
  setImmediate((...args) => {
    console.log('immediate args:', args);
    const iv = setInterval((x, y) => { console.log('interval args:', x, y); clearInterval(iv); }, 1, 'iv', 2);
  }, 'i', null, undefined);
}, 1);
