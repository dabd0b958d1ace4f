package url

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// record is a URL record (URL Standard §4.1): the parsed form every getter
// reads and every setter rewrites. Strings hold UTF-8; the components are
// stored already percent-encoded, as the spec keeps them.
type record struct {
	scheme   string
	username string
	password string
	host     string // serialized host (domain, IPv4 dotted quad, "[v6]", opaque host or "")
	hasHost  bool   // false: the host is null
	port     int    // -1: null
	path     []string
	opaque   bool   // the URL has an opaque path (opath), not a list of segments
	opath    string // the opaque path
	query    string
	hasQuery bool
	frag     string
	hasFrag  bool
}

// state is a state of the basic URL parser; stateNone means "no state
// override".
type state uint8

const (
	stateNone state = iota
	stateSchemeStart
	stateScheme
	stateNoScheme
	stateSpecialRelativeOrAuthority
	statePathOrAuthority
	stateRelative
	stateRelativeSlash
	stateSpecialAuthoritySlashes
	stateSpecialAuthorityIgnoreSlashes
	stateAuthority
	stateHost
	stateHostname
	statePort
	stateFile
	stateFileSlash
	stateFileHost
	statePathStart
	statePath
	stateOpaquePath
	stateQuery
	stateFragment
)

const eof = -1

func specialPort(scheme string) (port int, special bool) {
	switch scheme {
	case "http", "ws":
		return 80, true
	case "https", "wss":
		return 443, true
	case "ftp":
		return 21, true
	case "file":
		return -1, true
	}
	return -1, false
}

func isSpecialScheme(s string) bool { _, ok := specialPort(s); return ok }

func defaultPort(scheme string) int { p, _ := specialPort(scheme); return p }

func (r *record) special() bool { return isSpecialScheme(r.scheme) }

func (r *record) includesCredentials() bool { return r.username != "" || r.password != "" }

// cannotHaveCredentialsOrPort is the spec's "cannot have a
// username/password/port".
func (r *record) cannotHaveCredentialsOrPort() bool {
	return !r.hasHost || r.host == "" || r.scheme == "file"
}

// shortenPath is the spec's "shorten url's path".
func (r *record) shortenPath() {
	if r.scheme == "file" && len(r.path) == 1 && isNormalizedDriveLetter(r.path[0]) {
		return
	}
	if len(r.path) > 0 {
		r.path = r.path[:len(r.path)-1]
	}
}

func isASCIIAlpha(c rune) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isASCIIDigit(c rune) bool { return c >= '0' && c <= '9' }
func isASCIIHex(c rune) bool {
	return isASCIIDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f')
}

// isDriveLetter: a Windows drive letter, "c:" or "c|".
func isDriveLetter(s string) bool {
	return len(s) == 2 && isASCIIAlpha(rune(s[0])) && (s[1] == ':' || s[1] == '|')
}

func isNormalizedDriveLetter(s string) bool {
	return len(s) == 2 && isASCIIAlpha(rune(s[0])) && s[1] == ':'
}

func isSingleDot(s string) bool { return s == "." || strings.EqualFold(s, "%2e") }

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

// startsWithDriveLetter: the code points from i on start with a Windows
// drive letter followed by the end, '/', '\', '?' or '#'.
func startsWithDriveLetter(in []rune, i int) bool {
	if len(in)-i < 2 || !isASCIIAlpha(in[i]) || (in[i+1] != ':' && in[i+1] != '|') {
		return false
	}
	if len(in)-i == 2 {
		return true
	}
	switch in[i+2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

// trimControlAndSpace strips leading and trailing C0 controls and spaces.
func trimControlAndSpace(s string) string {
	i, j := 0, len(s)
	for i < j && s[i] <= 0x20 {
		i++
	}
	for j > i && s[j-1] <= 0x20 {
		j--
	}
	return s[i:j]
}

// removeTabNewline removes every ASCII tab and newline.
func removeTabNewline(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '\t' && c != '\n' && c != '\r' {
			b = append(b, c)
		}
	}
	return string(b)
}

// parser is the state of one run of the basic URL parser besides its
// state and pointer.
type parser struct {
	buf     []byte // the spec's buffer, UTF-8
	atSeen  bool   // the spec's atSignSeen
	inBrack bool   // insideBrackets
	pwSeen  bool   // passwordTokenSeen
}

// parseURL runs the basic URL parser on input against base (nil for none)
// and returns the new record, or false on failure.
func parseURL(input string, base *record) (*record, bool) {
	u := &record{port: -1}
	return u, basicParse(trimControlAndSpace(input), base, u, stateNone)
}

// parseOverride runs the basic URL parser with a state override on u (the
// setters). It reports false on failure; u may have been changed partly,
// as in the spec.
func parseOverride(input string, u *record, override state) bool {
	return basicParse(input, nil, u, override)
}

func basicParse(input string, base, u *record, override state) bool {
	input = removeTabNewline(input)
	p := &parser{}
	st := override
	if st == stateNone {
		st = stateSchemeStart
	}
	in := []rune(input)
	for ptr := 0; ptr <= len(in); ptr++ {
		c := rune(eof)
		if ptr < len(in) {
			c = in[ptr]
		}
		next := func(k int) rune {
			if ptr+k < len(in) {
				return in[ptr+k]
			}
			return eof
		}
		switch st {
		case stateSchemeStart:
			if isASCIIAlpha(c) {
				p.buf = append(p.buf, byte(c|0x20))
				st = stateScheme
			} else if override == stateNone {
				st = stateNoScheme
				ptr--
			} else {
				return false
			}

		case stateScheme:
			if isASCIIAlpha(c) || isASCIIDigit(c) || c == '+' || c == '-' || c == '.' {
				if isASCIIAlpha(c) {
					c |= 0x20
				}
				p.buf = append(p.buf, byte(c))
			} else if c == ':' {
				s := string(p.buf)
				if override != stateNone {
					if u.special() != isSpecialScheme(s) {
						return true
					}
					if (u.includesCredentials() || u.port >= 0) && s == "file" {
						return true
					}
					if u.scheme == "file" && u.hasHost && u.host == "" {
						return true
					}
				}
				u.scheme = s
				if override != stateNone {
					if u.port == defaultPort(u.scheme) {
						u.port = -1
					}
					return true
				}
				p.buf = p.buf[:0]
				switch {
				case u.scheme == "file":
					st = stateFile
				case u.special() && base != nil && base.scheme == u.scheme:
					st = stateSpecialRelativeOrAuthority
				case u.special():
					st = stateSpecialAuthoritySlashes
				case next(1) == '/':
					st = statePathOrAuthority
					ptr++
				default:
					u.opaque, u.opath = true, ""
					st = stateOpaquePath
				}
			} else if override == stateNone {
				p.buf = p.buf[:0]
				st = stateNoScheme
				ptr = -1
			} else {
				return false
			}

		case stateNoScheme:
			switch {
			case base == nil || (base.opaque && c != '#'):
				return false
			case base.opaque && c == '#':
				u.scheme = base.scheme
				u.path = append([]string(nil), base.path...)
				u.opaque, u.opath = base.opaque, base.opath
				u.query, u.hasQuery = base.query, base.hasQuery
				u.frag, u.hasFrag = "", true
				st = stateFragment
			case base.scheme != "file":
				st = stateRelative
				ptr--
			default:
				st = stateFile
				ptr--
			}

		case stateSpecialRelativeOrAuthority:
			if c == '/' && next(1) == '/' {
				st = stateSpecialAuthorityIgnoreSlashes
				ptr++
			} else {
				st = stateRelative
				ptr--
			}

		case statePathOrAuthority:
			if c == '/' {
				st = stateAuthority
			} else {
				st = statePath
				ptr--
			}

		case stateRelative:
			u.scheme = base.scheme
			if c == '/' || (u.special() && c == '\\') {
				st = stateRelativeSlash
			} else {
				u.username, u.password = base.username, base.password
				u.host, u.hasHost, u.port = base.host, base.hasHost, base.port
				u.path = append([]string(nil), base.path...)
				u.query, u.hasQuery = base.query, base.hasQuery
				switch {
				case c == '?':
					u.query, u.hasQuery = "", true
					st = stateQuery
				case c == '#':
					u.frag, u.hasFrag = "", true
					st = stateFragment
				case c != eof:
					u.query, u.hasQuery = "", false
					u.shortenPath()
					st = statePath
					ptr--
				}
			}

		case stateRelativeSlash:
			if u.special() && (c == '/' || c == '\\') {
				st = stateSpecialAuthorityIgnoreSlashes
			} else if c == '/' {
				st = stateAuthority
			} else {
				u.username, u.password = base.username, base.password
				u.host, u.hasHost, u.port = base.host, base.hasHost, base.port
				st = statePath
				ptr--
			}

		case stateSpecialAuthoritySlashes:
			st = stateSpecialAuthorityIgnoreSlashes
			if c == '/' && next(1) == '/' {
				ptr++
			} else {
				ptr--
			}

		case stateSpecialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				st = stateAuthority
				ptr--
			}

		case stateAuthority:
			if c == '@' {
				if p.atSeen {
					p.buf = append([]byte("%40"), p.buf...)
				}
				p.atSeen = true
				user, pass := []byte(u.username), []byte(u.password)
				for _, cp := range string(p.buf) {
					if cp == ':' && !p.pwSeen {
						p.pwSeen = true
						continue
					}
					if p.pwSeen {
						pass = appendEncodedBytes(pass, cp, userinfoSet)
					} else {
						user = appendEncodedBytes(user, cp, userinfoSet)
					}
				}
				u.username, u.password = string(user), string(pass)
				p.buf = p.buf[:0]
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') {
				if p.atSeen && len(p.buf) == 0 {
					return false
				}
				ptr -= utf8.RuneCount(p.buf) + 1
				p.buf = p.buf[:0]
				st = stateHost
			} else {
				p.buf = utf8.AppendRune(p.buf, c)
			}

		case stateHost, stateHostname:
			if override != stateNone && u.scheme == "file" {
				ptr--
				st = stateFileHost
			} else if c == ':' && !p.inBrack {
				if len(p.buf) == 0 {
					return false
				}
				if override == stateHostname {
					return false
				}
				h, ok := parseHost(string(p.buf), !u.special())
				if !ok {
					return false
				}
				u.host, u.hasHost = h, true
				p.buf = p.buf[:0]
				st = statePort
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') {
				ptr--
				if u.special() && len(p.buf) == 0 {
					return false
				} else if override != stateNone && len(p.buf) == 0 && (u.includesCredentials() || u.port >= 0) {
					return false
				}
				h, ok := parseHost(string(p.buf), !u.special())
				if !ok {
					return false
				}
				u.host, u.hasHost = h, true
				p.buf = p.buf[:0]
				st = statePathStart
				if override != stateNone {
					return true
				}
			} else {
				if c == '[' {
					p.inBrack = true
				} else if c == ']' {
					p.inBrack = false
				}
				p.buf = utf8.AppendRune(p.buf, c)
			}

		case statePort:
			if isASCIIDigit(c) {
				p.buf = append(p.buf, byte(c))
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') || override != stateNone {
				if len(p.buf) > 0 {
					// Leading zeros are allowed; only the value counts.
					s := strings.TrimLeft(string(p.buf), "0")
					if len(s) > 5 {
						return false
					}
					port := 0
					if s != "" {
						port, _ = strconv.Atoi(s)
					}
					if port > 65535 {
						return false
					}
					if port == defaultPort(u.scheme) {
						port = -1
					}
					u.port = port
					p.buf = p.buf[:0]
					if override != stateNone {
						return true
					}
				}
				if override != stateNone {
					return false
				}
				st = statePathStart
				ptr--
			} else {
				return false
			}

		case stateFile:
			u.scheme = "file"
			u.host, u.hasHost = "", true
			if c == '/' || c == '\\' {
				st = stateFileSlash
			} else if base != nil && base.scheme == "file" {
				u.host, u.hasHost = base.host, base.hasHost
				u.path = append([]string(nil), base.path...)
				u.query, u.hasQuery = base.query, base.hasQuery
				switch {
				case c == '?':
					u.query, u.hasQuery = "", true
					st = stateQuery
				case c == '#':
					u.frag, u.hasFrag = "", true
					st = stateFragment
				case c != eof:
					u.query, u.hasQuery = "", false
					if !startsWithDriveLetter(in, ptr) {
						u.shortenPath()
					} else {
						u.path = nil
					}
					st = statePath
					ptr--
				}
			} else {
				st = statePath
				ptr--
			}

		case stateFileSlash:
			if c == '/' || c == '\\' {
				st = stateFileHost
			} else {
				if base != nil && base.scheme == "file" {
					if !startsWithDriveLetter(in, ptr) && len(base.path) > 0 && isNormalizedDriveLetter(base.path[0]) {
						u.path = append(u.path, base.path[0])
					}
					u.host, u.hasHost = base.host, base.hasHost
				}
				st = statePath
				ptr--
			}

		case stateFileHost:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				ptr--
				if override == stateNone && isDriveLetter(string(p.buf)) {
					// The buffer is kept and becomes the first path
					// segment (the Windows drive letter quirk).
					st = statePath
				} else if len(p.buf) == 0 {
					u.host, u.hasHost = "", true
					if override != stateNone {
						return true
					}
					st = statePathStart
				} else {
					h, ok := parseHost(string(p.buf), !u.special())
					if !ok {
						return false
					}
					if h == "localhost" {
						h = ""
					}
					u.host, u.hasHost = h, true
					if override != stateNone {
						return true
					}
					p.buf = p.buf[:0]
					st = statePathStart
				}
			} else {
				p.buf = utf8.AppendRune(p.buf, c)
			}

		case statePathStart:
			switch {
			case u.special():
				st = statePath
				if c != '/' && c != '\\' {
					ptr--
				}
			case override == stateNone && c == '?':
				u.query, u.hasQuery = "", true
				st = stateQuery
			case override == stateNone && c == '#':
				u.frag, u.hasFrag = "", true
				st = stateFragment
			case c != eof:
				st = statePath
				if c != '/' {
					ptr--
				}
			case override != stateNone && !u.hasHost:
				u.path = append(u.path, "")
			}

		case statePath:
			slash := c == '/' || (u.special() && c == '\\')
			if c == eof || slash || (override == stateNone && (c == '?' || c == '#')) {
				seg := string(p.buf)
				switch {
				case isDoubleDot(seg):
					u.shortenPath()
					if !slash {
						u.path = append(u.path, "")
					}
				case isSingleDot(seg):
					if !slash {
						u.path = append(u.path, "")
					}
				default:
					if u.scheme == "file" && len(u.path) == 0 && isDriveLetter(seg) {
						seg = seg[:1] + ":"
					}
					u.path = append(u.path, seg)
				}
				p.buf = p.buf[:0]
				if c == '?' {
					u.query, u.hasQuery = "", true
					st = stateQuery
				}
				if c == '#' {
					u.frag, u.hasFrag = "", true
					st = stateFragment
				}
			} else {
				p.buf = appendEncodedBytes(p.buf, c, pathSet)
			}

		case stateOpaquePath:
			if c == '?' || c == '#' || c == eof {
				u.opath += string(p.buf)
				p.buf = p.buf[:0]
			}
			switch {
			case c == '?':
				u.query, u.hasQuery = "", true
				st = stateQuery
			case c == '#':
				u.frag, u.hasFrag = "", true
				st = stateFragment
			case c == ' ':
				// A space before '?' or '#' is encoded so that it is not
				// lost when the query or fragment is removed later.
				if n := next(1); n == '?' || n == '#' {
					p.buf = append(p.buf, "%20"...)
				} else {
					p.buf = append(p.buf, ' ')
				}
			case c != eof:
				p.buf = appendEncodedBytes(p.buf, c, c0ControlSet)
			}

		case stateQuery:
			if (override == stateNone && c == '#') || c == eof {
				set := querySet
				if u.special() {
					set = specialQuerySet
				}
				q := []byte(u.query)
				for _, cp := range string(p.buf) {
					q = appendEncodedBytes(q, cp, set)
				}
				u.query = string(q)
				p.buf = p.buf[:0]
				if c == '#' {
					u.frag, u.hasFrag = "", true
					st = stateFragment
				}
			} else {
				p.buf = utf8.AppendRune(p.buf, c)
			}

		case stateFragment:
			if c != eof {
				p.buf = appendEncodedBytes(p.buf, c, fragmentSet)
			} else {
				u.frag += string(p.buf)
			}
		}
	}
	return true
}

// serialize is the URL serializer.
func (r *record) serialize(excludeFragment bool) string {
	var b strings.Builder
	b.WriteString(r.scheme)
	b.WriteByte(':')
	if r.hasHost {
		b.WriteString("//")
		if r.includesCredentials() {
			b.WriteString(r.username)
			if r.password != "" {
				b.WriteByte(':')
				b.WriteString(r.password)
			}
			b.WriteByte('@')
		}
		b.WriteString(r.host)
		if r.port >= 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(r.port))
		}
	}
	if !r.hasHost && !r.opaque && len(r.path) > 1 && r.path[0] == "" {
		b.WriteString("/.")
	}
	b.WriteString(r.pathString())
	if r.hasQuery {
		b.WriteByte('?')
		b.WriteString(r.query)
	}
	if !excludeFragment && r.hasFrag {
		b.WriteByte('#')
		b.WriteString(r.frag)
	}
	return b.String()
}

// pathString is the URL path serializer.
func (r *record) pathString() string {
	if r.opaque {
		return r.opath
	}
	n := 0
	for _, s := range r.path {
		n += 1 + len(s)
	}
	b := make([]byte, 0, n)
	for _, s := range r.path {
		b = append(b, '/')
		b = append(b, s...)
	}
	return string(b)
}

// hostPort is the host getter: the serialized host and the port.
func (r *record) hostPort() string {
	if !r.hasHost {
		return ""
	}
	if r.port < 0 {
		return r.host
	}
	return r.host + ":" + strconv.Itoa(r.port)
}

// origin serializes the URL's origin (URL Standard §4.5 "origin", HTML's
// serialization of an origin): a tuple origin for the special schemes
// but file, the origin of the inner URL for blob:, else "null".
func (r *record) origin() string {
	switch r.scheme {
	case "blob":
		inner, ok := parseURL(r.pathString(), nil)
		if ok && (inner.scheme == "http" || inner.scheme == "https") {
			return inner.origin()
		}
		return "null"
	case "ftp", "http", "https", "ws", "wss":
		return r.scheme + "://" + r.hostPort()
	}
	return "null"
}
