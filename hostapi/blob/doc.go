// Package blob installs Blob, File (W3C File API,
// https://w3c.github.io/FileAPI/) and FormData (XHR Standard,
// https://xhr.spec.whatwg.org/#interface-formdata) on a jsloop.Loop, with
// Node 20's errors (undici's for FormData) and util.inspect output, and
// encodes and parses multipart/form-data bodies for fetch.
//
// Globals (lazy: built when a script first reads one): Blob, File,
// FormData.
//
// A Blob's bytes live in Go as an immutable []byte: slice shares them, a
// Blob part of another Blob is not copied, and nothing crosses into JS
// until text(), arrayBuffer(), bytes() or stream() reads it.
// Blob.prototype.stream returns a ReadableStream of Uint8Array chunks
// (64 KiB at most) made with the global ReadableStream looked up at call
// time: a byte stream (BYOB readers work) when the implementation accepts
// type: 'bytes', a default stream otherwise.
//
// # Go API
//
// For fetch and other bindings: Bytes and File (read a Blob or File), New
// and NewFile (make one), Entry, FileData, Entries and NewFormData
// (FormData bodies), EncodeMultipart and ParseMultipart
// (multipart/form-data, errors wrapping ErrMultipart).
//
// # Deviations
//
// Deviation: File has webkitRelativePath (always ""), as the File API
// says; Node 20's File has none.
//
// Deviation: endings: 'native' turns a lone CR into LF too, as the File
// API's "convert line endings to native" says; Node keeps it.
//
// Deviation: slice's arguments are converted as WebIDL's [Clamp] long
// long (1.5 becomes 2); Node 20 aborts the process on a fraction.
//
// Deviation: the Blob constructor converts blobParts before looking at
// options and reads options.endings before options.type (WebIDL's
// order, which WPT checks); Node validates options first and reads type
// first.
//
// Deviation: Blob.stream() enqueues chunks of up to 64 KiB whatever the
// parts; Node enqueues one chunk per part.
//
// Deviation: EncodeMultipart gives every file part a filename parameter,
// "" included, as the HTML Standard and browsers do; undici omits an
// empty one. Its boundary is "----formdata-jsloop-" and 32 random hex
// digits.
//
// Deviation: instances keep their state under an unregistered symbol, so
// Object.getOwnPropertySymbols(blob) has one entry; Node's Blob has
// enumerable symbol keys of its own.
package blob
