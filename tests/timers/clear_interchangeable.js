// semantics §1.7 / DESIGN: clearTimeout and clearInterval are interchangeable.
const iv = setInterval(() => console.log('never: interval cleared by clearTimeout'), 1);
clearTimeout(iv);
const t = setTimeout(() => console.log('never: timeout cleared by clearInterval'), 1);
clearInterval(t);
const iv2 = setInterval(() => { console.log('interval cleared by clearTimeout inside itself'); clearTimeout(iv2); }, 1);
setTimeout(() => console.log('done'), 10);
