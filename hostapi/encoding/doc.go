// Package encoding installs TextEncoder, TextDecoder, atob and btoa on a
// jsloop.Loop, and gives Go code (the streams and fetch packages) the same
// decoders and encoder.
//
// Specifications: the WHATWG Encoding Standard
// (https://encoding.spec.whatwg.org/) for TextEncoder, TextDecoder and every
// encoding, and the HTML Standard's atob/btoa
// (https://html.spec.whatwg.org/multipage/webappapis.html#atob) with Infra's
// forgiving-base64 (https://infra.spec.whatwg.org/#forgiving-base64).
// Node v20 is the reference for the error classes, codes and messages.
//
// # Globals
//
//   - TextEncoder: encoding, encode(input = ""), encodeInto(source,
//     destination). Input is converted to a USVString: lone surrogates
//     become U+FFFD.
//   - TextDecoder(label = "utf-8", {fatal, ignoreBOM}): encoding, fatal,
//     ignoreBOM, decode(input, {stream}). Every label of the standard;
//     input is an ArrayBuffer, a typed array or a DataView (only the viewed
//     bytes are read).
//   - atob(data), btoa(data).
//
// Each global is built on first use (jsloop.Loop.DefineLazyGlobal): a
// script that uses none of them pays nothing at start-up.
//
// # Errors
//
//   - An unknown label, or one of the replacement encoding: RangeError
//     [ERR_ENCODING_NOT_SUPPORTED] `The "xyz" encoding is not supported`.
//   - Invalid input to a fatal decoder: TypeError with code
//     ERR_ENCODING_INVALID_ENCODED_DATA, `The encoded data was not valid for
//     encoding utf-8`.
//   - A decode input that is no buffer: TypeError with code
//     ERR_INVALID_ARG_TYPE (Node's message, which names "list").
//   - A method called on the wrong object: TypeError [ERR_INVALID_THIS].
//   - atob on input that is not forgiving-base64, btoa on a code point above
//     U+00FF: DOMException InvalidCharacterError (Node's messages "Invalid
//     character" and "The string to be decoded is not correctly encoded.").
//     DOMException belongs to package dom and is looked up on the global
//     object when the error is thrown; without it the error is an Error with
//     the same name, message and code 5.
//   - atob() and btoa() without an argument: TypeError [ERR_MISSING_ARGS].
//
// # Go API
//
// Decoder (NewDecoder, Decode, Encoding) is a TextDecoder without the VM:
// streaming, BOM handling and fatal mode included; it returns valid UTF-8
// Go strings, which vm.ToValue turns into JS strings with non-BMP
// characters as surrogate pairs. DecodeUTF8 is the standard's "UTF-8
// decode" (what Body.text() needs). EncodeUTF8 converts a JS value to a
// USVString's UTF-8 bytes, and StreamEncoder does so across chunks whose
// surrogate pairs may be split (TextEncoderStream).
//
// # Implementation
//
// All the work is done in Go over byte slices. UTF-8 decoding copies runs of
// valid input and runs the standard's byte-wise algorithm only from an
// invalid sequence to the next boundary, so the U+FFFD count is the
// standard's (one per maximal subpart). The single-byte tables and the
// indexes of the multi-byte encodings come from golang.org/x/text (generated
// from the standard's index files), read once on first use and patched where
// x/text leaves entries out (the C1 controls of the single-byte indexes;
// gb18030's Private Use Area mappings and its GB18030-2022 changes); they
// match the standard's index files entry for entry. The multi-byte decoders
// themselves are the standard's algorithms, not x/text's, whose error
// handling differs.
//
// # Deviations
//
// Deviation: goja has no SharedArrayBuffer and no Float16Array, so neither
// is accepted (the WPT subtests that use them fail).
//
// Deviation (from Node, following the standard): "windows-1252" (also
// "latin1", "ascii") decodes 0x80-0x9F per its index (0x80 is U+20AC) where
// Node decodes ISO-8859-1; x-user-defined is supported; the legacy
// multi-byte decoders are the standard's, not ICU's; encodeInto converts
// its source with ToString where Node throws for a non-string; decode()
// with options that are not an object, undefined or null throws a TypeError
// where Node ignores them.
//
// Deviation: atob and btoa are writable, non-enumerable data properties of
// the global object; Node defines enumerable accessors.
//
// Deviation: a fatal error during a streaming decode() ends the stream; the
// next call starts afresh (the standard keeps the rest of the I/O queue).
//
// Deviation: TextEncoder and TextDecoder keep their Go side in a
// non-enumerable symbol-keyed own property (Node has several such symbols
// too), and their constructors are small JS functions (a goja native
// constructor cannot tell `new C()` from `C()`), so stack traces show a
// frame in "jsloop:encoding".
package encoding
