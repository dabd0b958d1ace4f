// A file with a syntax error: nothing runs; stderr has file:line, the source line, a caret,
// then the SyntaxError line; exit 1.
console.log('never printed');
const ok = 1;
let x = ;
