// semantics §1.14 (uncaught variant): the rejection of an un-awaited async call is an unhandled
// rejection: §1.12 stderr layout with the caret under `new Error` in inner, exit 1.
async function inner() { await null; throw new Error('deep'); }
async function outer() { await inner(); }
outer();
