// semantics §1.7: clearTimeout/clearInterval accept the numeric id from Symbol.toPrimitive
// and its string form.
const t1 = setTimeout(() => console.log('never: cleared by number'), 1);
clearTimeout(+t1);
const t2 = setTimeout(() => console.log('never: cleared by string'), 1);
clearTimeout(String(+t2));
const iv = setInterval(() => console.log('never: interval cleared by number'), 1);
clearInterval(+iv);
const t3 = setTimeout(() => console.log('t3 ran: its id was used before the primitive existed'), 1);
const t4 = setTimeout(() => console.log('t4 ran'), 1);
clearTimeout(+t4 + 1000);
setTimeout(() => console.log('done'), 10);
