// The founding example of jsloop: two slow operations started together and
// awaited with Promise.all finish in the time of the slower one (about 3 s),
// not the sum of both (5 s). The "fetches" are simulated with timers, so the
// script runs anywhere; `jsloop --virtual-time scripts/seed_example.js`
// prints the same lines in a few milliseconds.

function simulateFetch(source, ms, result) {
  console.log(`Starting to fetch from ${source} (takes ${ms / 1000} s)`);
  return new Promise((resolve) => {
    setTimeout(() => {
      console.log(`Finished fetching from ${source}`);
      resolve(result);
    }, ms);
  });
}

function clock(ms) {
  return new Date(ms).toISOString().slice(11, 23);
}

async function main() {
  const start = Date.now();
  console.log(`Start time: ${clock(start)}`);

  // Both requests are in flight at once: the loop waits for whichever
  // completes first, then the other.
  const [user, orders] = await Promise.all([
    simulateFetch('API Server', 2000, { id: 42, name: 'Ada' }),
    simulateFetch('Database', 3000, ['order-1', 'order-2']),
  ]);

  const end = Date.now();
  console.log(`End time: ${clock(end)}`);
  const total = (end - start) / 1000;
  console.log(`Total time: ${total.toFixed(1)} s (≈ 3 s, not 5 s: the fetches ran concurrently)`);
  console.log('API Server result:', user);
  console.log('Database result:', orders);
}

main();
