package blob

import (
	"bytes"
	"errors"
	"mime"
	"mime/multipart"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jsloop/jsloop/hostapi/encoding"
)

func TestEncodeMultipart(t *testing.T) {
	t.Parallel()
	entries := []Entry{
		{Name: "a\nb\"c", Value: "x\ny\rz\r\nw"},
		{Name: "f", File: &FileData{Name: "n\"a\nme.txt", Type: "Text/Plain", Data: []byte("hi")}},
		{Name: "g", File: &FileData{Name: "", Data: []byte{0, 1}}},
		{Name: "é", Value: ""},
	}
	body, ct := EncodeMultipart(entries)
	boundary, ok := strings.CutPrefix(ct, "multipart/form-data; boundary=")
	if !ok || len(boundary) > 70 || strings.Trim(boundary, "-abcdefghijklmnopqrstuvwxyz0123456789") != "" {
		t.Fatalf("content type %q", ct)
	}
	want := strings.ReplaceAll(`--B
Content-Disposition: form-data; name="a%0D%0Ab%22c"

x
y
z
w
--B
Content-Disposition: form-data; name="f"; filename="n%22a%0Ame.txt"
Content-Type: text/plain

hi
--B
Content-Disposition: form-data; name="g"; filename=""
Content-Type: application/octet-stream

`+"\x00\x01"+`
--B
Content-Disposition: form-data; name="é"


--B--
`, "\n", "\r\n")
	want = strings.ReplaceAll(want, "B", boundary)
	if string(body) != want {
		t.Errorf("body\n%q\nwant\n%q", body, want)
	}
	if _, ct2 := EncodeMultipart(entries); ct2 == ct {
		t.Error("the boundary is not random")
	}
	// Go's own reader agrees on the framing.
	r := multipart.NewReader(bytes.NewReader(body), boundary)
	n := 0
	for {
		p, err := r.NextRawPart()
		if err != nil {
			if err.Error() != "EOF" {
				t.Errorf("mime/multipart: %v", err)
			}
			break
		}
		n++
		_ = p
	}
	if n != len(entries) {
		t.Errorf("mime/multipart read %d parts, want %d", n, len(entries))
	}
}

func TestParseMultipart(t *testing.T) {
	t.Parallel()
	crlf := func(s string) []byte { return []byte(strings.ReplaceAll(s, "\n", "\r\n")) }
	str := func(name, value string) Entry { return Entry{Name: name, Value: value} }
	file := func(name, fname, typ, data string) Entry {
		return Entry{Name: name, File: &FileData{Name: fname, Type: typ, Data: []byte(data)}}
	}
	tests := []struct {
		name string
		ct   string
		body []byte
		want []Entry
		err  bool
	}{
		{"browser", "multipart/form-data; boundary=----WebKitFormBoundaryx", crlf(`------WebKitFormBoundaryx
Content-Disposition: form-data; name="a"

1
------WebKitFormBoundaryx
Content-Disposition: form-data; name="f"; filename="q.txt"
Content-Type: text/plain

abc
------WebKitFormBoundaryx--
`), []Entry{str("a", "1"), file("f", "q.txt", "text/plain", "abc")}, false},
		{"quoted boundary, escapes, no type", `Multipart/Form-Data; boundary="b q"; charset=utf-8`, crlf(`--b q
Content-Disposition: form-data; name="x%22y%0Az"; filename="a%0d.bin"

data
--b q
content-disposition:FORM-DATA;filename=plain.txt;name=unquoted
X-Other: ignored

v
--b q--`), []Entry{file("x\"y\nz", "a\r.bin", "text/plain", "data"), file("unquoted", "plain.txt", "text/plain", "v")}, false},
		{"preamble, padding, epilogue, filename*", "multipart/form-data; boundary=X", crlf(`This is a preamble.
--X 	
Content-Disposition: form-data; name="f"; filename="fallback.txt"; filename*=UTF-8''%C3%A9t%C3%A9.txt
Content-Type: Image/PNG

` + "\xff\xfe" + `
--X--
epilogue`), []Entry{file("f", "été.txt", "image/png", "\xff\xfe")}, false},
		{"base64 and invalid UTF-8", "multipart/form-data; boundary=X", crlf(`--X
Content-Disposition: form-data; name="b"; filename="b.bin"
Content-Transfer-Encoding: base64

aGVs
bG8=
--X
Content-Disposition: form-data; name="s"

` + "a\xC3(\xEF\xBB\xBF" + `
--X
Content-Disposition: form-data; name="empty"


--X--
`), []Entry{file("b", "b.bin", "text/plain", "hello"), str("s", "a\uFFFD(\uFEFF"), str("empty", "")}, false},
		{"only the close delimiter", "multipart/form-data; boundary=X", []byte("--X--"), nil, false},
		{"not multipart", "text/plain; boundary=X", []byte("--X--"), nil, true},
		{"no boundary", "multipart/form-data", []byte("--X--"), nil, true},
		{"boundary absent from body", "multipart/form-data; boundary=X", []byte("hello"), nil, true},
		{"unterminated part", "multipart/form-data; boundary=X", crlf("--X\nContent-Disposition: form-data; name=\"a\"\n\nv"), nil, true},
		{"no name", "multipart/form-data; boundary=X", crlf("--X\nContent-Disposition: form-data\n\nv\n--X--"), nil, true},
		{"not form-data", "multipart/form-data; boundary=X", crlf("--X\nContent-Disposition: attachment; name=\"a\"\n\nv\n--X--"), nil, true},
		{"bad header", "multipart/form-data; boundary=X", crlf("--X\nno colon here\n\nv\n--X--"), nil, true},
		{"no CRLF after boundary", "multipart/form-data; boundary=X", []byte("--Xjunk"), nil, true},
		{"unterminated quote", "multipart/form-data; boundary=X", crlf("--X\nContent-Disposition: form-data; name=\"a\n\nv\n--X--"), nil, true},
	}
	for _, tc := range tests {
		got, err := ParseMultipart(tc.body, tc.ct)
		if tc.err {
			if err == nil || !errors.Is(err, ErrMultipart) {
				t.Errorf("%s: err = %v, want an ErrMultipart", tc.name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if !sameEntries(got, tc.want) {
			t.Errorf("%s: got %s, want %s", tc.name, dump(got), dump(tc.want))
		}
		for _, e := range got {
			if e.File != nil && e.File.LastModified == 0 {
				t.Errorf("%s: file %q without LastModified", tc.name, e.File.Name)
			}
		}
	}
}

// A body written by Go's mime/multipart.Writer parses.
func TestParseGoWriter(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	_ = w.WriteField("k", "v v")
	fw, _ := w.CreateFormFile("up", "x.bin")
	_, _ = fw.Write([]byte{9, 8, 7})
	_ = w.Close()
	got, err := ParseMultipart(buf.Bytes(), w.FormDataContentType())
	want := []Entry{{Name: "k", Value: "v v"}, {Name: "up", File: &FileData{Name: "x.bin", Type: "application/octet-stream", Data: []byte{9, 8, 7}}}}
	if err != nil || !sameEntries(got, want) {
		t.Errorf("got %s, %v", dump(got), err)
	}
}

func sameEntries(a, b []Entry) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Name != y.Name || x.Value != y.Value || (x.File == nil) != (y.File == nil) {
			return false
		}
		if x.File != nil && (x.File.Name != y.File.Name || x.File.Type != y.File.Type || !bytes.Equal(x.File.Data, y.File.Data)) {
			return false
		}
	}
	return true
}

func dump(es []Entry) string {
	var b strings.Builder
	for _, e := range es {
		if e.File != nil {
			b.WriteString(strings.Join([]string{"{", e.Name, " file ", e.File.Name, " ", e.File.Type, " ", string(e.File.Data), "}"}, ""))
		} else {
			b.WriteString("{" + e.Name + "=" + e.Value + "}")
		}
	}
	return strings.ReplaceAll(b.String(), "\r", "\\r")
}

// roundTrip is what parsing EncodeMultipart's output gives back for e:
// newlines in names and strings become CRLF, escapes in names and
// filenames are decoded (so a literal "%22" comes back as '"'), invalid
// UTF-8 in names and strings becomes U+FFFD, and types are normalized.
func roundTrip(e Entry) Entry {
	out := Entry{Name: encoding.DecodeUTF8NoBOM([]byte(unescapeName(normalizeNewlines(e.Name))))}
	if e.File == nil {
		out.Value = encoding.DecodeUTF8NoBOM([]byte(normalizeNewlines(e.Value)))
		return out
	}
	t := strings.Trim(normalizeType(e.File.Type), " ")
	if t == "" {
		t = "application/octet-stream"
	}
	out.File = &FileData{Name: encoding.DecodeUTF8NoBOM([]byte(unescapeName(e.File.Name))), Type: t, Data: e.File.Data}
	return out
}

func checkRoundTrip(t *testing.T, entries []Entry) {
	t.Helper()
	body, ct := EncodeMultipart(entries)
	got, err := ParseMultipart(body, ct)
	if err != nil {
		t.Fatalf("parsing our own encoding: %v\n%q", err, body)
	}
	want := make([]Entry, len(entries))
	for i, e := range entries {
		want[i] = roundTrip(e)
	}
	if !sameEntries(got, want) {
		t.Fatalf("round trip: got %s, want %s", dump(got), dump(want))
	}
}

// FuzzParseMultipart: ParseMultipart never panics, and whatever it
// returns (and entries made of arbitrary bytes) survives
// EncodeMultipart → ParseMultipart.
func FuzzParseMultipart(f *testing.F) {
	f.Add([]byte("--X\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--X--\r\n"), "X")
	f.Add([]byte("--X\r\nContent-Disposition: form-data; name=\"f\"; filename=\"q.txt\"\r\nContent-Type: text/plain\r\n\r\nabc\r\n--X\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\n\r\n--X--"), "X")
	f.Add([]byte("pre\r\n--b q \r\nContent-Disposition: form-data; filename*=UTF-8''%C3%A9; name=x\r\nContent-Transfer-Encoding: base64\r\n\r\naGk=\r\n--b q--"), "b q")
	f.Add([]byte("--X\r\nContent-Disposition: form-data; name=\"%22%0a\r\"\r\n\r\n\r\n--X--"), "X")
	f.Add([]byte("\xff\xfe\r\n\"%22"), "")
	f.Fuzz(func(t *testing.T, body []byte, boundary string) {
		ct := mime.FormatMediaType("multipart/form-data", map[string]string{"boundary": boundary})
		if ct == "" {
			ct = "multipart/form-data; boundary=" + boundary
		}
		entries, err := ParseMultipart(body, ct)
		if err == nil {
			for _, e := range entries {
				if !utf8.ValidString(e.Name) || !utf8.ValidString(e.Value) || (e.File != nil && !utf8.ValidString(e.File.Name)) {
					t.Fatalf("invalid UTF-8 in %s", dump(entries))
				}
			}
			checkRoundTrip(t, entries)
		}
		s := string(body)
		checkRoundTrip(t, []Entry{
			{Name: s, Value: s},
			{Name: boundary, File: &FileData{Name: s, Type: boundary, Data: body}},
		})
	})
}
