// Node: `this` inside a timer callback is the Timeout object (the Immediate for setImmediate).
// (The immediate is queued from the timeout so the print order is deterministic.)
const t = setTimeout(function () {
  console.log('timeout this === t:', this === t, this.constructor.name);
  const im = setImmediate(function () { console.log('immediate this === im:', this === im, this.constructor.name); });
  const iv = setInterval(function () { console.log('interval this === iv:', this === iv); clearInterval(this); }, 1);
}, 1);
