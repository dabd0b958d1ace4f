// ref() after unref() makes a timer keep the process alive again; hasRef() reports it.
const t = setTimeout(() => console.log('ran, hasRef inside callback:', t.hasRef()), 10);
t.unref();
console.log('after unref:', t.hasRef());
t.ref();
console.log('after ref:', t.hasRef());
