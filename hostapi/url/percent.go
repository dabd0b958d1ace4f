package url

import (
	"strings"
	"unicode/utf8"

	"github.com/jsloop/jsloop/hostapi/encoding"
)

// encodeSet is a percent-encode set (URL Standard §1.3) over ASCII: true
// means the byte is encoded. Bytes >= 0x80 are in every set.
type encodeSet *[128]bool

var (
	c0ControlSet    = newSet(nil, "")
	fragmentSet     = newSet(c0ControlSet, " \"<>`")
	querySet        = newSet(c0ControlSet, " \"#<>")
	specialQuerySet = newSet(querySet, "'")
	pathSet         = newSet(querySet, "?^`{}")
	userinfoSet     = newSet(pathSet, "/:;=@[\\]|")
	componentSet    = newSet(userinfoSet, "$%&+,")
	formSet         = newSet(componentSet, "!'()~")
)

func newSet(parent encodeSet, extra string) encodeSet {
	var s [128]bool
	if parent != nil {
		s = *parent
	} else {
		for c := 0; c < 0x20; c++ {
			s[c] = true
		}
		s[0x7F] = true
	}
	for i := 0; i < len(extra); i++ {
		s[extra[i]] = true
	}
	return &s
}

const upperHex = "0123456789ABCDEF"

// appendEncodedBytes appends c, UTF-8 encoded, with the bytes in set
// percent-encoded.
func appendEncodedBytes(b []byte, c rune, set encodeSet) []byte {
	if c < 0x80 {
		if set[c] {
			return append(b, '%', upperHex[c>>4], upperHex[c&15])
		}
		return append(b, byte(c))
	}
	var tmp [4]byte
	n := utf8.EncodeRune(tmp[:], c)
	for _, x := range tmp[:n] {
		b = append(b, '%', upperHex[x>>4], upperHex[x&15])
	}
	return b
}

// encodeString is "UTF-8 percent-encode" of a whole string.
func encodeString(s string, set encodeSet) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || set[c] {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for _, c := range s {
		b = appendEncodedBytes(b, c, set)
	}
	return string(b)
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c|0x20 >= 'a' && c|0x20 <= 'f':
		return c | 0x20 - 'a' + 10
	}
	return 0xFF
}

// percentDecode is the spec's "percent-decode" of a byte sequence: %XX
// with two hex digits becomes the byte, anything else is kept.
func percentDecode(s string) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && unhex(s[i+1]) != 0xFF && unhex(s[i+2]) != 0xFF {
			b = append(b, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		b = append(b, c)
	}
	return b
}

// decodeUTF8 is the Encoding Standard's "UTF-8 decode without BOM".
func decodeUTF8(b []byte) string { return encoding.DecodeUTF8NoBOM(b) }

// pair is one name-value pair of a URLSearchParams list.
type pair struct{ name, value string }

// parseForm is the application/x-www-form-urlencoded parser.
func parseForm(s string) []pair {
	var list []pair
	for len(s) > 0 {
		var seq string
		if i := strings.IndexByte(s, '&'); i >= 0 {
			seq, s = s[:i], s[i+1:]
		} else {
			seq, s = s, ""
		}
		if seq == "" {
			continue
		}
		name, value, _ := strings.Cut(seq, "=")
		list = append(list, pair{formDecode(name), formDecode(value)})
	}
	return list
}

func formDecode(s string) string {
	if !strings.ContainsAny(s, "+%") && utf8.ValidString(s) {
		return s
	}
	return decodeUTF8(percentDecode(strings.ReplaceAll(s, "+", " ")))
}

// serializeForm is the application/x-www-form-urlencoded serializer.
func serializeForm(list []pair) string {
	var b []byte
	for i, p := range list {
		if i > 0 {
			b = append(b, '&')
		}
		b = appendForm(b, p.name)
		b = append(b, '=')
		b = appendForm(b, p.value)
	}
	return string(b)
}

func appendForm(b []byte, s string) []byte {
	for _, c := range s {
		if c == ' ' {
			b = append(b, '+')
		} else {
			b = appendEncodedBytes(b, c, formSet)
		}
	}
	return b
}
