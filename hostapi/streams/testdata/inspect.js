// How the stream objects print, their prototypes and property shapes.
const rs = new ReadableStream();
console.log(rs);
console.log(rs.getReader());
console.log(new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }));
let c;
new ReadableStream({ start(x) { c = x; } });
console.log(c);
let bc;
new ReadableStream({ type: 'bytes', start(x) { bc = x; } });
console.log(bc);
const ws = new WritableStream();
console.log(ws);
console.log(ws.getWriter());
let wc;
new WritableStream({ start(x) { wc = x; } });
console.log(wc);
console.log(new TransformStream());
console.log(new ByteLengthQueuingStrategy({ highWaterMark: 3 }), new CountQueuingStrategy({ highWaterMark: 3 }));
console.log(new TextEncoderStream());
console.log(new TextDecoderStream());
console.log(Object.prototype.toString.call(rs), String(rs), `${ws}`);
console.log(Object.getOwnPropertyNames(ReadableStream.prototype));
console.log(Object.getOwnPropertyNames(ReadableStreamDefaultReader.prototype));
console.log(Object.getOwnPropertyNames(ReadableStreamBYOBReader.prototype));
console.log(Object.getOwnPropertyNames(ReadableByteStreamController.prototype));
console.log(Object.getOwnPropertyNames(WritableStreamDefaultWriter.prototype));
console.log(Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked'));
console.log(Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'cancel'));
console.log(ReadableStream.length, WritableStream.length, TransformStream.length, ReadableStream.prototype.pipeTo.length,
  ReadableStream.from.length, ReadableStreamBYOBReader.prototype.read.length);
console.log(Object.keys(rs), JSON.stringify(rs));
for (const name of ['ReadableStreamDefaultController', 'ReadableByteStreamController', 'ReadableStreamBYOBRequest',
  'WritableStreamDefaultController', 'TransformStreamDefaultController']) {
  try {
    new globalThis[name]();
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
try {
  ReadableStream();
} catch (e) {
  console.log(e.name);
}
try {
  Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call({});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
ReadableStream.prototype.cancel.call(ws).catch((e) => console.log(e.name, e.code, e.message));
class MyStream extends ReadableStream {
  constructor() {
    super({ start(c) { c.enqueue('sub'); c.close(); } });
  }
}
const mine = new MyStream();
mine.getReader().read().then((r) => console.log(mine instanceof ReadableStream, r));
