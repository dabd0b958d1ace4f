// semantics §1.15 P7: finally() costs extra ticks (V8 tick counts; JSC differs).
Promise.resolve().finally(() => console.log('finally cb')).then(() => console.log('then after finally'));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4'));
