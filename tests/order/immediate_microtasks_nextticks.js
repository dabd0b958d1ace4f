// semantics §1.3: each immediate is its own macrotask followed by the full tick+microtask drain.
setImmediate(() => {
  console.log('imm 1');
  process.nextTick(() => console.log('tick after imm 1'));
  Promise.resolve().then(() => {
    console.log('promise after imm 1');
    process.nextTick(() => console.log('tick from promise after imm 1'));
  });
});
setImmediate(() => console.log('imm 2'));
