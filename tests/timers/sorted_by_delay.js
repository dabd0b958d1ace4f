// Timers fire by deadline regardless of creation order (delays 100 ms apart: see
// order/equal_deadlines_insertion_order.js).
for (const d of [400, 100, 300, 1, 200]) setTimeout(() => console.log('delay', d), d);
