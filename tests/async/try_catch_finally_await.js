// async/await: try/catch/finally around awaits, await of a rejected promise throws.
async function f() {
  try {
    console.log('before');
    await Promise.reject(new Error('rejected'));
    console.log('never');
  } catch (e) {
    console.log('catch', e.message);
    return 'from catch';
  } finally {
    console.log('finally');
  }
}
f().then((v) => console.log('result:', v));
console.log('sync after call');
