// Event-loop related globals exist as functions and, as in Node, are enumerable writable own properties of globalThis.
for (const k of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, k);
  console.log(k, typeof globalThis[k], d && d.enumerable, d && d.writable, globalThis[k].name);
}
console.log('process', typeof process, 'console', typeof console);
console.log('setTimeout.length', setTimeout.length, 'setImmediate.length', setImmediate.length, 'queueMicrotask.length', queueMicrotask.length);
