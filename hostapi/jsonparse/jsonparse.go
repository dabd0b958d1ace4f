// Package jsonparse parses JSON text straight into goja values: JSON.parse
// without a reviver, several times faster than goja's own parser, which
// goes through encoding/json's token decoder. hostapi installs it under
// JSON.parse; fetch's response.json() calls it directly.
package jsonparse

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// Parse parses text as JSON.parse(text) does. ok is false for text it
// leaves to goja's JSON.parse: anything invalid (so the error, with V8's
// message, comes from one place), a \u escape of a lone surrogate or text
// holding U+FFFD, which may stand for a lone surrogate goja's String()
// replaced (a Go string cannot hold one), and nesting deeper than
// maxJSONDepth. Loop goroutine only (it builds values on vm).
//
// The values are the ones goja's JSON.parse builds: plain objects with
// their members defined as data properties in source order (a later
// duplicate replaces the value in place), arrays, strings, numbers as
// goja.Runtime.ToValue gives them (integral floats as integers, -0 kept).
func Parse(vm *goja.Runtime, text string) (v goja.Value, ok bool) {
	if strings.ContainsRune(text, utf8.RuneError) {
		return nil, false
	}
	p := jsonParser{vm: vm, s: text}
	p.ws()
	v, ok = p.value(0)
	if !ok {
		return nil, false
	}
	p.ws()
	return v, p.i == len(p.s)
}

const maxJSONDepth = 512

type jsonParser struct {
	vm  *goja.Runtime
	s   string
	i   int
	buf []byte
}

func (p *jsonParser) ws() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) value(depth int) (goja.Value, bool) {
	if p.i >= len(p.s) || depth > maxJSONDepth {
		return nil, false
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object(depth + 1)
	case c == '[':
		return p.array(depth + 1)
	case c == '"':
		s, ok := p.str()
		if !ok {
			return nil, false
		}
		return p.vm.ToValue(s), true
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case strings.HasPrefix(p.s[p.i:], "true"):
		p.i += 4
		return p.vm.ToValue(true), true
	case strings.HasPrefix(p.s[p.i:], "false"):
		p.i += 5
		return p.vm.ToValue(false), true
	case strings.HasPrefix(p.s[p.i:], "null"):
		p.i += 4
		return goja.Null(), true
	}
	return nil, false
}

func (p *jsonParser) object(depth int) (goja.Value, bool) {
	p.i++ // {
	o := p.vm.NewObject()
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return o, true
	}
	for {
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return nil, false
		}
		key, ok := p.str()
		if !ok {
			return nil, false
		}
		p.ws()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, false
		}
		p.i++
		p.ws()
		v, ok := p.value(depth)
		if !ok {
			return nil, false
		}
		// CreateDataProperty: no setter on Object.prototype (__proto__
		// included) runs.
		if !put(p.vm, o, key, v) {
			return nil, false
		}
		more, ok := p.sep('}')
		if !ok {
			return nil, false
		}
		if !more {
			return o, true
		}
	}
}

func (p *jsonParser) array(depth int) (goja.Value, bool) {
	p.i++ // [
	var items []any
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return p.vm.NewArray(), true
	}
	for {
		v, ok := p.value(depth)
		if !ok {
			return nil, false
		}
		items = append(items, v)
		more, ok := p.sep(']')
		if !ok {
			return nil, false
		}
		if !more {
			return p.vm.NewArray(items...), true
		}
	}
}

// sep reads what follows a member or an element: a comma (more follow) or
// the closing bracket.
func (p *jsonParser) sep(closing byte) (more, ok bool) {
	p.ws()
	if p.i >= len(p.s) {
		return false, false
	}
	switch p.s[p.i] {
	case ',':
		p.i++
		p.ws()
		return true, true
	case closing:
		p.i++
		return false, true
	}
	return false, false
}

// str reads a string literal at p.i.
func (p *jsonParser) str() (string, bool) {
	p.i++ // "
	start := p.i
	// The common case: no escape, so the literal is a slice of the text.
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return p.s[start : p.i-1], true
		case c == '\\':
			return p.escaped(start)
		case c < 0x20:
			return "", false
		}
		p.i++
	}
	return "", false
}

// escaped reads the rest of a string literal that has escapes.
func (p *jsonParser) escaped(start int) (string, bool) {
	b := append(p.buf[:0], p.s[start:p.i]...)
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			p.buf = b
			return string(b), true
		case c < 0x20:
			return "", false
		case c != '\\':
			b = append(b, c)
			p.i++
			continue
		}
		if p.i+1 >= len(p.s) {
			return "", false
		}
		e := p.s[p.i+1]
		p.i += 2
		switch e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return "", false
			}
			if utf16.IsSurrogate(r) {
				// Only a high surrogate followed by an escaped low one
				// makes a code point; a lone one needs goja's UTF-16.
				if r >= 0xDC00 || !strings.HasPrefix(p.s[p.i:], `\u`) {
					return "", false
				}
				p.i += 2
				r2, ok := p.hex4()
				if !ok || r2 < 0xDC00 || r2 > 0xDFFF {
					return "", false
				}
				r = utf16.DecodeRune(r, r2)
			}
			b = utf8.AppendRune(b, r)
		default:
			return "", false
		}
	}
	return "", false
}

func (p *jsonParser) hex4() (rune, bool) {
	if p.i+4 > len(p.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 32)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(n), true
}

// number reads a JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *jsonParser) number() (goja.Value, bool) {
	start := p.i
	if p.s[p.i] == '-' {
		p.i++
	}
	digits := func() int {
		n := 0
		for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.i < len(p.s) && p.s[p.i] == '0' {
		p.i++
	} else if digits() == 0 {
		return nil, false
	}
	integral := true
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		integral = false
		if digits() == 0 {
			return nil, false
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		integral = false
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return nil, false
		}
	}
	lit := p.s[start:p.i]
	if integral && len(lit) < 16 && lit != "-0" {
		n, _ := strconv.ParseInt(lit, 10, 64)
		return p.vm.ToValue(n), true
	}
	// The syntax is checked: the only error left is a range one, where
	// ParseFloat returns ±Inf or 0 as JS does.
	f, _ := strconv.ParseFloat(lit, 64)
	return p.vm.ToValue(f), true
}
