package encoding

import (
	"encoding/base64"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// Node's messages for atob's InvalidCharacterError (lib/buffer.js).
const (
	msgInvalidCharacter = "Invalid character"
	msgNotCorrectly     = "The string to be decoded is not correctly encoded."
)

// isBase64Char reports whether c is in the base64 alphabet (not '=').
func isBase64Char(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/'
}

func isASCIIWhitespace(c byte) bool {
	return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '
}

// forgivingBase64Decode is Infra's forgiving-base64 decode of a string of
// code units given as UTF-8 (a code unit above 0x7F fails anyway). It
// returns the bytes, or the message of the InvalidCharacterError to throw.
//
// The validation is Node's (lib/buffer.js atob), which accepts and rejects
// exactly what Infra's algorithm does and also decides which of its two
// messages applies: '=' only at the end and at most two of them, none when
// the length without whitespace is not a multiple of four, and a length
// that leaves one character over is "not correctly encoded".
func forgivingBase64Decode(s string) ([]byte, string) {
	n, eq := 0, 0
	clean := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isASCIIWhitespace(c):
			continue
		case c == '=':
			eq++
			if eq > 2 {
				return nil, msgInvalidCharacter
			}
		case isBase64Char(c):
			if eq > 0 {
				return nil, msgInvalidCharacter
			}
			clean = append(clean, c)
		default:
			return nil, msgInvalidCharacter
		}
		n++
	}
	rem := n % 4
	if rem == 0 {
		rem = (n - eq) % 4
	} else if eq > 0 {
		return nil, msgInvalidCharacter
	}
	if rem == 1 {
		return nil, msgNotCorrectly
	}
	// Infra step 6: the bits left over at the end are discarded, whatever
	// their value, as encoding/base64 does outside Strict mode.
	out := make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))
	k, err := base64.RawStdEncoding.Decode(out, clean)
	if err != nil {
		return nil, msgNotCorrectly
	}
	return out[:k], ""
}

// latin1String returns the JS string whose code units are the bytes of b
// (atob's "binary string"), as UTF-8 for vm.ToValue.
func latin1String(b []byte) string {
	extra := 0
	for _, c := range b {
		if c >= utf8.RuneSelf {
			extra++
		}
	}
	if extra == 0 {
		return string(b)
	}
	out := make([]byte, 0, len(b)+extra)
	for _, c := range b {
		if c < utf8.RuneSelf {
			out = append(out, c)
		} else {
			out = append(out, 0xC0|c>>6, 0x80|c&0x3F)
		}
	}
	return string(out)
}

// binaryBytes returns the code units of s as bytes, or false when one is
// above 0xFF (btoa's InvalidCharacterError).
func binaryBytes(s goja.String) ([]byte, bool) {
	n := s.Length()
	if !isUTF16String(s) {
		if str := s.String(); len(str) == n {
			return []byte(str), true // ASCII
		}
	}
	b := make([]byte, n)
	for i := 0; i < n; i++ {
		cu := s.CharAt(i)
		if cu > 0xFF {
			return nil, false
		}
		b[i] = byte(cu)
	}
	return b, true
}
