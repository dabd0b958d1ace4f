package fetch_test

import (
	"context"
	"strings"
	"testing"

	"github.com/jsloop/jsloop/fetch"
	"github.com/jsloop/jsloop/jsloop"
)

// FuzzHeaders appends an arbitrary name and value to a Headers object: it
// either throws a TypeError or keeps the value with its HTTP whitespace
// trimmed under the lowercased name; it never panics or hangs.
func FuzzHeaders(f *testing.F) {
	for _, seed := range [][2]string{
		{"Content-Type", "text/plain"}, {"a b", "x"}, {"x", "a\nb"}, {"x", " \t v \r\n"},
		{"", ""}, {"ü", "v"}, {"x", "\u0100"}, {"set-cookie", "a=1"}, {"X", "\x00"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, name, value string) {
		var stderr strings.Builder
		l := jsloop.New(jsloop.WithStderr(&stderr))
		if err := fetch.Enable(l); err != nil {
			t.Fatal(err)
		}
		vm := l.VM()
		vm.Set("NAME", name)
		vm.Set("VALUE", value)
		var result string
		vm.Set("record", func(s string) { result = s })
		err := l.RunScript(context.Background(), "fuzz.js", `
			try {
				const h = new Headers();
				h.append(NAME, VALUE);
				const got = h.get(NAME);
				const names = [...h.keys()];
				record('ok\x00' + got + '\x00' + names.join(','));
			} catch (e) {
				record('throw\x00' + e.name);
			}`)
		if err != nil {
			t.Fatalf("run: %v\n%s", err, stderr.String())
		}
		parts := strings.Split(result, "\x00")
		switch parts[0] {
		case "throw":
			if parts[1] != "TypeError" {
				t.Fatalf("threw %s for %q: %q", parts[1], name, value)
			}
		case "ok":
			want := strings.Trim(value, "\t\n\r ")
			if parts[1] != want {
				t.Fatalf("get(%q) = %q, want %q", name, parts[1], want)
			}
			if parts[2] != strings.ToLower(name) {
				t.Fatalf("keys %q for name %q", parts[2], name)
			}
		default:
			t.Fatalf("no result for %q %q", name, value)
		}
	})
}
