// semantics §1.8: setTimeout/setInterval/setImmediate validate the callback synchronously;
// Node never evals string handlers (unlike HTML).
const cases = {
  "setTimeout('code', 1)": () => setTimeout('code', 1),
  'setTimeout()': () => setTimeout(),
  'setInterval(null)': () => setInterval(null),
  'setImmediate(null)': () => setImmediate(null),
  'setImmediate({})': () => setImmediate({}),
  'setTimeout(42)': () => setTimeout(42),
  'setInterval(true, 5)': () => setInterval(true, 5),
};
for (const [name, f] of Object.entries(cases)) {
  try { f(); console.log(name, 'did not throw'); } catch (e) { console.log(name, '->', e.name, e.code, e.message); }
}
