package encoding

import (
	"reflect"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// toJSString is ECMAScript ToString: a Symbol is a TypeError (goja's
// Value.ToString returns a Symbol unchanged) and an object's toString or
// valueOf runs, and may throw. Loop goroutine only.
func toJSString(vm *goja.Runtime, v goja.Value) goja.String {
	if _, ok := v.(*goja.Symbol); ok {
		panic(vm.NewTypeError("Cannot convert a Symbol value to a string"))
	}
	s := v.ToString()
	if str, ok := s.(goja.String); ok {
		return str
	}
	if _, ok := s.(*goja.Symbol); ok {
		panic(vm.NewTypeError("Cannot convert a Symbol value to a string"))
	}
	return vm.ToValue(s.String()).(goja.String)
}

// unicodeStringType is the dynamic type goja gives a string with code
// units above 0x7F (UTF-16 inside). Its String method decodes through a
// []rune, four times slower than reading the code units; the other string
// types (ASCII, or a Go string not yet scanned) give their bytes for free.
var unicodeStringType = reflect.TypeOf(goja.StringFromUTF16([]uint16{0x100}))

func isUTF16String(s goja.String) bool { return reflect.TypeOf(s) == unicodeStringType }

// usvBytes returns the UTF-8 of s as a USVString: every lone surrogate
// becomes U+FFFD. A string that came from Go as invalid UTF-8 (goja shows
// each bad byte as U+FFFD) is repaired the same way.
func usvBytes(s goja.String) []byte {
	if isUTF16String(s) {
		n := s.Length()
		out := make([]byte, 0, n+n/2+4)
		for i := 0; i < n; i++ {
			c := s.CharAt(i)
			if c < utf8.RuneSelf {
				out = append(out, byte(c))
				continue
			}
			r := rune(c)
			if 0xD800 <= c && c <= 0xDFFF {
				r = utf8.RuneError
				if c <= 0xDBFF && i+1 < n {
					if d := s.CharAt(i + 1); 0xDC00 <= d && d <= 0xDFFF {
						r = 0x10000 + (rune(c)-0xD800)<<10 + rune(d) - 0xDC00
						i++
					}
				}
			}
			out = utf8.AppendRune(out, r)
		}
		return out
	}
	str := s.String()
	if utf8.ValidString(str) {
		return []byte(str)
	}
	b := make([]byte, 0, len(str)+8)
	for _, r := range str {
		b = utf8.AppendRune(b, r)
	}
	return b
}

// EncodeUTF8 converts v to a USVString (ECMAScript ToString, then every
// lone surrogate to U+FFFD) and returns its UTF-8 encoding: what
// TextEncoder.encode does and what fetch uses for a string body. A Symbol
// panics with a JS TypeError, and a throwing toString panics with its
// exception, as in any host function: call it from one wrapped with
// jsloop.Loop.Func. Loop goroutine only.
func EncodeUTF8(vm *goja.Runtime, v goja.Value) []byte {
	return usvBytes(toJSString(vm, v))
}

// encodeInto is TextEncoder.encodeInto's "encode into": it writes the
// UTF-8 of s into dst, whole characters only, and returns the UTF-16 code
// units read and the bytes written.
func encodeInto(s goja.String, dst []byte) (read, written int) {
	if !isUTF16String(s) {
		return encodeIntoUTF8(usvString(s), dst)
	}
	n := s.Length()
	for read < n {
		c := s.CharAt(read)
		if c < utf8.RuneSelf {
			if written == len(dst) {
				break
			}
			dst[written] = byte(c)
			written++
			read++
			continue
		}
		r, units := rune(c), 1
		if 0xD800 <= c && c <= 0xDFFF {
			r = utf8.RuneError
			if c <= 0xDBFF && read+1 < n {
				if d := s.CharAt(read + 1); 0xDC00 <= d && d <= 0xDFFF {
					r, units = 0x10000+(rune(c)-0xD800)<<10+rune(d)-0xDC00, 2
				}
			}
		}
		size := utf8.RuneLen(r)
		if written+size > len(dst) {
			break
		}
		utf8.EncodeRune(dst[written:], r)
		written += size
		read += units
	}
	return read, written
}

// usvString is usvBytes for a string that is not UTF-16 inside.
func usvString(s goja.String) string {
	str := s.String()
	if utf8.ValidString(str) {
		return str
	}
	return string(usvBytes(s))
}

// encodeIntoUTF8 is encodeInto over a valid UTF-8 string.
func encodeIntoUTF8(str string, dst []byte) (read, written int) {
	for i := 0; i < len(str); {
		if c := str[i]; c < utf8.RuneSelf {
			if written == len(dst) {
				break
			}
			dst[written] = c
			written++
			read++
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(str[i:])
		if written+size > len(dst) {
			break
		}
		copy(dst[written:], str[i:i+size])
		written += size
		i += size
		if size == 4 {
			read += 2 // a surrogate pair in UTF-16
		} else {
			read++
		}
	}
	return read, written
}

// StreamEncoder is TextEncoderStream's encoder: UTF-8 over a sequence of
// JS strings, where a lead surrogate at the end of one chunk pairs with a
// trail surrogate at the start of the next (Encoding Standard, "encode and
// enqueue a chunk"). The zero value is ready. Loop goroutine only (it reads
// goja strings).
type StreamEncoder struct {
	lead uint16 // the pending lead surrogate, 0 if none
}

// Encode converts chunk with ToString and returns the UTF-8 of its code
// units, holding back a final lead surrogate for the next call. It panics
// with a JS TypeError for a Symbol, as EncodeUTF8 does.
func (e *StreamEncoder) Encode(vm *goja.Runtime, chunk goja.Value) []byte {
	s := toJSString(vm, chunk)
	n := s.Length()
	if e.lead == 0 && !isUTF16String(s) {
		return usvBytes(s) // no surrogates
	}
	out := make([]byte, 0, n+n/2+3)
	for i := 0; i < n; i++ {
		cu := s.CharAt(i)
		if e.lead != 0 {
			lead := e.lead
			e.lead = 0
			if 0xDC00 <= cu && cu <= 0xDFFF {
				out = utf8.AppendRune(out, 0x10000+(rune(lead)-0xD800)<<10+rune(cu)-0xDC00)
				continue
			}
			out = append(out, replacementUTF8...)
		}
		switch {
		case 0xD800 <= cu && cu <= 0xDBFF:
			e.lead = cu
		case 0xDC00 <= cu && cu <= 0xDFFF:
			out = append(out, replacementUTF8...)
		default:
			out = utf8.AppendRune(out, rune(cu))
		}
	}
	return out
}

// Flush ends the stream: a pending lead surrogate becomes U+FFFD (EF BF
// BD); otherwise it returns nil.
func (e *StreamEncoder) Flush() []byte {
	if e.lead == 0 {
		return nil
	}
	e.lead = 0
	return []byte(replacementUTF8)
}
