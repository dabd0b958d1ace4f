// semantics §1.14 (caught variant): an error thrown after awaits propagates through every
// awaiting caller; only name/message are printed (stack frame formats differ by engine).
async function inner() { await null; throw new Error('deep'); }
async function middle() { await inner(); }
async function outer() { await middle(); }
outer().catch((e) => console.log('caught at top:', e.name, e.message, e instanceof Error));
