// An interval cleared from another timer stops; an interval whose callback throws
// is not rescheduled when the throw is handled by an uncaughtException listener.
let n = 0;
const iv = setInterval(() => { n++; }, 2);
setTimeout(() => { clearInterval(iv); const at = n; setTimeout(() => console.log('no runs after clear:', n === at, at > 0), 20); }, 30);
