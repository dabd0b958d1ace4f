// Package streams installs the WHATWG Streams Standard
// (https://streams.spec.whatwg.org) on a jsloop.Loop, and gives Go code the
// byte streams fetch bodies are made of.
//
// # Globals
//
// ReadableStream (with from, tee, pipeTo, pipeThrough, values and
// [Symbol.asyncIterator]), ReadableStreamDefaultReader,
// ReadableStreamBYOBReader, ReadableStreamDefaultController,
// ReadableByteStreamController, ReadableStreamBYOBRequest, WritableStream,
// WritableStreamDefaultWriter, WritableStreamDefaultController,
// TransformStream, TransformStreamDefaultController,
// ByteLengthQueuingStrategy, CountQueuingStrategy, and the Encoding
// Standard's TextEncoderStream and TextDecoderStream.
//
// Each is defined lazily (Loop.DefineLazyGlobal): the implementation,
// streams.js, is compiled once per process and instantiated on a loop the
// first time a script reads one of the names. It follows the spec's
// abstract operations step by step, under their names, so its promise
// reactions and microtask order are the spec's (and Node 20's: the test
// cases in testdata are recorded from Node). Errors carry Node's codes and
// messages (TypeError [ERR_INVALID_STATE]: Invalid state: ReadableStream is
// locked). TextEncoderStream and TextDecoderStream use the global
// TextEncoder and TextDecoder, and pipeTo's signal option and
// WritableStreamDefaultController.signal the global AbortSignal and
// AbortController, all looked up when used.
//
// # Go API
//
// NewReadable makes a byte stream fed from Go with backpressure: a Source's
// Pull is called when the stream wants data and answers, now or later from
// a Reservation's Settle, through the Controller. ReadAll reads any
// ReadableStream to its end and GoReader reads it chunk by chunk (request
// bodies). IsReadableStream, Locked, Disturbed, Tee and Cancel are the
// spec's hooks for other specifications. Everything runs on the loop
// goroutine.
//
// # Deviations
//
// Deviation: goja has no async generators, so the async iterator of
// values() inherits from a stand-in for %AsyncIteratorPrototype% (an object
// whose [Symbol.asyncIterator] returns this), not the engine's.
//
// Deviation: ReadableStream.from iterates a string by code point, as Node 20
// and the WPT snapshot do; the 2026 spec, converting to async_sequence,
// throws a TypeError.
//
// Deviation: pipeTo registers its abort algorithm as an 'abort' event
// listener on the signal (as Node does), so it runs in listener order
// rather than before all listeners.
//
// Deviation: WritableStreamDefaultController's AbortController is created
// when signal is first read (already aborted if the stream was aborted
// before); without a global AbortController, signal is undefined.
//
// Deviation: where Node's message embeds util.inspect of an arbitrary
// object, the message here is shorter ("Received an instance of Foo").
// The async iterator's results are { value, done } in that order, also from
// return() (Node builds { done, value } there); write() after close()
// rejects with a TypeError (Node 20 fails an internal assertion).
//
// Not implemented: transferring streams (postMessage, structuredClone with
// transfer), the tentative 'owning' stream type. goja has no
// SharedArrayBuffer, so views over one are not accepted.
package streams
