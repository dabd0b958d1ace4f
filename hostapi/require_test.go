package hostapi

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/jsloop/jsloop/jsloop"
)

// OnLoad sees the main module's source and each required module's, as
// read (before the CommonJS wrapper), once each.
func TestOnLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"app/main.js": {Data: []byte(`require('./lib.js'); require('./lib.js');`)},
		"app/lib.js":  {Data: []byte(`module.exports = 1;`)},
	}
	var seen []string
	l := jsloop.New()
	err := Enable(l, func(o *Options) { o.FS = fsys }, WithOnLoad(func(path, src string) { seen = append(seen, path+": "+src) }))
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Run(context.Background(), func() error { return RunMain(l, "/app/main.js") }); err != nil {
		t.Fatal(err)
	}
	want := []string{"/app/main.js: require('./lib.js'); require('./lib.js');", "/app/lib.js: module.exports = 1;"}
	if len(seen) != len(want) || seen[0] != want[0] || seen[1] != want[1] {
		t.Fatalf("OnLoad saw %q, want %q", seen, want)
	}
}
