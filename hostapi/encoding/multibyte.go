package encoding

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// The legacy multi-byte decoders (gb18030/gbk, big5, euc-jp, iso-2022-jp,
// shift_jis, euc-kr) are the Encoding Standard's algorithms, written here
// byte for byte, because x/text's decoders differ from them on invalid
// input (how many bytes an error swallows, whether an ASCII byte after a
// bad lead is read again, Shift_JIS's user-defined area) and the WPT tests
// count the U+FFFDs. The index tables come from x/text, whose tables were
// generated from the standard's index files: each one is read once, on
// first use, by decoding every pointer's byte sequence through x/text.

const eof = -1

// Results of a handler.
const (
	stContinue = iota
	stEmit     // one code point (or two, for Big5)
	stError
	stFinished
)

// handler is one multi-byte decoder's "handler" algorithm of the Encoding
// Standard: it processes one byte (eof at end-of-queue) and returns a
// code point r1 (and r2 >= 0 when there are two), an error, continue or
// finished. Bytes to read again ("restore to ioQueue") go to q.
type handler interface {
	handle(b int, q *pushback) (r1, r2 rune, st int)
	// asciiReady reports whether an ASCII byte would now decode to itself
	// with no state change, which lets the codec copy ASCII runs.
	asciiReady() bool
	reset()
}

// pushback is the front of the I/O queue: bytes a handler restored.
type pushback struct {
	buf [4]byte
	n   int
}

// restore prepends bytes, in order, to the queue (eof entries are
// skipped: end-of-queue comes back by itself).
func (q *pushback) restore(bs ...int) {
	k := 0
	for _, b := range bs {
		if b != eof {
			k++
		}
	}
	copy(q.buf[k:], q.buf[:q.n])
	k = 0
	for _, b := range bs {
		if b != eof {
			q.buf[k] = byte(b)
			k++
		}
	}
	q.n += k
}

func (q *pushback) pop() byte {
	b := q.buf[0]
	copy(q.buf[:], q.buf[1:q.n])
	q.n--
	return b
}

// mbCodec runs a handler over the input: the Encoding Standard's "process
// a queue" loop.
type mbCodec struct {
	h handler
	q pushback
}

func (c *mbCodec) reset() {
	c.h.reset()
	c.q = pushback{}
}

func (c *mbCodec) decode(out, in []byte, flush, fatal bool) ([]byte, bool) {
	i := 0
	for {
		var b int
		switch {
		case c.q.n > 0:
			b = int(c.q.pop())
		case i < len(in):
			if in[i] < utf8.RuneSelf && c.h.asciiReady() {
				j := i + 1
				for j < len(in) && in[j] < utf8.RuneSelf {
					j++
				}
				out = append(out, in[i:j]...)
				i = j
				continue
			}
			b = int(in[i])
			i++
		case flush:
			b = eof
		default:
			return out, false
		}
		r1, r2, st := c.h.handle(b, &c.q)
		switch st {
		case stFinished:
			return out, false
		case stEmit:
			out = utf8.AppendRune(out, r1)
			if r2 >= 0 {
				out = utf8.AppendRune(out, r2)
			}
		case stError:
			if fatal {
				c.reset()
				return out, true
			}
			out = append(out, replacementUTF8...)
		}
	}
}

func isASCII(b int) bool { return 0 <= b && b < 0x80 }

func emit(r rune) (rune, rune, int) { return r, -1, stEmit }

func fail() (rune, rune, int)     { return 0, -1, stError }
func cont() (rune, rune, int)     { return 0, -1, stContinue }
func finished() (rune, rune, int) { return 0, -1, stFinished }

// index is an Encoding Standard index: code point by pointer, 0 for none.
type index struct {
	once  sync.Once
	table []rune
	build func() []rune
}

func (x *index) get(pointer int) rune {
	x.once.Do(func() { x.table = x.build() })
	if pointer < 0 || pointer >= len(x.table) {
		return 0
	}
	return x.table[pointer]
}

// buildIndex decodes, for each of n pointers, the byte sequence seq
// returns, with t; a pointer whose sequence decodes to exactly one code
// point other than U+FFFD maps to it.
func buildIndex(t transform.Transformer, n int, seq func(p int, b []byte) []byte) []rune {
	table := make([]rune, n)
	var src [4]byte
	var dst [16]byte
	for p := 0; p < n; p++ {
		s := seq(p, src[:0])
		t.Reset()
		nDst, nSrc, err := t.Transform(dst[:], s, true)
		if err != nil || nSrc != len(s) {
			continue
		}
		r, size := utf8.DecodeRune(dst[:nDst])
		if size == nDst && r != utf8.RuneError {
			table[p] = r
		}
	}
	return table
}

// jis0208 is index jis0208, read through Shift_JIS, whose pointers are the
// index's (rows 1-120, with the IBM extensions).
var jis0208 = &index{build: func() []rune {
	return buildIndex(japanese.ShiftJIS.NewDecoder(), 11280, func(p int, b []byte) []byte {
		lead, trail := p/188, p%188
		if lead < 0x1F {
			lead += 0x81
		} else {
			lead += 0xC1
		}
		if trail < 0x3F {
			trail += 0x40
		} else {
			trail += 0x41
		}
		return append(b, byte(lead), byte(trail))
	})
}}

// jis0212 is index jis0212, read through EUC-JP's 0x8F sequences.
var jis0212 = &index{build: func() []rune {
	return buildIndex(japanese.EUCJP.NewDecoder(), 94*94, func(p int, b []byte) []byte {
		return append(b, 0x8F, byte(0xA1+p/94), byte(0xA1+p%94))
	})
}}

// eucKR is index euc-kr.
var eucKR = &index{build: func() []rune {
	return buildIndex(korean.EUCKR.NewDecoder(), 126*190, func(p int, b []byte) []byte {
		return append(b, byte(0x81+p/190), byte(0x41+p%190))
	})
}}

// big5 is index big5 (the four pointers that decode to two code points
// are the algorithm's).
var big5 = &index{build: func() []rune {
	return buildIndex(traditionalchinese.Big5.NewDecoder(), 126*157, func(p int, b []byte) []byte {
		trail := p % 157
		if trail < 0x3F {
			trail += 0x40
		} else {
			trail += 0x62
		}
		return append(b, byte(0x81+p/157), byte(trail))
	})
}}

// gb18030Index is index gb18030 (the two-byte sequences).
var gb18030Index = &index{build: func() []rune {
	t := buildIndex(simplifiedchinese.GB18030.NewDecoder(), 126*190, func(p int, b []byte) []byte {
		trail := p % 190
		if trail < 0x3F {
			trail += 0x40
		} else {
			trail += 0x41
		}
		return append(b, byte(0x81+p/190), byte(trail))
	})
	for _, r := range gb18030Missing {
		for i := 0; i < int(r.n); i++ {
			t[int(r.pointer)+i] = rune(r.cp) + rune(i)
		}
	}
	return t
}}

// gb18030Missing are the entries of index gb18030 that x/text's table
// leaves out, as runs of consecutive pointers and code points: the
// user-defined areas (mapped to the Private Use Area), pointer 7533
// (U+1E3F) and the 18 pointers the standard moved out of the Private Use
// Area for GB18030-2022 (vertical forms U+FE10-U+FE19, U+9FB4-U+9FBB).
var gb18030Missing = [...]struct{ pointer, cp, n uint16 }{
	{6080, 0xE4C6, 96}, {6270, 0xE526, 96}, {6376, 0xE766, 6}, {6433, 0xE76D, 1}, {6444, 0xE76E, 2},
	{6458, 0xE770, 2}, {6460, 0xE586, 95}, {6650, 0xE5E6, 96}, {6829, 0xE772, 11}, {6840, 0xE646, 96},
	{7022, 0xE77D, 8}, {7030, 0xE6A6, 96}, {7150, 0xE785, 8}, {7182, 0xFE10, 1}, {7183, 0xFE12, 1},
	{7184, 0xFE11, 1}, {7185, 0xFE13, 4}, {7201, 0xFE17, 2}, {7208, 0xFE19, 1}, {7211, 0xE797, 9},
	{7220, 0xE706, 96}, {7349, 0xE7A0, 15}, {7397, 0xE7AF, 13}, {7495, 0xE7BC, 11}, {7533, 0x1E3F, 1},
	{7538, 0xE7C9, 4}, {7579, 0xE7CD, 21}, {7624, 0xE7E2, 1}, {7627, 0xE7E3, 1}, {7629, 0xE7E4, 3},
	{7686, 0xE7F4, 13}, {7775, 0xE801, 15}, {7886, 0xE000, 94}, {8076, 0xE05E, 94}, {8266, 0xE0BC, 94},
	{8456, 0xE11A, 94}, {8646, 0xE178, 94}, {8836, 0xE1D6, 94}, {16525, 0xE810, 5}, {22706, 0xE234, 94},
	{22896, 0xE292, 94}, {23086, 0xE2F0, 94}, {23276, 0xE34E, 94}, {23466, 0xE3AC, 94}, {23656, 0xE40A, 94},
	{23767, 0xE816, 3}, {23775, 0x9FB4, 1}, {23783, 0x9FB5, 1}, {23788, 0x9FB6, 2}, {23794, 0xE831, 1},
	{23795, 0x9FB8, 1}, {23804, 0xE83B, 1}, {23812, 0x9FB9, 1}, {23829, 0x9FBA, 1}, {23830, 0xE855, 1},
	{23845, 0x9FBB, 1}, {23846, 0xE468, 94},
}

var gb18030Ranges struct {
	sync.Mutex
	t transform.Transformer
}

// gb18030RangesCodePoint is the standard's "index gb18030 ranges code
// point". The ranges below pointer 39420 are x/text's copy of index
// gb18030 ranges, reached by decoding the pointer's four bytes.
func gb18030RangesCodePoint(pointer int) rune {
	if (pointer > 39419 && pointer < 189000) || pointer > 1237575 {
		return 0
	}
	if pointer == 7457 {
		return 0xE7C7
	}
	if pointer >= 189000 {
		return rune(0x10000 + pointer - 189000)
	}
	seq := [4]byte{
		byte(0x81 + pointer/12600),
		byte(0x30 + pointer/1260%10),
		byte(0x81 + pointer/10%126),
		byte(0x30 + pointer%10),
	}
	gb18030Ranges.Lock()
	defer gb18030Ranges.Unlock()
	if gb18030Ranges.t == nil {
		gb18030Ranges.t = simplifiedchinese.GB18030.NewDecoder()
	}
	var dst [8]byte
	gb18030Ranges.t.Reset()
	nDst, _, err := gb18030Ranges.t.Transform(dst[:], seq[:], true)
	if err != nil {
		return 0
	}
	// Pointer 39417 is U+FFFD itself: every pointer below 39420 maps.
	r, size := utf8.DecodeRune(dst[:nDst])
	if size != nDst {
		return 0
	}
	return r
}

// gb18030Handler is the gb18030 decoder (also gbk's).
type gb18030Handler struct {
	first, second, third int
}

func (h *gb18030Handler) reset()           { *h = gb18030Handler{} }
func (h *gb18030Handler) asciiReady() bool { return h.first == 0 }

func (h *gb18030Handler) handle(b int, q *pushback) (rune, rune, int) {
	if b == eof {
		if h.first == 0 && h.second == 0 && h.third == 0 {
			return finished()
		}
		h.reset()
		return fail()
	}
	if h.third != 0 {
		if b < 0x30 || b > 0x39 {
			q.restore(h.second, h.third, b)
			h.reset()
			return fail()
		}
		cp := gb18030RangesCodePoint((h.first-0x81)*12600 + (h.second-0x30)*1260 + (h.third-0x81)*10 + b - 0x30)
		h.reset()
		if cp == 0 {
			return fail()
		}
		return emit(cp)
	}
	if h.second != 0 {
		if 0x81 <= b && b <= 0xFE {
			h.third = b
			return cont()
		}
		q.restore(h.second, b)
		h.first, h.second = 0, 0
		return fail()
	}
	if h.first != 0 {
		if 0x30 <= b && b <= 0x39 {
			h.second = b
			return cont()
		}
		lead := h.first
		h.first = 0
		offset := 0x41
		if b < 0x7F {
			offset = 0x40
		}
		if (0x40 <= b && b <= 0x7E) || (0x80 <= b && b <= 0xFE) {
			if cp := gb18030Index.get((lead-0x81)*190 + b - offset); cp != 0 {
				return emit(cp)
			}
		}
		if isASCII(b) {
			q.restore(b)
		}
		return fail()
	}
	switch {
	case isASCII(b):
		return emit(rune(b))
	case b == 0x80:
		return emit(0x20AC)
	case b <= 0xFE:
		h.first = b
		return cont()
	}
	return fail()
}

// big5Handler is the Big5 decoder.
type big5Handler struct{ lead int }

func (h *big5Handler) reset()           { h.lead = 0 }
func (h *big5Handler) asciiReady() bool { return h.lead == 0 }

func (h *big5Handler) handle(b int, q *pushback) (rune, rune, int) {
	if b == eof {
		if h.lead != 0 {
			h.lead = 0
			return fail()
		}
		return finished()
	}
	if h.lead != 0 {
		lead := h.lead
		h.lead = 0
		offset := 0x62
		if b < 0x7F {
			offset = 0x40
		}
		if (0x40 <= b && b <= 0x7E) || (0xA1 <= b && b <= 0xFE) {
			pointer := (lead-0x81)*157 + b - offset
			switch pointer {
			case 1133:
				return 0x00CA, 0x0304, stEmit
			case 1135:
				return 0x00CA, 0x030C, stEmit
			case 1164:
				return 0x00EA, 0x0304, stEmit
			case 1166:
				return 0x00EA, 0x030C, stEmit
			}
			if cp := big5.get(pointer); cp != 0 {
				return emit(cp)
			}
		}
		if isASCII(b) {
			q.restore(b)
		}
		return fail()
	}
	switch {
	case isASCII(b):
		return emit(rune(b))
	case 0x81 <= b && b <= 0xFE:
		h.lead = b
		return cont()
	}
	return fail()
}

// eucJPHandler is the EUC-JP decoder.
type eucJPHandler struct {
	lead    int
	jis0212 bool
}

func (h *eucJPHandler) reset()           { *h = eucJPHandler{} }
func (h *eucJPHandler) asciiReady() bool { return h.lead == 0 }

func (h *eucJPHandler) handle(b int, q *pushback) (rune, rune, int) {
	if b == eof {
		if h.lead != 0 {
			h.lead = 0
			return fail()
		}
		return finished()
	}
	if h.lead == 0x8E && 0xA1 <= b && b <= 0xDF {
		h.lead = 0
		return emit(rune(0xFF61 - 0xA1 + b))
	}
	if h.lead == 0x8F && 0xA1 <= b && b <= 0xFE {
		h.jis0212 = true
		h.lead = b
		return cont()
	}
	if h.lead != 0 {
		lead := h.lead
		h.lead = 0
		var cp rune
		if 0xA1 <= lead && lead <= 0xFE && 0xA1 <= b && b <= 0xFE {
			pointer := (lead-0xA1)*94 + b - 0xA1
			if h.jis0212 {
				cp = jis0212.get(pointer)
			} else {
				cp = jis0208.get(pointer)
			}
		}
		h.jis0212 = false
		if cp != 0 {
			return emit(cp)
		}
		if isASCII(b) {
			q.restore(b)
		}
		return fail()
	}
	switch {
	case isASCII(b):
		return emit(rune(b))
	case b == 0x8E || b == 0x8F || (0xA1 <= b && b <= 0xFE):
		h.lead = b
		return cont()
	}
	return fail()
}

// shiftJISHandler is the Shift_JIS decoder.
type shiftJISHandler struct{ lead int }

func (h *shiftJISHandler) reset()           { h.lead = 0 }
func (h *shiftJISHandler) asciiReady() bool { return h.lead == 0 }

func (h *shiftJISHandler) handle(b int, q *pushback) (rune, rune, int) {
	if b == eof {
		if h.lead != 0 {
			h.lead = 0
			return fail()
		}
		return finished()
	}
	if h.lead != 0 {
		lead := h.lead
		h.lead = 0
		offset, leadOffset := 0x41, 0xC1
		if b < 0x7F {
			offset = 0x40
		}
		if lead < 0xA0 {
			leadOffset = 0x81
		}
		if (0x40 <= b && b <= 0x7E) || (0x80 <= b && b <= 0xFC) {
			pointer := (lead-leadOffset)*188 + b - offset
			if 8836 <= pointer && pointer <= 10715 {
				return emit(rune(0xE000 - 8836 + pointer))
			}
			if cp := jis0208.get(pointer); cp != 0 {
				return emit(cp)
			}
		}
		if isASCII(b) {
			q.restore(b)
		}
		return fail()
	}
	switch {
	case isASCII(b) || b == 0x80:
		return emit(rune(b))
	case 0xA1 <= b && b <= 0xDF:
		return emit(rune(0xFF61 - 0xA1 + b))
	case (0x81 <= b && b <= 0x9F) || (0xE0 <= b && b <= 0xFC):
		h.lead = b
		return cont()
	}
	return fail()
}

// eucKRHandler is the EUC-KR decoder.
type eucKRHandler struct{ lead int }

func (h *eucKRHandler) reset()           { h.lead = 0 }
func (h *eucKRHandler) asciiReady() bool { return h.lead == 0 }

func (h *eucKRHandler) handle(b int, q *pushback) (rune, rune, int) {
	if b == eof {
		if h.lead != 0 {
			h.lead = 0
			return fail()
		}
		return finished()
	}
	if h.lead != 0 {
		lead := h.lead
		h.lead = 0
		if 0x41 <= b && b <= 0xFE {
			if cp := eucKR.get((lead-0x81)*190 + b - 0x41); cp != 0 {
				return emit(cp)
			}
		}
		if isASCII(b) {
			q.restore(b)
		}
		return fail()
	}
	switch {
	case isASCII(b):
		return emit(rune(b))
	case 0x81 <= b && b <= 0xFE:
		h.lead = b
		return cont()
	}
	return fail()
}

// iso2022JP decoder states.
const (
	isoASCII = iota
	isoRoman
	isoKatakana
	isoLeadByte
	isoTrailByte
	isoEscapeStart
	isoEscape
)

// iso2022JPHandler is the ISO-2022-JP decoder.
type iso2022JPHandler struct {
	state, outputState int
	lead               int
	output             bool // the "output flag"
}

func (h *iso2022JPHandler) reset()           { *h = iso2022JPHandler{} }
func (h *iso2022JPHandler) asciiReady() bool { return false }

func (h *iso2022JPHandler) handle(b int, q *pushback) (rune, rune, int) {
	switch h.state {
	case isoASCII, isoRoman:
		switch {
		case b == 0x1B:
			h.state = isoEscapeStart
			return cont()
		case b == eof:
			return finished()
		case h.state == isoRoman && b == 0x5C:
			h.output = false
			return emit(0xA5)
		case h.state == isoRoman && b == 0x7E:
			h.output = false
			return emit(0x203E)
		case isASCII(b) && b != 0x0E && b != 0x0F:
			h.output = false
			return emit(rune(b))
		}
		h.output = false
		return fail()
	case isoKatakana:
		switch {
		case b == 0x1B:
			h.state = isoEscapeStart
			return cont()
		case b == eof:
			return finished()
		case 0x21 <= b && b <= 0x5F:
			h.output = false
			return emit(rune(0xFF61 - 0x21 + b))
		}
		h.output = false
		return fail()
	case isoLeadByte:
		switch {
		case b == 0x1B:
			h.state = isoEscapeStart
			return cont()
		case b == eof:
			return finished()
		case 0x21 <= b && b <= 0x7E:
			h.output = false
			h.lead = b
			h.state = isoTrailByte
			return cont()
		}
		h.output = false
		return fail()
	case isoTrailByte:
		switch {
		case b == 0x1B:
			h.state = isoEscapeStart
			return fail()
		case 0x21 <= b && b <= 0x7E:
			h.state = isoLeadByte
			if cp := jis0208.get((h.lead-0x21)*94 + b - 0x21); cp != 0 {
				return emit(cp)
			}
			return fail()
		}
		// Including end-of-queue, which comes back by itself.
		h.state = isoLeadByte
		return fail()
	case isoEscapeStart:
		if b == 0x24 || b == 0x28 {
			h.lead = b
			h.state = isoEscape
			return cont()
		}
		q.restore(b)
		h.output = false
		h.state = h.outputState
		return fail()
	}
	// isoEscape
	lead := h.lead
	h.lead = 0
	state := -1
	switch {
	case lead == 0x28 && b == 0x42:
		state = isoASCII
	case lead == 0x28 && b == 0x4A:
		state = isoRoman
	case lead == 0x28 && b == 0x49:
		state = isoKatakana
	case lead == 0x24 && (b == 0x40 || b == 0x42):
		state = isoLeadByte
	}
	if state >= 0 {
		h.state, h.outputState = state, state
		output := h.output
		h.output = true
		if output {
			return fail()
		}
		return cont()
	}
	q.restore(lead, b)
	h.output = false
	h.state = h.outputState
	return fail()
}
