package tests

import (
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// importTable is DESIGN.md's package map: for each layer (a top-level directory of the module,
// with all its sub-packages) the other layers its non-test Go files may import. Packages inside
// one layer may import each other. A layer mapped to nil may import anything of ours.
var importTable = map[string][]string{
	"jsloop":  {},
	"timers":  {"jsloop"},
	"hostapi": {"jsloop", "timers"},
	"fetch":   {"jsloop", "hostapi"},
	"cmd":     nil,
}

// checkImport says whether a file in layer may import path; modPath is the module path.
func checkImport(modPath, layer, path string) error {
	if path != modPath && !strings.HasPrefix(path, modPath+"/") {
		return nil // not ours
	}
	allowed, known := importTable[layer]
	if !known {
		return nil
	}
	if allowed == nil && layer == "cmd" {
		return nil
	}
	target := strings.SplitN(strings.TrimPrefix(strings.TrimPrefix(path, modPath), "/"), "/", 2)[0]
	if target == layer {
		return nil
	}
	for _, a := range allowed {
		if a == target {
			return nil
		}
	}
	if len(allowed) == 0 {
		return fmt.Errorf("%s/ may import none of the module's packages, but imports %s", layer, path)
	}
	return fmt.Errorf("%s/ may import only %s of ours, but imports %s", layer, strings.Join(allowed, ", "), path)
}

var moduleLineRe = regexp.MustCompile(`(?m)^module\s+(\S+)`)

// TestImportLayers parses the imports of every non-test Go file under each layer directory that
// exists and enforces importTable. _test.go files are exempt: an example or black-box test may
// wire several layers together.
func TestImportLayers(t *testing.T) {
	gomod, err := os.ReadFile(filepath.Join(moduleRoot, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := moduleLineRe.FindSubmatch(gomod)
	if m == nil {
		t.Fatal("go.mod has no module line")
	}
	modPath := string(m[1])
	layers := make([]string, 0, len(importTable))
	for l := range importTable {
		layers = append(layers, l)
	}
	sort.Strings(layers)
	for _, layer := range layers {
		t.Run(layer, func(t *testing.T) {
			root := filepath.Join(moduleRoot, layer)
			if _, err := os.Stat(root); err != nil {
				t.Skipf("%s/ does not exist yet", layer)
			}
			files := 0
			err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				name := d.Name()
				if d.IsDir() {
					if path != root && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
						return filepath.SkipDir
					}
					return nil
				}
				if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
					return nil
				}
				files++
				f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
				if err != nil {
					return err
				}
				for _, imp := range f.Imports {
					p, err := strconv.Unquote(imp.Path.Value)
					if err != nil {
						return fmt.Errorf("%s: bad import %s", path, imp.Path.Value)
					}
					if err := checkImport(modPath, layer, p); err != nil {
						t.Errorf("%s: %v", rel(path), err)
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s/: %d Go files checked", layer, files)
		})
	}
}

// TestImportTableRules checks the checker itself on allowed and forbidden edges.
func TestImportTableRules(t *testing.T) {
	const mod = "github.com/jsloop/jsloop"
	for _, tc := range []struct {
		layer, path string
		ok          bool
	}{
		{"jsloop", "fmt", true},
		{"jsloop", "github.com/dop251/goja", true},
		{"jsloop", mod + "/jsloop/internal/heap", true},
		{"jsloop", mod + "/timers", false},
		{"jsloop", mod, false},
		{"timers", mod + "/jsloop", true},
		{"timers", mod + "/hostapi", false},
		{"hostapi", mod + "/timers", true},
		{"hostapi", mod + "/hostapi/console", true},
		{"hostapi", mod + "/fetch", false},
		{"fetch", mod + "/hostapi/url", true},
		{"fetch", mod + "/timers", false},
		{"fetch", mod + "/cmd/jsloop", false},
		{"cmd", mod + "/fetch", true},
		{"cmd", mod + "/anything/else", true},
		{"jsloopx", mod + "/timers", true}, // not a layer: unchecked
	} {
		err := checkImport(mod, tc.layer, tc.path)
		if (err == nil) != tc.ok {
			t.Errorf("checkImport(%s, %s) = %v, want ok=%v", tc.layer, tc.path, err, tc.ok)
		}
	}
}
