// A timer cleared by an earlier timer of the same batch does not run.
let b;
setTimeout(() => { console.log('a clears b'); clearTimeout(b); }, 5);
b = setTimeout(() => console.log('never: b'), 5);
setTimeout(() => console.log('c still runs'), 5);
