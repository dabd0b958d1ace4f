package url

import (
	"strconv"
	"strings"

	"golang.org/x/net/idna"
)

// forbiddenHost reports a forbidden host code point.
func forbiddenHost(c rune) bool {
	switch c {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

// forbiddenDomain reports a forbidden domain code point.
func forbiddenDomain(c rune) bool {
	return forbiddenHost(c) || c <= 0x1F || c == '%' || c == 0x7F
}

// parseHost is the host parser (URL Standard §3.5); it returns the
// serialized host.
func parseHost(input string, opaque bool) (string, bool) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") || len(input) < 2 {
			return "", false
		}
		addr, ok := parseIPv6(input[1 : len(input)-1])
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(addr) + "]", true
	}
	if opaque {
		for _, c := range input {
			if forbiddenHost(c) {
				return "", false
			}
		}
		return encodeString(input, c0ControlSet), true
	}
	domain := decodeUTF8(percentDecode(input))
	ascii, ok := domainToASCII(domain)
	if !ok {
		return "", false
	}
	for _, c := range ascii {
		if forbiddenDomain(c) {
			return "", false
		}
	}
	if endsInNumber(ascii) {
		v4, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(v4), true
	}
	return ascii, true
}

// uts46 is UTS #46 ToASCII with the URL Standard's parameters for
// beStrict = false: CheckHyphens false, CheckBidi true, CheckJoiners true,
// UseSTD3ASCIIRules false, Transitional_Processing false, VerifyDnsLength
// false.
var uts46 = idna.New(
	idna.MapForLookup(),
	idna.BidiRule(),
	idna.CheckJoiners(true),
	idna.CheckHyphens(false),
	idna.StrictDomainName(false),
	idna.Transitional(false),
	idna.VerifyDNSLength(false),
)

// domainToASCII is the URL Standard's "domain to ASCII" with beStrict
// false.
func domainToASCII(domain string) (string, bool) {
	// The spec's fast path: an ASCII domain with no label starting with
	// "xn--" only needs lowercasing.
	ascii := true
	for i := 0; i < len(domain); i++ {
		if domain[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		lower := strings.ToLower(domain)
		if !strings.HasPrefix(lower, "xn--") && !strings.Contains(lower, ".xn--") {
			return lower, lower != ""
		}
	}
	out, err := uts46.ToASCII(domain)
	if err != nil || out == "" {
		return "", false
	}
	return out, true
}

// endsInNumber is the spec's "ends in a number" checker.
func endsInNumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" && strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

// parseIPv4Number parses one part of an IPv4 address (decimal, 0x hex or
// 0 octal). Values beyond 2^32 are clamped: they fail the range checks
// all the same.
func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	radix := 10
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s, radix = s[2:], 16
	} else if len(s) >= 2 && s[0] == '0' {
		s, radix = s[1:], 8
	}
	if s == "" {
		return 0, true
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		d := unhex(s[i])
		if d == 0xFF || int(d) >= radix {
			return 0, false
		}
		if n < 1<<40 {
			n = n*uint64(radix) + uint64(d)
		}
	}
	return n, true
}

// parseIPv4 is the IPv4 parser.
func parseIPv4(s string) (uint32, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Number(p)
		if !ok {
			return 0, false
		}
		nums[i] = n
	}
	for _, n := range nums[:len(nums)-1] {
		if n > 255 {
			return 0, false
		}
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*(5-len(nums))) {
		return 0, false
	}
	v := last
	for i, n := range nums[:len(nums)-1] {
		v += n << (8 * (3 - i))
	}
	return uint32(v), true
}

func serializeIPv4(v uint32) string {
	b := make([]byte, 0, 15)
	for i := 3; i >= 0; i-- {
		b = strconv.AppendUint(b, uint64(v>>(8*i)&0xFF), 10)
		if i > 0 {
			b = append(b, '.')
		}
	}
	return string(b)
}

// parseIPv6 is the IPv6 parser.
func parseIPv6(s string) ([8]uint16, bool) {
	var addr [8]uint16
	in := []rune(s)
	at := func(i int) rune {
		if i < len(in) {
			return in[i]
		}
		return eof
	}
	piece, compress, ptr := 0, -1, 0
	if at(0) == ':' {
		if at(1) != ':' {
			return addr, false
		}
		ptr += 2
		piece++
		compress = piece
	}
	for at(ptr) != eof {
		if piece == 8 {
			return addr, false
		}
		if at(ptr) == ':' {
			if compress >= 0 {
				return addr, false
			}
			ptr++
			piece++
			compress = piece
			continue
		}
		value, length := 0, 0
		for length < 4 && isASCIIHex(at(ptr)) {
			value = value*16 + int(unhex(byte(at(ptr))))
			ptr++
			length++
		}
		if at(ptr) == '.' {
			if length == 0 {
				return addr, false
			}
			ptr -= length
			if piece > 6 {
				return addr, false
			}
			seen := 0
			for at(ptr) != eof {
				v4 := -1
				if seen > 0 {
					if at(ptr) == '.' && seen < 4 {
						ptr++
					} else {
						return addr, false
					}
				}
				if !isASCIIDigit(at(ptr)) {
					return addr, false
				}
				for isASCIIDigit(at(ptr)) {
					n := int(at(ptr) - '0')
					switch v4 {
					case -1:
						v4 = n
					case 0:
						return addr, false
					default:
						v4 = v4*10 + n
					}
					if v4 > 255 {
						return addr, false
					}
					ptr++
				}
				addr[piece] = addr[piece]<<8 | uint16(v4)
				seen++
				if seen == 2 || seen == 4 {
					piece++
				}
			}
			if seen != 4 {
				return addr, false
			}
			break
		} else if at(ptr) == ':' {
			ptr++
			if at(ptr) == eof {
				return addr, false
			}
		} else if at(ptr) != eof {
			return addr, false
		}
		addr[piece] = uint16(value)
		piece++
	}
	if compress >= 0 {
		swaps := piece - compress
		piece = 7
		for piece != 0 && swaps > 0 {
			addr[piece], addr[compress+swaps-1] = addr[compress+swaps-1], addr[piece]
			piece--
			swaps--
		}
	} else if piece != 8 {
		return addr, false
	}
	return addr, true
}

// serializeIPv6 is the IPv6 serializer: lowercase hex, the first longest
// run of two or more zero pieces compressed to "::".
func serializeIPv6(a [8]uint16) string {
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if a[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && a[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	b := make([]byte, 0, 39)
	for i := 0; i < 8; i++ {
		if i == best {
			if i == 0 {
				b = append(b, "::"...)
			} else {
				b = append(b, ':')
			}
			i += bestLen - 1
			continue
		}
		b = strconv.AppendUint(b, uint64(a[i]), 16)
		if i != 7 {
			b = append(b, ':')
		}
	}
	return string(b)
}
