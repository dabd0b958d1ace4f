package blob

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"strings"
	"time"

	"github.com/jsloop/jsloop/hostapi/encoding"
)

// ErrMultipart is wrapped by every error of ParseMultipart.
var ErrMultipart = errors.New("blob: malformed multipart/form-data body")

// EncodeMultipart encodes entries with HTML's multipart/form-data
// encoding algorithm, as browsers and undici do: a random boundary, CRLF
// line breaks, newlines in names and string values normalized to CRLF,
// and CR, LF and '"' in names and filenames escaped as %0D, %0A and %22.
// A file part carries its filename (even "") and its type, or
// application/octet-stream. It returns the body and the Content-Type
// header value for it. Any goroutine.
func EncodeMultipart(entries []Entry) (body []byte, contentType string) {
	var rnd [16]byte
	_, _ = rand.Read(rnd[:])
	boundary := "----formdata-jsloop-" + hex.EncodeToString(rnd[:])
	n := 0
	for _, e := range entries {
		n += len(boundary) + len(e.Name) + len(e.Value) + 128
		if e.File != nil {
			n += len(e.File.Data) + len(e.File.Name) + len(e.File.Type)
		}
	}
	b := make([]byte, 0, n)
	for _, e := range entries {
		b = append(b, "--"...)
		b = append(b, boundary...)
		b = append(b, "\r\nContent-Disposition: form-data; name=\""...)
		b = appendEscaped(b, normalizeNewlines(e.Name))
		b = append(b, '"')
		if e.File == nil {
			b = append(b, "\r\n\r\n"...)
			b = append(b, normalizeNewlines(e.Value)...)
		} else {
			b = append(b, "; filename=\""...)
			b = appendEscaped(b, e.File.Name)
			b = append(b, "\"\r\nContent-Type: "...)
			// Leading and trailing spaces would not survive a parser.
			t := strings.Trim(normalizeType(e.File.Type), " ")
			if t == "" {
				t = "application/octet-stream"
			}
			b = append(b, t...)
			b = append(b, "\r\n\r\n"...)
			b = append(b, e.File.Data...)
		}
		b = append(b, "\r\n"...)
	}
	b = append(b, "--"...)
	b = append(b, boundary...)
	b = append(b, "--\r\n"...)
	return b, "multipart/form-data; boundary=" + boundary
}

// normalizeNewlines replaces CR LF, lone CR and lone LF with CR LF.
func normalizeNewlines(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(s, "\n", "\r\n")
}

func appendEscaped(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\n':
			b = append(b, "%0A"...)
		case '\r':
			b = append(b, "%0D"...)
		case '"':
			b = append(b, "%22"...)
		default:
			b = append(b, c)
		}
	}
	return b
}

// unescapeName undoes appendEscaped (the multipart/form-data parser's
// name step 4: %0A, %0D case-insensitively, and %22).
func unescapeName(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			switch strings.ToUpper(s[i+1 : i+3]) {
			case "0A":
				b.WriteByte('\n')
				i += 2
				continue
			case "0D":
				b.WriteByte('\r')
				i += 2
				continue
			}
			if s[i+1:i+3] == "22" {
				b.WriteByte('"')
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// ParseMultipart parses a multipart/form-data body (the Fetch body
// mixin's formData()) following the multipart/form-data parser of
// https://andreubotella.github.io/multipart-form-data/, which undici
// implements, with some leniency: a preamble before the first boundary,
// whitespace after a boundary, an epilogue, Content-Disposition
// parameters in any order and unquoted, filename* (RFC 5987, UTF-8).
// Names and filenames have %0A, %0D and %22 decoded; a file part without
// a Content-Type gets "text/plain"; string values are UTF-8 decoded
// (invalid bytes become U+FFFD); files get the current time as their
// LastModified. Errors wrap ErrMultipart. Any goroutine.
func ParseMultipart(body []byte, contentType string) ([]Entry, error) {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil, errors.Join(ErrMultipart, err)
	}
	if mt != "multipart/form-data" {
		return nil, errorf("content type %q is not multipart/form-data", mt)
	}
	boundary := params["boundary"]
	if boundary == "" {
		return nil, errorf("no boundary in content type")
	}
	delim := []byte("--" + boundary)
	pos := 0
	if !bytes.HasPrefix(body, delim) {
		i := bytes.Index(body, append([]byte("\r\n"), delim...))
		if i < 0 {
			return nil, errorf("no boundary in body")
		}
		pos = i + 2
	}
	now := time.Now().UnixMilli()
	var entries []Entry
	for {
		// pos is at a delimiter.
		pos += len(delim)
		if bytes.HasPrefix(body[pos:], []byte("--")) {
			return entries, nil // the close delimiter; the rest is epilogue
		}
		for pos < len(body) && (body[pos] == ' ' || body[pos] == '\t') {
			pos++
		}
		if !bytes.HasPrefix(body[pos:], []byte("\r\n")) {
			return nil, errorf("expected CRLF after boundary")
		}
		pos += 2
		h, n, err := parsePartHeaders(body[pos:])
		if err != nil {
			return nil, err
		}
		pos += n
		end := bytes.Index(body[pos:], append([]byte("\r\n"), delim...))
		if end < 0 {
			return nil, errorf("part %q is not terminated by a boundary", h.name)
		}
		data := body[pos : pos+end]
		pos += end + 2
		if strings.EqualFold(h.encoding, "base64") {
			dec, err := base64.StdEncoding.DecodeString(strings.Map(dropSpace, string(data)))
			if err != nil {
				return nil, errors.Join(ErrMultipart, err)
			}
			data = dec
		}
		e := Entry{Name: h.name}
		if h.hasFilename {
			ct := "text/plain"
			if h.hasType {
				ct = h.contentType
			}
			e.File = &FileData{Name: h.filename, Type: normalizeType(ct), Data: bytes.Clone(data), LastModified: now}
		} else {
			e.Value = encoding.DecodeUTF8NoBOM(data)
		}
		entries = append(entries, e)
	}
}

func dropSpace(r rune) rune {
	switch r {
	case ' ', '\t', '\r', '\n':
		return -1
	}
	return r
}

func errorf(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrMultipart}, args...)...)
}

type partHeaders struct {
	name, filename string
	hasName        bool
	hasFilename    bool
	contentType    string
	hasType        bool
	encoding       string
}

// parsePartHeaders parses a part's header block up to and including the
// empty line; it returns the bytes consumed.
func parsePartHeaders(b []byte) (partHeaders, int, error) {
	var h partHeaders
	pos := 0
	for {
		if bytes.HasPrefix(b[pos:], []byte("\r\n")) {
			if !h.hasName {
				return h, 0, errorf("part without a name")
			}
			return h, pos + 2, nil
		}
		eol := bytes.Index(b[pos:], []byte("\r\n"))
		if eol < 0 {
			return h, 0, errorf("unterminated part header")
		}
		line := string(b[pos : pos+eol])
		pos += eol + 2
		name, value, ok := strings.Cut(line, ":")
		name = strings.Trim(name, " \t")
		if !ok || !isToken(name) {
			return h, 0, errorf("malformed part header %q", line)
		}
		value = strings.Trim(value, " \t")
		switch strings.ToLower(name) {
		case "content-disposition":
			if err := h.parseDisposition(value); err != nil {
				return h, 0, err
			}
		case "content-type":
			h.contentType, h.hasType = encoding.DecodeUTF8NoBOM([]byte(value)), true
			if !isASCII(value) {
				h.contentType = ""
			}
		case "content-transfer-encoding":
			h.encoding = value
		}
	}
}

// parseDisposition reads `form-data; name="..."; filename="..."`.
func (h *partHeaders) parseDisposition(v string) error {
	kind, rest, _ := strings.Cut(v, ";")
	if !strings.EqualFold(strings.TrimSpace(kind), "form-data") {
		return errorf("Content-Disposition %q is not form-data", v)
	}
	h.hasName, h.hasFilename = false, false
	var extFilename string
	hasExt := false
	for {
		rest = strings.TrimLeft(rest, " \t;")
		if rest == "" {
			break
		}
		var key string
		i := strings.IndexAny(rest, "=;")
		if i < 0 {
			break // a parameter without a value: ignored
		}
		key, rest = strings.ToLower(strings.TrimSpace(rest[:i])), rest[i:]
		if rest[0] == ';' {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t")
		var val string
		if strings.HasPrefix(rest, "\"") {
			// A quoted name ends at the next '"': browsers escape quotes
			// as %22 and do not escape backslashes.
			j := strings.IndexByte(rest[1:], '"')
			if j < 0 {
				return errorf("unterminated quoted %s in Content-Disposition", key)
			}
			val, rest = rest[1:1+j], rest[2+j:]
			val = unescapeName(val)
		} else {
			j := strings.IndexByte(rest, ';')
			if j < 0 {
				j = len(rest)
			}
			val, rest = strings.TrimSpace(rest[:j]), rest[j:]
		}
		switch key {
		case "name":
			h.name, h.hasName = encoding.DecodeUTF8NoBOM([]byte(val)), true
		case "filename":
			h.filename, h.hasFilename = encoding.DecodeUTF8NoBOM([]byte(val)), true
		case "filename*":
			// RFC 5987: charset'language'percent-encoded, UTF-8 only.
			parts := strings.SplitN(val, "'", 3)
			if len(parts) == 3 && strings.EqualFold(parts[0], "utf-8") {
				if s, err := url.PathUnescape(parts[2]); err == nil {
					extFilename, hasExt = encoding.DecodeUTF8NoBOM([]byte(s)), true
				}
			}
		}
	}
	if hasExt {
		h.filename, h.hasFilename = extFilename, true
	}
	return nil
}

func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c >= 0x7F || strings.IndexByte(`"(),/:;<=>?@[\]{}`, c) >= 0 {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
