package hostapi

import (
	"strconv"
	"unicode/utf16"
)

// V8JSONError returns the message V8 (Node 20) gives when JSON.parse
// rejects src; goja's own messages come from Go's encoding/json and read
// differently. Positions count UTF-16 code units, as V8's do. src must be
// invalid JSON. Any goroutine.
func V8JSONError(src string) string {
	p := &jsonScan{s: utf16.Encode([]rune(src))}
	p.ws()
	p.value()
	if p.msg == "" {
		p.ws()
		if p.i < len(p.s) {
			p.fail("Unexpected non-whitespace character after JSON at position " + strconv.Itoa(p.i))
		}
	}
	if p.msg == "" {
		// goja rejected what this scanner accepts (a depth limit, say).
		return "Unexpected token in JSON"
	}
	return p.msg
}

type jsonScan struct {
	s   []uint16
	i   int
	msg string
}

const (
	jsonContext    = 10                // V8's kMaxContextCharacters
	jsonMinContext = 2*jsonContext + 1 // V8's kMinOriginalSourceLengthForContext
)

func (p *jsonScan) fail(msg string) {
	if p.msg == "" {
		p.msg = msg
	}
}

func (p *jsonScan) failed() bool { return p.msg != "" }

func (p *jsonScan) at(msg string) { p.fail(msg + " in JSON at position " + strconv.Itoa(p.i)) }

func (p *jsonScan) eos() bool {
	if p.i >= len(p.s) {
		p.fail("Unexpected end of JSON input")
		return true
	}
	return false
}

// unexpected reports the character at the cursor as V8 does, with the
// source (or ten characters of context either side) quoted.
func (p *jsonScan) unexpected() {
	if p.eos() {
		return
	}
	src := string(utf16.Decode(p.s))
	switch src {
	case "[object Object]", "undefined", "Infinity", "NaN":
		p.fail(`"` + src + `" is not valid JSON`)
		return
	}
	tok := string(utf16.Decode(p.s[p.i : p.i+1]))
	n := len(p.s)
	if n < jsonMinContext {
		p.fail("Unexpected token '" + tok + "', \"" + src + "\" is not valid JSON")
		return
	}
	sub := func(a, b int) string { return string(utf16.Decode(p.s[a:b])) }
	switch {
	case p.i < jsonContext:
		p.fail("Unexpected token '" + tok + "', \"" + sub(0, p.i+jsonContext) + "\"... is not valid JSON")
	case p.i < n-jsonContext:
		p.fail("Unexpected token '" + tok + "', ...\"" + sub(p.i-jsonContext, p.i+jsonContext) + "\"... is not valid JSON")
	default:
		p.fail("Unexpected token '" + tok + "', ...\"" + sub(p.i-jsonContext, n) + "\" is not valid JSON")
	}
}

func (p *jsonScan) ws() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonScan) value() {
	if p.eos() {
		return
	}
	switch c := p.s[p.i]; {
	case c == '{':
		p.object()
	case c == '[':
		p.array()
	case c == '"':
		p.str()
	case c == '-' || c >= '0' && c <= '9':
		p.number()
	case c == 't':
		p.literal("true")
	case c == 'f':
		p.literal("false")
	case c == 'n':
		p.literal("null")
	default:
		p.unexpected()
	}
}

func (p *jsonScan) literal(word string) {
	for k := 0; k < len(word); k++ {
		if p.eos() {
			return
		}
		if p.s[p.i] != uint16(word[k]) {
			p.unexpected()
			return
		}
		p.i++
	}
}

func (p *jsonScan) digits() int {
	n := 0
	for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		p.i++
		n++
	}
	return n
}

func (p *jsonScan) number() {
	if p.s[p.i] == '-' {
		p.i++
		if p.i >= len(p.s) || p.s[p.i] < '0' || p.s[p.i] > '9' {
			p.at("No number after minus sign")
			return
		}
	}
	if p.s[p.i] == '0' {
		p.i++
		if p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			p.at("Unexpected number")
			return
		}
	} else {
		p.digits()
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if p.digits() == 0 {
			p.at("Unterminated fractional number")
			return
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if p.digits() == 0 {
			p.at("Exponent part is missing a number")
		}
	}
}

func isHexDigit(c uint16) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func (p *jsonScan) str() {
	p.i++ // opening quote
	for {
		if p.i >= len(p.s) {
			p.at("Unterminated string")
			return
		}
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return
		case c < 0x20:
			p.at("Bad control character in string literal")
			return
		case c == '\\':
			p.i++
			if p.eos() {
				return
			}
			switch p.s[p.i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.i++
			case 'u':
				p.i++
				for k := 0; k < 4; k++ {
					if p.i >= len(p.s) || !isHexDigit(p.s[p.i]) {
						p.at("Bad Unicode escape")
						return
					}
					p.i++
				}
			default:
				p.at("Bad escaped character")
				return
			}
		default:
			p.i++
		}
	}
}

// peek returns the character at the cursor; 0 at the end (never a
// character the structural checks below accept, so the end of input there
// reports what was expected, as V8 does).
func (p *jsonScan) peek() uint16 {
	if p.i >= len(p.s) {
		return 0
	}
	return p.s[p.i]
}

func (p *jsonScan) object() {
	p.i++
	p.ws()
	if p.peek() == '}' {
		p.i++
		return
	}
	first := true
	for {
		if p.peek() != '"' {
			if first {
				p.at("Expected property name or '}'")
			} else {
				p.at("Expected double-quoted property name")
			}
			return
		}
		p.str()
		if p.failed() {
			return
		}
		p.ws()
		if p.peek() != ':' {
			p.at("Expected ':' after property name")
			return
		}
		p.i++
		p.ws()
		p.value()
		if p.failed() {
			return
		}
		p.ws()
		switch p.peek() {
		case '}':
			p.i++
			return
		case ',':
			p.i++
			p.ws()
			first = false
		default:
			p.at("Expected ',' or '}' after property value")
			return
		}
	}
}

func (p *jsonScan) array() {
	p.i++
	p.ws()
	if p.peek() == ']' {
		p.i++
		return
	}
	for {
		p.value()
		if p.failed() {
			return
		}
		p.ws()
		switch p.peek() {
		case ']':
			p.i++
			return
		case ',':
			p.i++
			p.ws()
		default:
			p.at("Expected ',' or ']' after array element")
			return
		}
	}
}
