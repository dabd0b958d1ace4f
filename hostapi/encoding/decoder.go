package encoding

import (
	"unicode/utf8"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

// UnsupportedError is returned by NewDecoder for a label that names no
// encoding, or the replacement encoding, which TextDecoder refuses. In JS
// it is Node's RangeError [ERR_ENCODING_NOT_SUPPORTED].
type UnsupportedError struct {
	// Label is the label as given, untrimmed, or "replacement" for a label
	// of the replacement encoding (Node's message names the encoding then).
	Label string
}

func (e *UnsupportedError) Error() string {
	return "encoding: the \"" + e.Label + "\" encoding is not supported"
}

// JSValue returns the RangeError Node throws: code
// ERR_ENCODING_NOT_SUPPORTED, message `The "label" encoding is not
// supported`. Loop goroutine only.
func (e *UnsupportedError) JSValue(vm *goja.Runtime) goja.Value {
	return nodeError(vm, "RangeError", "ERR_ENCODING_NOT_SUPPORTED",
		"The \""+e.Label+"\" encoding is not supported", true)
}

// InvalidDataError is returned by a fatal Decoder for input that is not
// valid in its encoding. In JS it is Node's TypeError with code
// ERR_ENCODING_INVALID_ENCODED_DATA.
type InvalidDataError struct {
	// Encoding is the decoder's encoding name ("utf-8").
	Encoding string
}

func (e *InvalidDataError) Error() string {
	return "encoding: the encoded data was not valid for encoding " + e.Encoding
}

// JSValue returns the TypeError Node throws: `The encoded data was not
// valid for encoding utf-8`, code ERR_ENCODING_INVALID_ENCODED_DATA (Node
// throws it from C++, so its stack has no [CODE] part). Loop goroutine
// only.
func (e *InvalidDataError) JSValue(vm *goja.Runtime) goja.Value {
	return nodeError(vm, "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA",
		"The encoded data was not valid for encoding "+e.Encoding, false)
}

var (
	_ jsloop.JSError = (*UnsupportedError)(nil)
	_ jsloop.JSError = (*InvalidDataError)(nil)
)

// codec is one encoding's decoder (the Encoding Standard's "decoder"
// algorithm with its state). decode appends the UTF-8 form of what in
// decodes to out; with flush it then processes end-of-queue. In fatal mode
// it stops at the first error and reports bad; otherwise every error
// appends U+FFFD. Its output is always valid UTF-8.
type codec interface {
	decode(out, in []byte, flush, fatal bool) (res []byte, bad bool)
	reset()
}

// Decoder is the Go side of a TextDecoder: one encoding's decoder with the
// streaming state, BOM handling and error mode of the Encoding Standard's
// decode() method. The streams package uses it for TextDecoderStream and
// fetch for body text in other charsets.
//
// A Decoder is not safe for concurrent use; it holds no goja value and may
// be used on any goroutine.
type Decoder struct {
	name       string
	fatal      bool
	ignoreBOM  bool
	unicode    bool // UTF-8 or UTF-16: a leading BOM is stripped
	doNotFlush bool // the previous Decode was streaming
	bomSeen    bool
	c          codec
}

// NewDecoder returns a decoder for the encoding label names (any label of
// the Encoding Standard, ASCII case-insensitive, leading and trailing ASCII
// whitespace ignored). fatal makes invalid input an *InvalidDataError
// instead of U+FFFD; ignoreBOM keeps a leading byte order mark in the
// output of UTF-8 and UTF-16 decoders. An unknown label, or one of the
// replacement encoding ("iso-2022-kr", "replacement", ...), returns an
// *UnsupportedError, as TextDecoder throws a RangeError for both.
func NewDecoder(label string, fatal, ignoreBOM bool) (*Decoder, error) {
	name := lookupLabel(label)
	switch name {
	case "":
		return nil, &UnsupportedError{Label: label}
	case "replacement":
		return nil, &UnsupportedError{Label: name}
	}
	d := &Decoder{name: name, fatal: fatal, ignoreBOM: ignoreBOM}
	switch name {
	case "utf-8":
		d.c, d.unicode = new(utf8Codec), true
	case "utf-16le":
		d.c, d.unicode = new(utf16Codec), true
	case "utf-16be":
		d.c, d.unicode = &utf16Codec{be: true}, true
	default:
		d.c = newLegacyCodec(name)
	}
	return d, nil
}

// Encoding returns the name of the decoder's encoding in lowercase, as
// TextDecoder.encoding does: "utf-8", "windows-1252", "shift_jis".
func (d *Decoder) Encoding() string { return d.name }

// Fatal reports whether invalid input is an error (TextDecoder.fatal).
func (d *Decoder) Fatal() bool { return d.fatal }

// IgnoreBOM reports whether a byte order mark is kept (TextDecoder.ignoreBOM).
func (d *Decoder) IgnoreBOM() bool { return d.ignoreBOM }

// Decode decodes chunk and returns the text as a valid UTF-8 Go string
// (pass it to vm.ToValue: goja turns UTF-8 into UTF-16 with non-BMP
// characters as surrogate pairs). It is TextDecoder.decode(chunk, {stream}):
// with stream set, an incomplete sequence at the end of chunk is kept for
// the next call; without it, the call ends the stream (an incomplete
// sequence becomes U+FFFD or, when fatal, an error) and the next call starts
// a new one. A byte order mark is stripped once at the start of each stream
// of a UTF-8 or UTF-16 decoder, unless ignoreBOM.
//
// In fatal mode invalid input returns an *InvalidDataError and ends the
// stream: the next call starts afresh. chunk is not retained.
func (d *Decoder) Decode(chunk []byte, stream bool) (string, error) {
	// Encoding Standard, TextDecoder decode() steps 1-2.
	if !d.doNotFlush {
		d.c.reset()
		d.bomSeen = false
	}
	d.doNotFlush = stream
	if u, ok := d.c.(*utf8Codec); ok && u.need == 0 && utf8.Valid(chunk) {
		// The common case: a whole valid chunk is its own output.
		if d.unicode && !d.bomSeen && len(chunk) > 0 {
			d.bomSeen = true
			if !d.ignoreBOM && hasBOM(chunk) {
				chunk = chunk[3:]
			}
		}
		return string(chunk), nil
	}
	out, bad := d.c.decode(make([]byte, 0, len(chunk)+len(chunk)/2+4), chunk, !stream, d.fatal)
	if bad {
		d.doNotFlush = false
		return "", &InvalidDataError{Encoding: d.name}
	}
	// Encoding Standard, "serialize I/O queue": the first code point of a
	// stream is dropped when it is a BOM.
	if d.unicode && !d.bomSeen && len(out) > 0 {
		d.bomSeen = true
		if !d.ignoreBOM && hasBOM(out) {
			out = out[3:]
		}
	}
	if len(out) == 0 {
		return "", nil
	}
	// out is ours and never written again.
	return unsafe.String(unsafe.SliceData(out), len(out)), nil
}

func hasBOM(b []byte) bool {
	return len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF
}

// DecodeUTF8 is UTF-8 decode (Encoding Standard): a leading BOM is
// stripped and every invalid sequence becomes U+FFFD, following the
// standard's maximal-subpart rule. It is what Body.text() and
// Body.json() use. Any goroutine.
func DecodeUTF8(b []byte) string {
	if hasBOM(b) {
		b = b[3:]
	}
	return DecodeUTF8NoBOM(b)
}

// DecodeUTF8NoBOM is the Encoding Standard's "UTF-8 decode without BOM"
// (the URL parsers' and multipart's): a leading BOM is data; invalid bytes
// become U+FFFD per maximal ill-formed subsequence. Any goroutine.
func DecodeUTF8NoBOM(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var c utf8Codec
	out, _ := c.decode(make([]byte, 0, len(b)+len(b)/2+4), b, true, false)
	return unsafe.String(unsafe.SliceData(out), len(out))
}

const replacementUTF8 = "\uFFFD"

// utf8Codec is the Encoding Standard's UTF-8 decoder. Runs of valid input
// are copied as they are; the byte-wise state machine runs only from an
// invalid or incomplete sequence to the next boundary, so the number of
// U+FFFD is the standard's (one per maximal subpart), which Go's
// utf8.DecodeRune does not give (it reports one error per byte of a
// truncated sequence).
type utf8Codec struct {
	cp           rune
	need, seen   int8
	lower, upper byte
}

func (c *utf8Codec) reset() { *c = utf8Codec{} }

func (c *utf8Codec) decode(out, in []byte, flush, fatal bool) ([]byte, bool) {
	i := 0
	for i < len(in) {
		if c.need == 0 {
			j := validPrefix(in, i)
			out = append(out, in[i:j]...)
			i = j
			if i == len(in) {
				break
			}
			// in[i] starts an invalid or incomplete sequence.
			b := in[i]
			i++
			switch {
			case 0xC2 <= b && b <= 0xDF:
				c.need, c.cp = 1, rune(b&0x1F)
				c.lower, c.upper = 0x80, 0xBF
			case 0xE0 <= b && b <= 0xEF:
				c.need, c.cp = 2, rune(b&0x0F)
				c.lower, c.upper = 0x80, 0xBF
				if b == 0xE0 {
					c.lower = 0xA0
				} else if b == 0xED {
					c.upper = 0x9F
				}
			case 0xF0 <= b && b <= 0xF4:
				c.need, c.cp = 3, rune(b&0x07)
				c.lower, c.upper = 0x80, 0xBF
				if b == 0xF0 {
					c.lower = 0x90
				} else if b == 0xF4 {
					c.upper = 0x8F
				}
			default:
				if fatal {
					return out, true
				}
				out = append(out, replacementUTF8...)
			}
			continue
		}
		b := in[i]
		if b < c.lower || b > c.upper {
			// UTF-8 decoder step 4: reset and prepend byte (it is read
			// again as the start of a sequence).
			*c = utf8Codec{}
			if fatal {
				return out, true
			}
			out = append(out, replacementUTF8...)
			continue
		}
		i++
		c.lower, c.upper = 0x80, 0xBF
		c.cp = c.cp<<6 | rune(b&0x3F)
		c.seen++
		if c.seen == c.need {
			out = utf8.AppendRune(out, c.cp)
			*c = utf8Codec{}
		}
	}
	if flush && c.need != 0 {
		*c = utf8Codec{}
		if fatal {
			return out, true
		}
		out = append(out, replacementUTF8...)
	}
	return out, false
}

// validPrefix returns the end of the longest run of valid UTF-8 in b
// starting at i.
func validPrefix(b []byte, i int) int {
	for i < len(b) {
		// Eight ASCII bytes at a time.
		for i+8 <= len(b) {
			w := uint64(b[i]) | uint64(b[i+1])<<8 | uint64(b[i+2])<<16 | uint64(b[i+3])<<24 |
				uint64(b[i+4])<<32 | uint64(b[i+5])<<40 | uint64(b[i+6])<<48 | uint64(b[i+7])<<56
			if w&0x8080808080808080 != 0 {
				break
			}
			i += 8
		}
		if i == len(b) {
			break
		}
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	return i
}

// utf16Codec is the Encoding Standard's shared UTF-16 decoder.
type utf16Codec struct {
	be        bool
	hasLead   bool
	leadByte  byte
	surrogate uint16 // a lead surrogate waiting for its trail; 0 if none
}

func (c *utf16Codec) reset() { *c = utf16Codec{be: c.be} }

func (c *utf16Codec) decode(out, in []byte, flush, fatal bool) ([]byte, bool) {
	for _, b := range in {
		if !c.hasLead {
			c.hasLead, c.leadByte = true, b
			continue
		}
		c.hasLead = false
		var cu uint16
		if c.be {
			cu = uint16(c.leadByte)<<8 | uint16(b)
		} else {
			cu = uint16(b)<<8 | uint16(c.leadByte)
		}
		if c.surrogate != 0 {
			lead := c.surrogate
			c.surrogate = 0
			if 0xDC00 <= cu && cu <= 0xDFFF {
				out = utf8.AppendRune(out, 0x10000+(rune(lead)-0xD800)<<10+rune(cu)-0xDC00)
				continue
			}
			// Step 5.3: the two bytes are prepended and read again as a
			// code unit of their own, which is what falls through here.
			if fatal {
				return out, true
			}
			out = append(out, replacementUTF8...)
		}
		switch {
		case 0xD800 <= cu && cu <= 0xDBFF:
			c.surrogate = cu
		case 0xDC00 <= cu && cu <= 0xDFFF:
			if fatal {
				return out, true
			}
			out = append(out, replacementUTF8...)
		case cu < utf8.RuneSelf:
			out = append(out, byte(cu))
		default:
			out = utf8.AppendRune(out, rune(cu))
		}
	}
	if flush && (c.hasLead || c.surrogate != 0) {
		c.reset()
		if fatal {
			return out, true
		}
		out = append(out, replacementUTF8...)
	}
	return out, false
}
