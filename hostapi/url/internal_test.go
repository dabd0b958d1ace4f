package url

import "testing"

func TestHostParser(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in     string
		opaque bool
		want   string
		fail   bool
	}{
		{"EXAMPLE.com", false, "example.com", false},
		{"0x7f.0.0.1", false, "127.0.0.1", false},
		{"0300.0250.0.1", false, "192.168.0.1", false},
		{"4294967295", false, "255.255.255.255", false},
		{"4294967296", false, "", true},
		{"1.2.3.4.5", false, "", true},
		{"1.256.3.4", false, "", true},
		{"foo.0x", false, "", true},
		{"[::ffff:192.168.0.1]", false, "[::ffff:c0a8:1]", false},
		{"[1:0:0:2:0:0:0:3]", false, "[1:0:0:2::3]", false},
		{"[0:0:0:0:0:0:0:0]", false, "[::]", false},
		{"[1::2::3]", false, "", true},
		{"[::1", false, "", true},
		{"b%C3%BCcher.de", false, "xn--bcher-kva.de", false},
		{"a%25b", false, "", true},
		{"xn--", false, "", true},
		{"a b", true, "", true},
		{"%zz é", true, "", true},
		{"%zzé", true, "%zz%C3%A9", false},
	}
	for _, tc := range tests {
		got, ok := parseHost(tc.in, tc.opaque)
		if ok == tc.fail || got != tc.want {
			t.Errorf("parseHost(%q, %v) = %q, %v; want %q, %v", tc.in, tc.opaque, got, ok, tc.want, !tc.fail)
		}
	}
}

func TestLessUTF16(t *testing.T) {
	t.Parallel()
	// UTF-16 order puts U+1F600 (D83D DE00) before U+FFFD, unlike UTF-8.
	for _, tc := range []struct {
		a, b string
		less bool
	}{
		{"\U0001F600", "\uFFFD", true},
		{"\uFFFD", "\U0001F600", false},
		{"a", "ab", true},
		{"ab", "a", false},
		{"a", "a", false},
		{"\U0001F600", "\U0001F601", true},
		{"z", "\u00e9", true},
	} {
		if got := lessUTF16(tc.a, tc.b); got != tc.less {
			t.Errorf("lessUTF16(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

func TestDecodeUTF8(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"abc", "abc"},
		{"\xE2\x82x", "\uFFFDx"},               // a truncated sequence is one U+FFFD
		{"\xC0\xAF", "\uFFFD\uFFFD"},           // overlong: two
		{"\xED\xA0\x80", "\uFFFD\uFFFD\uFFFD"}, // a surrogate: three
		{"\xF0\x9F\x98", "\uFFFD"},
		{"\xEF\xBB\xBFa", "\uFEFFa"}, // without BOM: kept
	} {
		if got := decodeUTF8([]byte(tc.in)); got != tc.want {
			t.Errorf("decodeUTF8(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFormSerialization(t *testing.T) {
	t.Parallel()
	list := parseForm("a+b=c%20d&&=&x&%E2%82=%")
	want := []pair{{"a b", "c d"}, {"", ""}, {"x", ""}, {"\uFFFD", "%"}}
	if len(list) != len(want) {
		t.Fatalf("parseForm = %q", list)
	}
	for i := range want {
		if list[i] != want[i] {
			t.Errorf("pair %d = %q, want %q", i, list[i], want[i])
		}
	}
	if got := serializeForm([]pair{{"a b", "~!*'()"}, {"é", "&="}}); got != "a+b=%7E%21*%27%28%29&%C3%A9=%26%3D" {
		t.Errorf("serializeForm = %q", got)
	}
}
