// semantics §1.7: hasRef() stays true after clearTimeout in Node 20 (Bun says false).
const t = setTimeout(() => {}, 10);
clearTimeout(t);
console.log('hasRef after clear:', t.hasRef());
