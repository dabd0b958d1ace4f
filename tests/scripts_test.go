package tests

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Every example under scripts/ is run here.

// The founding example: two simulated fetches of 2 s and 3 s started
// together finish in about 3 s, not 5 s, in real time and on the virtual
// clock alike (where it takes no real time).
func TestScriptSeedExample(t *testing.T) {
	needJsloop(t)
	script := filepath.Join(moduleRoot, "scripts", "seed_example.js")
	want := []*regexp.Regexp{
		regexp.MustCompile(`^Start time: \d\d:\d\d:\d\d\.\d\d\d$`),
		regexp.MustCompile(`^Starting to fetch from API Server \(takes 2 s\)$`),
		regexp.MustCompile(`^Starting to fetch from Database \(takes 3 s\)$`),
		regexp.MustCompile(`^Finished fetching from API Server$`),
		regexp.MustCompile(`^Finished fetching from Database$`),
		regexp.MustCompile(`^End time: \d\d:\d\d:\d\d\.\d\d\d$`),
		regexp.MustCompile(`^Total time: 3\.0 s \(≈ 3 s, not 5 s: the fetches ran concurrently\)$`),
		regexp.MustCompile(`^API Server result: \{ id: 42, name: 'Ada' \}$`),
		regexp.MustCompile(`^Database result: \[ 'order-1', 'order-2' \]$`),
	}
	for _, mode := range []struct {
		name    string
		args    []string
		minWall time.Duration
		maxWall time.Duration
	}{
		{"real-time", nil, 2900 * time.Millisecond, 20 * time.Second},
		{"virtual-time", []string{"--virtual-time"}, 0, 2 * time.Second},
	} {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			out, err := exec.Command(jsloopBin, append(mode.args, script)...).CombinedOutput()
			wall := time.Since(start)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
			if len(lines) != len(want) {
				t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out)
			}
			for i, re := range want {
				if !re.MatchString(lines[i]) {
					t.Errorf("line %d = %q, want %s", i+1, lines[i], re)
				}
			}
			if wall < mode.minWall || wall > mode.maxWall {
				t.Errorf("took %v of wall time, want between %v and %v", wall, mode.minWall, mode.maxWall)
			}
		})
	}
}

// The ordering walk-through prints its lines numbered in the order they
// appear, and matches node byte for byte when node is there.
func TestScriptEventLoopOrder(t *testing.T) {
	needJsloop(t)
	script := filepath.Join(moduleRoot, "scripts", "event_loop_order.js")
	out, err := exec.Command(jsloopBin, script).Output()
	if err != nil {
		t.Fatal(err)
	}
	num := regexp.MustCompile(`^(\d+)`)
	prev := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		m := num.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("unnumbered line %q", line)
		}
		n := 0
		for _, c := range m[1] {
			n = n*10 + int(c-'0')
		}
		if n < prev {
			t.Errorf("line %q after %d: out of order\n%s", line, prev, out)
		}
		prev = n
	}
	if prev != 9 {
		t.Errorf("last line numbered %d, want 9\n%s", prev, out)
	}
	if nodeBin != "" {
		nodeOut, err := exec.Command(nodeBin, script).Output()
		if err != nil {
			t.Fatal(err)
		}
		if string(nodeOut) != string(out) {
			t.Errorf("differs from node:\n--- node\n%s--- jsloop\n%s", nodeOut, out)
		}
	}
}

// fetch_concurrent.js: 20 requests in flight at once against the loopback
// test server finish in about the time of the slowest (575 ms), far from
// the 6.8 s they would take one after another.
func TestScriptFetchConcurrent(t *testing.T) {
	needJsloop(t)
	script := filepath.Join(moduleRoot, "scripts", "fetch_concurrent.js")
	start := time.Now()
	out, err := exec.Command(jsloopBin, script, testServer.URL+"/text").CombinedOutput()
	wall := time.Since(start)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 22 || !strings.HasPrefix(lines[21], "All 20 done in ") ||
		!strings.Contains(lines[21], "the slowest asked 575 ms; one after another would take 6.8 s") {
		t.Fatalf("unexpected output:\n%s", out)
	}
	if wall > 3*time.Second {
		t.Errorf("took %v: the requests did not run concurrently", wall)
	}
}
