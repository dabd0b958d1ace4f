package url_test

import (
	"bytes"
	"testing"

	"github.com/dop251/goja"
)

func BenchmarkNewURL(b *testing.B) {
	var out, errOut bytes.Buffer
	l := newLoop(b, &out, &errOut)
	prog := goja.MustCompile("b.js", `new URL('https://user@example.com:8080/path/to/x?y=1&z=2#frag').href`, true)
	b.ReportAllocs()
	for range b.N {
		if _, err := l.VM().RunProgram(prog); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSearchParams(b *testing.B) {
	var out, errOut bytes.Buffer
	l := newLoop(b, &out, &errOut)
	prog := goja.MustCompile("b.js", `{ const p = new URLSearchParams('a=1&b=2&c=3'); p.append('d', '4'); p.toString() }`, true)
	b.ReportAllocs()
	for range b.N {
		if _, err := l.VM().RunProgram(prog); err != nil {
			b.Fatal(err)
		}
	}
}
