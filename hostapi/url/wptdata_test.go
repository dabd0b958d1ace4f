package url

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestWPTURLTestData runs the parser over the web-platform-tests' URL
// data set (url/resources/urltestdata.json) when WPT_HOME points at a
// fetched suite (see /work/shared/wpt/README.md); it is skipped otherwise.
// The same data runs through JS in the WPT runner; this is the quick loop.
func TestWPTURLTestData(t *testing.T) {
	home := os.Getenv("WPT_HOME")
	if home == "" {
		t.Skip("WPT_HOME not set")
	}
	for _, name := range []string{"urltestdata.json", "urltestdata-javascript-only.json"} {
		raw, err := os.ReadFile(filepath.Join(home, "suite", "url", "resources", name))
		if err != nil {
			t.Skip(err)
		}
		var cases []json.RawMessage
		if err := json.Unmarshal(raw, &cases); err != nil {
			t.Fatal(err)
		}
		for _, rc := range cases {
			var tc struct {
				Input    string  `json:"input"`
				Base     *string `json:"base"`
				Failure  bool    `json:"failure"`
				Href     string  `json:"href"`
				Origin   *string `json:"origin"`
				Pathname string  `json:"pathname"`
				Host     string  `json:"host"`
			}
			if json.Unmarshal(rc, &tc) != nil {
				continue // a comment
			}
			var base *record
			if tc.Base != nil {
				var ok bool
				if base, ok = parseURL(*tc.Base, nil); !ok {
					if !tc.Failure {
						t.Errorf("%s: base %q failed", name, *tc.Base)
					}
					continue
				}
			}
			r, ok := parseURL(tc.Input, base)
			switch {
			case tc.Failure && ok:
				t.Errorf("%q (base %v): want failure, got %q", tc.Input, deref(tc.Base), r.serialize(false))
			case !tc.Failure && !ok:
				t.Errorf("%q (base %v): failed, want %q", tc.Input, deref(tc.Base), tc.Href)
			case !tc.Failure && r.serialize(false) != tc.Href:
				t.Errorf("%q (base %v): href %q, want %q", tc.Input, deref(tc.Base), r.serialize(false), tc.Href)
			case !tc.Failure && tc.Origin != nil && r.origin() != *tc.Origin:
				t.Errorf("%q (base %v): origin %q, want %q", tc.Input, deref(tc.Base), r.origin(), *tc.Origin)
			}
		}
	}
}

func deref(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}
