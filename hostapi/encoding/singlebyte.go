package encoding

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// newLegacyCodec returns the decoder for an encoding other than UTF-8 and
// UTF-16; name comes from the label table, so it is known.
func newLegacyCodec(name string) codec {
	switch name {
	case "gbk", "gb18030":
		return &mbCodec{h: new(gb18030Handler)}
	case "big5":
		return &mbCodec{h: new(big5Handler)}
	case "euc-jp":
		return &mbCodec{h: new(eucJPHandler)}
	case "iso-2022-jp":
		return &mbCodec{h: new(iso2022JPHandler)}
	case "shift_jis":
		return &mbCodec{h: new(shiftJISHandler)}
	case "euc-kr":
		return &mbCodec{h: new(eucKRHandler)}
	}
	return &singleByteCodec{table: singleByteTable(name)}
}

// singleByteCharmap returns the charmap of a single-byte encoding of the
// Encoding Standard. x/text generated these charmaps from the standard's
// own index files (index-windows-1252.txt...), so their mappings are the
// standard's. (A switch, not a map: a map literal costs at start-up.)
func singleByteCharmap(name string) *charmap.Charmap {
	switch name {
	case "ibm866":
		return charmap.CodePage866
	case "iso-8859-2":
		return charmap.ISO8859_2
	case "iso-8859-3":
		return charmap.ISO8859_3
	case "iso-8859-4":
		return charmap.ISO8859_4
	case "iso-8859-5":
		return charmap.ISO8859_5
	case "iso-8859-6":
		return charmap.ISO8859_6
	case "iso-8859-7":
		return charmap.ISO8859_7
	case "iso-8859-8":
		return charmap.ISO8859_8
	case "iso-8859-8-i":
		// ISO-8859-8-I decodes as ISO-8859-8; only the name differs.
		return charmap.ISO8859_8
	case "iso-8859-10":
		return charmap.ISO8859_10
	case "iso-8859-13":
		return charmap.ISO8859_13
	case "iso-8859-14":
		return charmap.ISO8859_14
	case "iso-8859-15":
		return charmap.ISO8859_15
	case "iso-8859-16":
		return charmap.ISO8859_16
	case "koi8-r":
		return charmap.KOI8R
	case "koi8-u":
		return charmap.KOI8U
	case "macintosh":
		return charmap.Macintosh
	case "windows-874":
		return charmap.Windows874
	case "windows-1250":
		return charmap.Windows1250
	case "windows-1251":
		return charmap.Windows1251
	case "windows-1252":
		return charmap.Windows1252
	case "windows-1253":
		return charmap.Windows1253
	case "windows-1254":
		return charmap.Windows1254
	case "windows-1255":
		return charmap.Windows1255
	case "windows-1256":
		return charmap.Windows1256
	case "windows-1257":
		return charmap.Windows1257
	case "windows-1258":
		return charmap.Windows1258
	case "x-mac-cyrillic":
		return charmap.MacintoshCyrillic
	case "x-user-defined":
		return charmap.XUserDefined
	}
	return nil
}

var singleByteTables sync.Map // name → *[128]rune

// singleByteTable returns the code points of bytes 0x80-0xFF (the
// standard's index for the encoding; 0 where it has no pointer), built on
// first use.
func singleByteTable(name string) *[128]rune {
	if t, ok := singleByteTables.Load(name); ok {
		return t.(*[128]rune)
	}
	cm := singleByteCharmap(name)
	t := new([128]rune)
	for i := range t {
		r := cm.DecodeByte(byte(0x80 + i))
		switch {
		case r != utf8.RuneError:
			t[i] = r
		case i < 0x20:
			// x/text maps every C1 control of the standard's indexes to
			// U+FFFD (charmap/maketables.go: "We diverge from the WHATWG
			// spec"); the indexes map bytes 0x80-0x9F they do not
			// otherwise use to the same code point.
			t[i] = rune(0x80 + i)
		}
	}
	v, _ := singleByteTables.LoadOrStore(name, t)
	return v.(*[128]rune)
}

// singleByteCodec is the Encoding Standard's single-byte decoder.
type singleByteCodec struct {
	table *[128]rune
}

func (c *singleByteCodec) reset() {}

func (c *singleByteCodec) decode(out, in []byte, flush, fatal bool) ([]byte, bool) {
	for i := 0; i < len(in); {
		j := i
		for j < len(in) && in[j] < utf8.RuneSelf {
			j++
		}
		out = append(out, in[i:j]...)
		if j == len(in) {
			break
		}
		r := c.table[in[j]-0x80]
		if r == 0 {
			if fatal {
				return out, true
			}
			out = append(out, replacementUTF8...)
		} else {
			out = utf8.AppendRune(out, r)
		}
		i = j + 1
	}
	return out, false
}
