// fetch_10k: 10,000 GETs of a small JSON body from a local server
// (FETCH_URL) at concurrency 64, each parsed with response.json().
// Prints {"ok", "ms", "rps"}. Run it through bench/fetchbench, which starts
// the server and compares jsloop, node and a tuned plain-Go client.
'use strict';
const url = process.env.FETCH_URL;
const N = 10000;
const C = 64;
let next = 0;
let done = 0;
let bad = 0;
const t0 = performance.now();
async function worker() {
  while (next < N) {
    next++;
    const r = await fetch(url);
    const v = await r.json();
    if (v.id === undefined) bad++;
    done++;
  }
}
const workers = [];
for (let i = 0; i < C; i++) workers.push(worker());
Promise.all(workers).then(() => {
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ok: done === N && bad === 0, ms, rps: N / (ms / 1000) }));
});
