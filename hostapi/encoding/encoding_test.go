package encoding_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/jsloop/jsloop/hostapi/hostapitest"
)

// runJS runs src in a fresh loop with the timers and host bindings (which
// enable this package) and returns what it printed.
func runJS(t *testing.T, src string) string {
	t.Helper()
	var out bytes.Buffer
	l := hostapitest.NewLoop(t, &out, &out)
	if err := l.RunScript(context.Background(), "case.js", "{\n"+src+"\n}"); err != nil {
		t.Fatalf("run: %v\noutput:\n%s", err, out.String())
	}
	return out.String()
}

// nodeCases print what Node v20 prints for the same script (recorded with
// node v20.20.2).
var nodeCases = []struct{ name, src, want string }{
	{"encoding attributes and label normalisation",
		`const e = new TextEncoder(); console.log(e.encoding, new TextDecoder().encoding, new TextDecoder('  LATIN1 ').encoding, new TextDecoder('utf-16').encoding, new TextDecoder('\tUTF8\n').encoding)`,
		"utf-8 utf-8 windows-1252 utf-16le utf-8\n"},
	{"encode UTF-8",
		`console.log(Array.from(new TextEncoder().encode('a\u00e9\u20ac\u{1F600}')).join())`,
		"97,195,169,226,130,172,240,159,152,128\n"},
	{"encode lone surrogates as U+FFFD",
		`console.log(Array.from(new TextEncoder().encode('\uD800')).join(), Array.from(new TextEncoder().encode('a\uDC00b\uD83D')).join(), Array.from(new TextEncoder().encode('\uDE00\uD83D')).join())`,
		"239,191,189 97,239,191,189,98,239,191,189 239,191,189,239,191,189\n"},
	{"encode default, undefined, null and number",
		`console.log(new TextEncoder().encode().length, new TextEncoder().encode(undefined).length, Array.from(new TextEncoder().encode(null)).join(), Array.from(new TextEncoder().encode(12)).join())`,
		"0 0 110,117,108,108 49,50\n"},
	{"encode returns a fresh Uint8Array",
		`const u = new TextEncoder().encode('hi'); console.log(u instanceof Uint8Array, u.buffer.byteLength, u.byteOffset, Object.prototype.toString.call(u))`,
		"true 2 0 [object Uint8Array]\n"},
	{"encodeInto never writes a partial character",
		`const d = new Uint8Array(5); console.log(JSON.stringify(new TextEncoder().encodeInto('a\u20ac\u{1F600}', d)), Array.from(d).join())`,
		"{\"read\":2,\"written\":4} 97,226,130,172,0\n"},
	{"encodeInto a subarray with a lone surrogate",
		`const buf = new Uint8Array(8).fill(9); const r = new TextEncoder().encodeInto('\uD800x\u{1F600}', buf.subarray(2, 6)); console.log(r.read, r.written, buf.join())`,
		"2 4 9,9,239,191,189,120,9,9\n"},
	{"encodeInto result object",
		`const r2 = new TextEncoder().encodeInto('', new Uint8Array(0)); console.log(r2.read, r2.written, Object.keys(r2).join())`,
		"0 0 read,written\n"},
	{"encodeInto rejects Uint16Array",
		`try { new TextEncoder().encodeInto('a', new Uint16Array(2)) } catch (e) { console.log(e.name, e.code, e.message) }`,
		"TypeError ERR_INVALID_ARG_TYPE The \"dest\" argument must be an instance of Uint8Array. Received an instance of Uint16Array\n"},
	{"encodeInto rejects ArrayBuffer",
		`try { new TextEncoder().encodeInto('a', new ArrayBuffer(2)) } catch (e) { console.log(e.name, e.code, e.message) }`,
		"TypeError ERR_INVALID_ARG_TYPE The \"dest\" argument must be an instance of Uint8Array. Received an instance of ArrayBuffer\n"},
	{"encodeInto rejects missing destination",
		`try { new TextEncoder().encodeInto('a') } catch (e) { console.log(e.name, e.code, e.message) }`,
		"TypeError ERR_INVALID_ARG_TYPE The \"dest\" argument must be an instance of Uint8Array. Received undefined\n"},
	{"decode UTF-8 with non-BMP",
		`const td = new TextDecoder(); console.log(td.decode(new Uint8Array([0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80])), td.decode(new Uint8Array([0xF0, 0x9F, 0x98, 0x80])).length)`,
		"\u20ac\U0001f600 2\n"},
	{"decode ArrayBuffer, DataView and views with offsets",
		`const ab = new Uint8Array([0x61, 0x62, 0x63, 0x64]).buffer; const td = new TextDecoder(); console.log(td.decode(ab), td.decode(new DataView(ab, 1, 2)), td.decode(new Uint16Array(ab, 2, 1)), td.decode(new Uint8Array(ab).subarray(3)), td.decode(new Float32Array(ab)).length)`,
		"abcd bc cd d 4\n"},
	{"decode maximal subparts",
		`const td = new TextDecoder(); for (const b of [[0xF0, 0x9F, 0x92], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xF0, 0x9F, 0x41], [0xFF, 0xFE, 0x41], [0xE2, 0x28, 0xA1]]) console.log(JSON.stringify(td.decode(new Uint8Array(b))))`,
		"\"\ufffd\"\n\"\ufffd\ufffd\ufffd\"\n\"\ufffd\ufffd\ufffd\"\n\"\ufffd\ufffd\ufffd\ufffd\"\n\"\ufffd\ufffd\"\n\"\ufffdA\"\n\"\ufffd\ufffdA\"\n\"\ufffd(\ufffd\"\n"},
	{"decode streaming one byte at a time",
		`const td = new TextDecoder(); let s = ''; for (const b of [0xF0, 0x9F, 0x98, 0x80, 0x41, 0xE2, 0x82]) s += td.decode(new Uint8Array([b]), { stream: true }); s += td.decode(); console.log(JSON.stringify(s), s.length)`,
		"\"\U0001f600A\ufffd\" 4\n"},
	{"decode BOM handling",
		`console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x41]))), JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x41]))).length, JSON.stringify(new TextDecoder('utf-16be').decode(new Uint8Array([0xFE, 0xFF, 0, 0x41]))), JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0xFF, 0xFE, 0x41, 0]))))`,
		"\"A\" 4 \"A\" \"A\"\n"},
	{"decode BOM split across streaming calls",
		`const td = new TextDecoder(); const s = td.decode(new Uint8Array([0xEF, 0xBB]), { stream: true }) + td.decode(new Uint8Array([0xBF, 0x41]), { stream: true }) + td.decode(new Uint8Array([0xEF, 0xBB, 0xBF])); console.log(s.length, s.charCodeAt(0), s.charCodeAt(1).toString(16))`,
		"2 65 feff\n"},
	{"decode UTF-16LE surrogates",
		`console.log(JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0x3D, 0xD8, 0x00, 0xDE, 0x00, 0xD8, 0x41, 0x00, 0x00]))))`,
		"\"\U0001f600\ufffdA\ufffd\"\n"},
	{"fatal UTF-8 error",
		`try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xFF])) } catch (e) { console.log(e.name, e.code, e.message, e instanceof TypeError) }`,
		"TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8 true\n"},
	{"fatal UTF-16 error",
		`try { new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xD8])) } catch (e) { console.log(e.name, e.code, e.message) }`,
		"TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-16le\n"},
	{"fatal error does not prevent later decodes",
		`const td = new TextDecoder('utf-8', { fatal: true }); const bytes = new Uint8Array([226, 153, 165]); console.log(td.decode(bytes.subarray(0, 2), { stream: true }) === ''); try { td.decode() } catch (e) { console.log('threw', e.code) } console.log(td.decode(bytes))`,
		"true\nthrew ERR_ENCODING_INVALID_ENCODED_DATA\n\u2665\n"},
	{"unknown label",
		`try { new TextDecoder(' xyz ') } catch (e) { console.log(e.name, e.code, e.message, e instanceof RangeError) }`,
		"RangeError ERR_ENCODING_NOT_SUPPORTED The \" xyz \" encoding is not supported true\n"},
	{"replacement label",
		`try { new TextDecoder('iso-2022-kr') } catch (e) { console.log(e.name, e.code, e.message) }`,
		"RangeError ERR_ENCODING_NOT_SUPPORTED The \"replacement\" encoding is not supported\n"},
	{"null label",
		`try { new TextDecoder(null) } catch (e) { console.log(e.name, e.code, e.message) }`,
		"RangeError ERR_ENCODING_NOT_SUPPORTED The \"null\" encoding is not supported\n"},
	{"options not an object",
		`try { new TextDecoder('utf-8', 5) } catch (e) { console.log(e.name, e.code, e.message) }`,
		"TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type number (5)\n"},
	{"label Symbol",
		`try { new TextDecoder(Symbol('s')) } catch (e) { console.log(e.name, e.message) }`,
		"TypeError Cannot convert a Symbol value to a string\n"},
	{"options coercion",
		`console.log(new TextDecoder('utf-8', null).fatal, new TextDecoder(undefined, { fatal: 1, ignoreBOM: 'yes' }).ignoreBOM, new TextDecoder('utf-8', { fatal: 1 }).fatal)`,
		"false true true\n"},
	{"decode rejects non-buffers",
		`const td = new TextDecoder(); for (const v of ['abc', null, [1], 5, {}]) { try { td.decode(v) } catch (e) { console.log(e.name, e.code, e.message) } }`,
		"TypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.\nTypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.\nTypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.\nTypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.\nTypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.\n"},
	{"decode brand check",
		`try { TextDecoder.prototype.decode.call({}) } catch (e) { console.log(e.name, e.code, e.message) }`,
		"TypeError ERR_INVALID_THIS Value of \"this\" must be of type TextDecoder\n"},
	{"getter brand check",
		`try { Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call(new TextEncoder()) } catch (e) { console.log(e.name, e.code, e.message) }`,
		"TypeError ERR_INVALID_THIS Value of \"this\" must be of type TextDecoder\n"},
	{"encode brand check",
		`try { TextEncoder.prototype.encode.call(new TextDecoder(), 'x') } catch (e) { console.log(e.name, e.code, e.message) }`,
		"TypeError ERR_INVALID_THIS Value of \"this\" must be of type TextEncoder\n"},
	{"TextDecoder without new",
		`try { TextDecoder() } catch (e) { console.log(e.name, e.message) }`,
		"TypeError Class constructor TextDecoder cannot be invoked without 'new'\n"},
	{"TextEncoder without new",
		`try { TextEncoder() } catch (e) { console.log(e.name, e.message) }`,
		"TypeError Class constructor TextEncoder cannot be invoked without 'new'\n"},
	{"inspect",
		`console.log(new TextDecoder('latin1', { fatal: true })); console.log(new TextEncoder()); console.log([new TextDecoder()])`,
		"TextDecoder { encoding: 'windows-1252', fatal: true, ignoreBOM: false }\n{ encoding: 'utf-8' }\n[ TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false } ]\n"},
	{"subclass",
		`class MyDecoder extends TextDecoder {}; const m = new MyDecoder('utf-16be'); console.log(m, m instanceof TextDecoder, m.encoding)`,
		"MyDecoder { encoding: 'utf-16be', fatal: false, ignoreBOM: false } true utf-16be\n"},
	{"prototype members and lengths",
		`console.log(Object.getOwnPropertyNames(TextDecoder.prototype).join(), Object.getOwnPropertyNames(TextEncoder.prototype).join(), TextDecoder.length, TextEncoder.length, TextDecoder.name, TextEncoder.name)`,
		"constructor,decode,encoding,fatal,ignoreBOM constructor,encoding,encode,encodeInto 0 0 TextDecoder TextEncoder\n"},
	{"toStringTag and function lengths",
		`console.log(Object.prototype.toString.call(new TextEncoder()), String(new TextDecoder()), TextEncoder.prototype.encodeInto.length, TextEncoder.prototype.encode.length, TextDecoder.prototype.decode.length, atob.length, btoa.length)`,
		"[object TextEncoder] [object TextDecoder] 2 0 0 1 1\n"},
	{"property descriptors",
		`const p = Object.getOwnPropertyDescriptor(TextDecoder, 'prototype'); const m = Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'decode'); const g = Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding'); console.log(p.writable, p.enumerable, p.configurable, m.writable, m.enumerable, m.configurable, typeof g.get, g.set, g.enumerable, g.configurable, g.get.name)`,
		"false false false true true true function undefined true true get encoding\n"},
	{"global descriptor",
		`const d = Object.getOwnPropertyDescriptor(globalThis, 'TextEncoder'); console.log(typeof d.value, d.writable, d.enumerable, d.configurable)`,
		"undefined undefined false true\n"},
	{"legacy multi-byte decoders",
		`const show = (s) => Array.from(s).map((c) => c.codePointAt(0).toString(16)).join(' '); console.log(show(new TextDecoder('shift_jis').decode(new Uint8Array([0x82, 0xA0, 0x82, 0x20]))), new TextDecoder('gbk').decode(new Uint8Array([0xC4, 0xE3, 0xBA, 0xC3])), new TextDecoder('big5').decode(new Uint8Array([0xA4, 0xA4])), new TextDecoder('euc-kr').decode(new Uint8Array([0xB0, 0xA1])), new TextDecoder('euc-jp').decode(new Uint8Array([0xA4, 0xA2])), new TextDecoder('iso-2022-jp').decode(new Uint8Array([0x1B, 0x24, 0x42, 0x30, 0x21, 0x1B, 0x28, 0x42, 0x41])))`,
		"3042 fffd 20 \u4f60\u597d \u4e2d \uac00 \u3042 \u4e9cA\n"},
	{"atob and btoa",
		`console.log(btoa('hello'), atob('aGVsbG8='), atob(' aGVs\nbG8 '), JSON.stringify(atob('/w==')), btoa('\xff\xfe'), btoa(null), btoa(undefined), btoa(12), atob(null).length, JSON.stringify(atob('')))`,
		"aGVsbG8= hello hello \"\u00ff\" //4= bnVsbA== dW5kZWZpbmVk MTI= 3 \"\"\n"},
	{"atob errors",
		`for (const v of ['a', 'ab=', 'a===', '!', '\u0100', 'abcde', 'ab==c']) { try { atob(v); console.log('ok', v) } catch (e) { console.log(e.name, e.code, e.message) } }`,
		"InvalidCharacterError 5 The string to be decoded is not correctly encoded.\nInvalidCharacterError 5 Invalid character\nInvalidCharacterError 5 Invalid character\nInvalidCharacterError 5 Invalid character\nInvalidCharacterError 5 Invalid character\nInvalidCharacterError 5 The string to be decoded is not correctly encoded.\nInvalidCharacterError 5 Invalid character\n"},
	{"btoa errors",
		`try { btoa('\u0100') } catch (e) { console.log(e.name, e.code, e.message) } try { btoa('a\uD800') } catch (e) { console.log(e.name, e.code, e.message) }`,
		"InvalidCharacterError 5 Invalid character\nInvalidCharacterError 5 Invalid character\n"},
	{"missing arguments",
		`try { atob() } catch (e) { console.log(e.name, e.code, e.message) } try { btoa() } catch (e) { console.log(e.name, e.code, e.message) }`,
		"TypeError ERR_MISSING_ARGS The \"input\" argument must be specified\nTypeError ERR_MISSING_ARGS The \"input\" argument must be specified\n"},
	{"ToString errors propagate",
		`try { btoa(Symbol()) } catch (e) { console.log(e.name, e.message) } try { new TextEncoder().encode(Symbol()) } catch (e) { console.log(e.name, e.message) } try { atob({ toString() { throw new Error('boom') } }) } catch (e) { console.log(e.name, e.message) }`,
		"TypeError Cannot convert a Symbol value to a string\nTypeError Cannot convert a Symbol value to a string\nError boom\n"},
	{"btoa of all Latin-1 code points",
		`let s = ''; for (let i = 0; i < 256; i++) s += String.fromCharCode(i); console.log(btoa(s), atob(btoa(s)) === s)`,
		"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/w== true\n"},
}

func TestLikeNode(t *testing.T) {
	t.Parallel()
	for _, tc := range nodeCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := runJS(t, tc.src); got != tc.want {
				t.Errorf("script:\n%s\ngot:\n%q\nwant (node):\n%q", tc.src, got, tc.want)
			}
		})
	}
}

// specCases follow the Encoding and HTML standards where Node v20 does not
// (each is listed under "Deviation" in the package doc).
var specCases = []struct{ name, src, want string }{
	// Node decodes "windows-1252" (and "ascii", "latin1") as ISO-8859-1.
	{"windows-1252 maps 0x80-0x9F per its index",
		`console.log(Array.from(new TextDecoder('latin1').decode(new Uint8Array([0x80, 0x81, 0x9F, 0xE9]))).map((c) => c.codePointAt(0).toString(16)).join())`,
		"20ac,81,178,e9\n"},
	// Node without full ICU has no x-user-defined.
	{"x-user-defined",
		`console.log(Array.from(new TextDecoder('x-user-defined').decode(new Uint8Array([0x41, 0x80, 0xFF]))).map((c) => c.codePointAt(0).toString(16)).join())`,
		"41,f780,f7ff\n"},
	// WebIDL converts encodeInto's source with ToString; Node requires a string.
	{"encodeInto converts its source to a string",
		`const d = new Uint8Array(4); console.log(JSON.stringify(new TextEncoder().encodeInto(12, d)), d.join())`,
		"{\"read\":2,\"written\":2} 49,50,0,0\n"},
	// WebIDL rejects a non-object dictionary; Node ignores it.
	{"decode options must be an object",
		`try { new TextDecoder().decode(new Uint8Array(1), 5) } catch (e) { console.log(e.name, e.code, e.message) }`,
		"TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type number (5)\n"},
	{"gb18030 four-byte and GB18030-2022 mappings",
		`const s = new TextDecoder('gb18030').decode(new Uint8Array([0x81, 0x35, 0xF4, 0x37, 0x84, 0x31, 0xA4, 0x39, 0x90, 0x30, 0x81, 0x30, 0xA6, 0xD9, 0xFE, 0x59, 0xFE, 0x39, 0xFE, 0x39, 0x81, 0x30, 0xFF])); console.log(Array.from(s).map((c) => c.codePointAt(0).toString(16)).join())`,
		"e7c7,ffff,10000,fe10,9fb4,fffd,fffd,30,fffd\n"},
}

func TestLikeSpec(t *testing.T) {
	t.Parallel()
	for _, tc := range specCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := runJS(t, tc.src); got != tc.want {
				t.Errorf("script:\n%s\ngot:\n%q\nwant:\n%q", tc.src, got, tc.want)
			}
		})
	}
}

// TestLazyGlobals checks that nothing is built before first use and that
// assigning first replaces the global without building it.
func TestLazyGlobals(t *testing.T) {
	t.Parallel()
	got := runJS(t, `
		const d = Object.getOwnPropertyDescriptor(globalThis, 'TextDecoder');
		console.log(typeof d.get, typeof d.value);
		globalThis.atob = 5;
		console.log(atob, typeof TextDecoder, typeof Object.getOwnPropertyDescriptor(globalThis, 'TextDecoder').value);
	`)
	if want := "function undefined\n5 function function\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
