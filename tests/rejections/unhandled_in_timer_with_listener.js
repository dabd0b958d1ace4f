// Rejections created in a timer are reported after that timer's drain, before the next timer.
process.on('unhandledRejection', (r) => console.log('unhandled:', r.message));
setTimeout(() => { Promise.reject(new Error('from t1')); console.log('t1'); }, 0);
setTimeout(() => console.log('t2'), 0);
