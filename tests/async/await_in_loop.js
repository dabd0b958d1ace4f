// semantics §1.15 P11: each `await` in a loop costs exactly 1 tick per iteration.
(async () => { for (const x of [1, 2, 3]) { await null; console.log('loop', x); } })();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
