// The founding example over real HTTP: 20 requests in flight at once finish
// in about the time of the slowest one, not the sum of all of them.
//
//   jsloop scripts/fetch_concurrent.js URL
//
// Each request asks URL for a different delay with a `ms` query parameter
// (the test server behind `go test ./tests` honours it; any other server
// just answers).
const base = process.argv[2];
if (!base) {
  console.error('usage: jsloop scripts/fetch_concurrent.js URL');
  process.exit(2);
}

const N = 20;
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(2)} s`;

async function get(i) {
  const ms = 100 + ((i * 37) % 20) * 25; // 100..575 ms, all different
  const url = new URL(base);
  url.searchParams.set('ms', String(ms));
  url.searchParams.set('i', String(i));
  const res = await fetch(url);
  const body = await res.text();
  console.log(`#${String(i).padStart(2)} asked ${ms} ms: ${res.status}, ${body.length} bytes, done at ${elapsed()}`);
  return ms;
}

console.log(`Starting ${N} requests at once`);
Promise.all(Array.from({ length: N }, (_, i) => get(i))).then((delays) => {
  const slowest = Math.max(...delays);
  const sum = delays.reduce((a, b) => a + b, 0);
  console.log(`All ${N} done in ${elapsed()}: the slowest asked ${slowest} ms; one after another would take ${(sum / 1000).toFixed(1)} s`);
});
