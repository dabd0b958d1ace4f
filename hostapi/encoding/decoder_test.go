package encoding_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi/encoding"
	"github.com/jsloop/jsloop/jsloop"
)

func TestNewDecoderLabels(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ label, want string }{
		{"utf-8", "utf-8"},
		{"UTF8", "utf-8"},
		{" \t\n\f\runicode-1-1-utf-8 \r", "utf-8"},
		{"utf-16", "utf-16le"},
		{"UTF-16BE", "utf-16be"},
		{"latin1", "windows-1252"},
		{"ascii", "windows-1252"},
		{"iso-8859-1", "windows-1252"},
		{"iso-8859-8-i", "iso-8859-8-i"},
		{"sjis", "shift_jis"},
		{"x-gbk", "gbk"},
		{"gb18030", "gb18030"},
		{"big5-hkscs", "big5"},
		{"ks_c_5601-1987", "euc-kr"},
		{"csiso2022jp", "iso-2022-jp"},
		{"x-user-defined", "x-user-defined"},
		{"x-mac-ukrainian", "x-mac-cyrillic"},
		// Failures: unknown, replacement, non-ASCII whitespace or case folding.
		{"utf-7", ""},
		{"", ""},
		{"replacement", ""},
		{"iso-2022-kr", ""},
		{"\vutf-8", ""},
		{"utf-8\u00a0", ""},
		{"\u212Aoi8-r", ""}, // KELVIN SIGN folds to k in Unicode, not in ASCII
		{"utf\u00008", ""},
	} {
		d, err := encoding.NewDecoder(tc.label, false, false)
		if tc.want == "" {
			var ue *encoding.UnsupportedError
			if !errors.As(err, &ue) {
				t.Errorf("NewDecoder(%q) = %v, %v; want *UnsupportedError", tc.label, d, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("NewDecoder(%q): %v", tc.label, err)
			continue
		}
		if d.Encoding() != tc.want {
			t.Errorf("NewDecoder(%q).Encoding() = %q, want %q", tc.label, d.Encoding(), tc.want)
		}
	}
}

func TestUnsupportedErrorLabel(t *testing.T) {
	t.Parallel()
	_, err := encoding.NewDecoder(" Bogus ", false, false)
	if ue, ok := err.(*encoding.UnsupportedError); !ok || ue.Label != " Bogus " {
		t.Errorf("err = %#v, want Label %q", err, " Bogus ")
	}
	_, err = encoding.NewDecoder("ISO-2022-KR", false, false)
	if ue, ok := err.(*encoding.UnsupportedError); !ok || ue.Label != "replacement" {
		t.Errorf("err = %#v, want Label \"replacement\"", err)
	}
}

// call is one Decode call of a decodeCase.
type call struct {
	in     string
	stream bool
	want   string
	err    bool
}

func TestDecode(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, label string
		fatal, bom  bool
		calls       []call
	}{
		{name: "utf-8 valid", label: "utf-8", calls: []call{{in: "h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", want: "hé€😀"}}},
		// Maximal subparts (WPT textdecoder-eof, textdecoder-streaming).
		{name: "utf-8 truncated", label: "utf-8", calls: []call{{in: "\xf0\x9f\x92", want: "\ufffd"}}},
		{name: "utf-8 bad second", label: "utf-8", calls: []call{{in: "\xf0\x9f\x41", want: "\ufffdA"}}},
		{name: "utf-8 overlong", label: "utf-8", calls: []call{{in: "\xe0\x80\x80", want: "\ufffd\ufffd\ufffd"}}},
		{name: "utf-8 surrogate", label: "utf-8", calls: []call{{in: "\xed\xa0\x80", want: "\ufffd\ufffd\ufffd"}}},
		{name: "utf-8 above U+10FFFF", label: "utf-8", calls: []call{{in: "\xf4\x90\x80\x80", want: "\ufffd\ufffd\ufffd\ufffd"}}},
		{name: "utf-8 invalid leads", label: "utf-8", calls: []call{{in: "\xc0\xc1\xf5\xff\x80", want: "\ufffd\ufffd\ufffd\ufffd\ufffd"}}},
		{name: "utf-8 U+FFFD itself", label: "utf-8", fatal: true, calls: []call{{in: "\xef\xbf\xbd", want: "\ufffd"}}},
		{name: "utf-8 streaming", label: "utf-8", calls: []call{
			{in: "\xf0\x9f", stream: true, want: ""},
			{in: "\x98", stream: true, want: ""},
			{in: "\x80a\xe2", stream: true, want: "😀a"},
			{in: "", want: "\ufffd"},
		}},
		{name: "utf-8 error found early while streaming", label: "utf-8", calls: []call{
			{in: "\xf0\x41", stream: true, want: "\ufffdA"},
			{in: "\xe0\x80", stream: true, want: "\ufffd\ufffd"},
			{in: "\x80", want: "\ufffd"},
		}},
		{name: "utf-8 BOM once per stream", label: "utf-8", calls: []call{
			{in: "\xef\xbb", stream: true, want: ""},
			{in: "\xbfA\xef\xbb\xbf", stream: true, want: "A\ufeff"},
			{in: "", want: ""},
			{in: "\xef\xbb\xbfB", want: "B"},
		}},
		{name: "utf-8 ignoreBOM", label: "utf-8", bom: true, calls: []call{{in: "\xef\xbb\xbfA", want: "\ufeffA"}}},
		{name: "utf-8 fatal", label: "utf-8", fatal: true, calls: []call{
			{in: "ok", want: "ok"},
			{in: "\xe2\x99", stream: true, want: ""},
			{in: "", err: true},
			{in: "\xe2\x99\xa5", want: "♥"},
			{in: "a\xff", err: true},
		}},
		{name: "utf-16le", label: "utf-16le", calls: []call{{in: "\xff\xfez\x00\xa2\x004l=\xd8\x1e\xdd", want: "z¢水\U0001f51e"}}},
		{name: "utf-16be", label: "utf-16be", calls: []call{{in: "\xfe\xff\x00z\xd8=\xdd\x1e", want: "z\U0001f51e"}}},
		{name: "utf-16le lone and swapped surrogates", label: "utf-16le", calls: []call{
			{in: "\x00\xd8\x00\x00\x00\xdc\x00\xd8", want: "\ufffd\x00\ufffd\ufffd"},
		}},
		{name: "utf-16le odd byte streaming", label: "utf-16le", fatal: true, calls: []call{
			{in: "A", stream: true, want: ""},
			{in: "\x00B", stream: true, want: "A"},
			{in: "\x00=\xd8", stream: true, want: "B"},
			{in: "\x00\xde", want: "😀"},
			{in: "\x00", err: true},
		}},
		{name: "windows-1252", label: "windows-1252", calls: []call{{in: "\x80\x81\xe9A", want: "€\u0081éA"}}},
		{name: "windows-1253 unmapped", label: "windows-1253", calls: []call{{in: "\xaa\xd2A", want: "\ufffd\ufffdA"}}},
		{name: "windows-1253 fatal", label: "windows-1253", fatal: true, calls: []call{{in: "\xaa", err: true}, {in: "\xe1", want: "α"}}},
		{name: "ibm866", label: "866", calls: []call{{in: "\x80\xff", want: "А\u00a0"}}},
		{name: "x-user-defined", label: "x-user-defined", calls: []call{{in: "A\x80\xff", want: "A\uf780\uf7ff"}}},
		// The ASCII byte after a bad lead is read again (not "masked").
		{name: "shift_jis", label: "shift_jis", calls: []call{{in: "\x82\xa0\x82\x22\xa1\x80\xf0\x40", want: "あ\ufffd\"｡\u0080\ue000"}}},
		{name: "shift_jis streaming", label: "shift_jis", calls: []call{{in: "\x82", stream: true, want: ""}, {in: "\xa0", want: "あ"}}},
		{name: "euc-jp", label: "euc-jp", calls: []call{{in: "\xa4\xa2\x8e\xb1\x8f\xb0\xa1\xa4A\xa4\xff", want: "あｱ丂\ufffdA\ufffd"}}},
		{name: "euc-kr", label: "euc-kr", calls: []call{{in: "\xb0\xa1\x81\x41\xc1\x7e", want: "가갂\ufffd~"}}},
		{name: "big5", label: "big5", calls: []call{{in: "\xa4\xa4\x88\x62\x88\x64\xa4\x30", want: "中\u00ca\u0304\u00ca\u030c\ufffd0"}}},
		{name: "gbk", label: "gbk", calls: []call{{in: "\xc4\xe3\xba\xc3\x80", want: "你好€"}}},
		// WPT encoding/legacy-mb-schinese/gb18030/gb18030-decoder.any.js.
		{name: "gb18030", label: "gb18030", calls: []call{
			{in: "\x81\x28", want: "\ufffd("},
			{in: "\x81\x7f", want: "\ufffd\x7f"},
			{in: "\xfe\xfe", want: "\ue4c5"},
			{in: "\x81\x30\xfe", want: "\ufffd"},
			{in: "\x81\x30\xff", want: "\ufffd0\ufffd"},
			{in: "\x81\x30\xfe\x29", want: "\ufffd0\ufffd)"},
			{in: "\xfe\x39\xfe\x39", want: "\ufffd"},
			{in: "\x81\x35\xf4\x36\x81\x35\xf4\x37\x81\x35\xf4\x38", want: "\u1e3e\ue7c7\u1e40"},
			{in: "\x84\x31\xa4\x39\x84\x31\xa5\x30", want: "\uffff\ufffd"},
			{in: "\x90\x30\x81\x30\xe3\x32\x9a\x35\xe3\x32\x9a\x36", want: "\U00010000\U0010ffff\ufffd"},
			{in: "\x83\x36\xc8\x30\xa1\xad\xa1\xab", want: "\ue7c8\u2026\uff5e"},
		}},
		{name: "gb18030 fatal U+FFFD", label: "gb18030", fatal: true, calls: []call{{in: "\x84\x31\xa4\x37", want: "\ufffd"}, {in: "\x81", err: true}}},
		// WPT encoding/iso-2022-jp-decoder.any.js (some of it).
		{name: "iso-2022-jp", label: "iso-2022-jp", calls: []call{
			{in: "\x1b$", want: "\ufffd$"},
			{in: "\x1b(BP", want: "P"},
			{in: "\x1b(B\x1b(BP", want: "\ufffdP"},
			{in: "\x1b(J\\]~", want: "¥]‾"},
			{in: "\x1b(IP", want: "ﾐ"},
			{in: "\x1b$@PP", want: "佩"},
			{in: "\x1b$@\x1b$@", want: "\ufffd"},
			{in: "\x1b$@P\x20", want: "\ufffd"},
			{in: "\x0d\x0e\x0f\x10", want: "\r\ufffd\ufffd\x10"},
			{in: "P\x1b", want: "P\ufffd"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := encoding.NewDecoder(tc.label, tc.fatal, tc.bom)
			if err != nil {
				t.Fatal(err)
			}
			if d.Fatal() != tc.fatal || d.IgnoreBOM() != tc.bom {
				t.Errorf("Fatal, IgnoreBOM = %v, %v", d.Fatal(), d.IgnoreBOM())
			}
			for i, c := range tc.calls {
				got, err := d.Decode([]byte(c.in), c.stream)
				if c.err {
					var ie *encoding.InvalidDataError
					if !errors.As(err, &ie) || ie.Encoding != d.Encoding() {
						t.Errorf("call %d: Decode(%q) = %q, %v; want *InvalidDataError", i, c.in, got, err)
					}
					continue
				}
				if err != nil || got != c.want {
					t.Errorf("call %d: Decode(%q, %v) = %q, %v; want %q", i, c.in, c.stream, got, err, c.want)
				}
			}
		})
	}
}

func TestDecodeUTF8(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"\xef\xbb\xbfbom", "bom"},
		{"\xef\xbb\xbf\xef\xbb\xbftwo", "\ufefftwo"},
		{"a\xffb\xf0\x9f\x92", "a\ufffdb\ufffd"},
	} {
		if got := encoding.DecodeUTF8([]byte(tc.in)); got != tc.want {
			t.Errorf("DecodeUTF8(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDecodeDoesNotRetainInput(t *testing.T) {
	t.Parallel()
	for _, label := range []string{"utf-8", "utf-16le", "shift_jis"} {
		d, _ := encoding.NewDecoder(label, false, false)
		in := []byte("abcd")
		s, _ := d.Decode(in, false)
		copy(in, "wxyz")
		if s2, _ := d.Decode([]byte("abcd"), false); s != s2 {
			t.Errorf("%s: output changed with the input: %q, then %q", label, s, s2)
		}
	}
}

func TestEncodeUTF8(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	for _, tc := range []struct{ src, want string }{
		{`'abc'`, "abc"},
		{`'é€😀'`, "é€😀"},
		{`'\uD800'`, "\ufffd"},
		{`'a\uDC00\uD83D\uDE00\uD83D'`, "a\ufffd😀\ufffd"},
		{`12.5`, "12.5"},
		{`null`, "null"},
		{`({ toString() { return 'obj' } })`, "obj"},
		{`'x'.repeat(40) + '\uD800'`, strings.Repeat("x", 40) + "\ufffd"},
	} {
		v, err := vm.RunString(tc.src)
		if err != nil {
			t.Fatal(err)
		}
		if got := encoding.EncodeUTF8(vm, v); string(got) != tc.want {
			t.Errorf("EncodeUTF8(%s) = %q, want %q", tc.src, got, tc.want)
		}
	}
	// A Go string with invalid UTF-8 is what JS sees: one U+FFFD per bad byte.
	if got := encoding.EncodeUTF8(vm, vm.ToValue("a\xffb\xc3")); string(got) != "a\ufffdb\ufffd" {
		t.Errorf("EncodeUTF8(invalid Go string) = %q", got)
	}
	func() {
		defer func() {
			r := recover()
			if ex, ok := r.(*goja.Object); !ok || ex.Get("name").String() != "TypeError" {
				t.Errorf("EncodeUTF8(Symbol) panicked with %v, want a TypeError", r)
			}
		}()
		sym, _ := vm.RunString(`Symbol('s')`)
		encoding.EncodeUTF8(vm, sym)
	}()
}

func TestStreamEncoder(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	chunks, err := vm.RunString(`['a\uD83D', '\uDE00b\uD800', 'c', '\uDBFF']`)
	if err != nil {
		t.Fatal(err)
	}
	var e encoding.StreamEncoder
	var out []byte
	o := chunks.(*goja.Object)
	for i := 0; i < 4; i++ {
		out = append(out, e.Encode(vm, o.Get(string(rune('0'+i))))...)
	}
	out = append(out, e.Flush()...)
	if want := "a😀b\ufffdc\ufffd"; string(out) != want {
		t.Errorf("got %q, want %q", out, want)
	}
	if e.Flush() != nil {
		t.Error("second Flush returned bytes")
	}
}

func TestErrorsJSValue(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	for _, tc := range []struct {
		err                 jsloop.JSError
		name, code, message string
	}{
		{&encoding.UnsupportedError{Label: "xyz"}, "RangeError", "ERR_ENCODING_NOT_SUPPORTED", `The "xyz" encoding is not supported`},
		{&encoding.InvalidDataError{Encoding: "utf-16le"}, "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-16le"},
	} {
		o := tc.err.JSValue(vm).(*goja.Object)
		if o.Get("name").String() != tc.name || o.Get("code").String() != tc.code || o.Get("message").String() != tc.message {
			t.Errorf("%T: got %s [%s] %s", tc.err, o.Get("name"), o.Get("code"), o.Get("message"))
		}
	}
}

// refUTF8 is the Encoding Standard's UTF-8 decoder run byte by byte, with
// none of the fast paths: the oracle for FuzzDecode.
func refUTF8(in []byte) string {
	var out strings.Builder
	var cp rune
	need, seen := 0, 0
	lower, upper := byte(0x80), byte(0xBF)
	for i := 0; i <= len(in); i++ {
		if i == len(in) {
			if need != 0 {
				out.WriteRune(utf8.RuneError)
			}
			break
		}
		b := in[i]
		if need == 0 {
			switch {
			case b < 0x80:
				out.WriteByte(b)
			case 0xC2 <= b && b <= 0xDF:
				need, cp = 1, rune(b&0x1F)
			case 0xE0 <= b && b <= 0xEF:
				if b == 0xE0 {
					lower = 0xA0
				}
				if b == 0xED {
					upper = 0x9F
				}
				need, cp = 2, rune(b&0xF)
			case 0xF0 <= b && b <= 0xF4:
				if b == 0xF0 {
					lower = 0x90
				}
				if b == 0xF4 {
					upper = 0x8F
				}
				need, cp = 3, rune(b&0x7)
			default:
				out.WriteRune(utf8.RuneError)
			}
			continue
		}
		if b < lower || b > upper {
			cp, need, seen = 0, 0, 0
			lower, upper = 0x80, 0xBF
			out.WriteRune(utf8.RuneError)
			i-- // prepend
			continue
		}
		lower, upper = 0x80, 0xBF
		cp = cp<<6 | rune(b&0x3F)
		seen++
		if seen == need {
			out.WriteRune(cp)
			cp, need, seen = 0, 0, 0
		}
	}
	return out.String()
}

var fuzzLabels = []string{"utf-8", "utf-16le", "utf-16be", "gb18030", "big5", "euc-jp", "iso-2022-jp", "shift_jis", "euc-kr", "windows-1253"}

// FuzzDecode checks, for the UTF-8 and UTF-16 decoders and the legacy ones,
// that decoding never panics and gives valid UTF-8, that streaming the
// input in arbitrary pieces gives what one call gives, that fatal mode
// fails exactly when the output needed U+FFFD (or gives the same text),
// and for UTF-8 that the fast paths agree with the byte-wise standard
// algorithm.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "abc", "\xf0\x9f\x98\x80", "\xf0\x9f\x92", "\xe0\x80\x80", "\xed\xa0\x80\xed\xb0\x80", "\xef\xbb\xbfx",
		"\x00\xd8\x00\xdc", "\x3d\xd8\x00\xde", "\x1b$B0!\x1b(B", "\x81\x30\x81\x30", "\x88\x62\x88\x64"} {
		for i := range fuzzLabels {
			f.Add([]byte(s), uint8(i), []byte{1, 2, 3})
		}
	}
	f.Fuzz(func(t *testing.T, in []byte, which uint8, cuts []byte) {
		label := fuzzLabels[int(which)%len(fuzzLabels)]
		d, err := encoding.NewDecoder(label, false, false)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := d.Decode(in, false)
		if err != nil {
			t.Fatalf("non-fatal Decode returned %v", err)
		}
		if !utf8.ValidString(whole) {
			t.Fatalf("%s: invalid UTF-8 output %q", label, whole)
		}
		if label == "utf-8" {
			if want := refUTF8(bytes.TrimPrefix(in, []byte("\xef\xbb\xbf"))); whole != want {
				t.Fatalf("utf-8 %q: got %q, the standard's algorithm gives %q", in, whole, want)
			}
		}
		// The same decoder, streaming the input in pieces.
		var streamed strings.Builder
		rest := in
		for _, c := range cuts {
			n := int(c) % (len(rest) + 1)
			s, err := d.Decode(rest[:n], true)
			if err != nil {
				t.Fatal(err)
			}
			streamed.WriteString(s)
			rest = rest[n:]
		}
		s, _ := d.Decode(rest, false)
		streamed.WriteString(s)
		if streamed.String() != whole {
			t.Fatalf("%s %q cut at %v: streaming gives %q, one call %q", label, in, cuts, streamed.String(), whole)
		}
		fd, _ := encoding.NewDecoder(label, true, false)
		fs, err := fd.Decode(in, false)
		switch {
		case err == nil && fs != whole:
			t.Fatalf("%s %q: fatal gives %q, non-fatal %q", label, in, fs, whole)
		case err != nil && !strings.ContainsRune(whole, utf8.RuneError):
			t.Fatalf("%s %q: fatal fails but non-fatal output %q has no U+FFFD", label, in, whole)
		}
		// The decoder starts afresh after an error or the end of a stream.
		if again, err2 := fd.Decode(in, false); again != fs || (err == nil) != (err2 == nil) {
			t.Fatalf("%s %q: fatal decoding again gives %q, %v; first %q, %v", label, in, again, err2, fs, err)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	ascii := []byte(strings.Repeat("abcdefghijklmnopqrstuvwxyz", 40000))
	mixed := []byte(strings.Repeat("héllo wörld €😀 ", 50000))
	broken := append([]byte(nil), mixed...)
	broken[5] = 0xFF
	for _, bc := range []struct {
		name, label string
		in          []byte
	}{
		{"utf-8/ascii", "utf-8", ascii},
		{"utf-8/mixed", "utf-8", mixed},
		{"utf-8/invalid", "utf-8", broken},
		{"utf-16le", "utf-16le", ascii},
		{"windows-1252", "windows-1252", mixed},
		{"shift_jis", "shift_jis", mixed},
		{"gb18030", "gb18030", mixed},
	} {
		b.Run(bc.name, func(b *testing.B) {
			d, _ := encoding.NewDecoder(bc.label, false, false)
			b.SetBytes(int64(len(bc.in)))
			for i := 0; i < b.N; i++ {
				if _, err := d.Decode(bc.in, false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
