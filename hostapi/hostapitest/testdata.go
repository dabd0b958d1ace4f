package hostapitest

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/jsloop/jsloop/jsloop"
)

var pidRe = regexp.MustCompile(`\((?:node|jsloop):\d+\)`)

// deviationMark starts a testdata script that pins the standard's
// behaviour where Node differs: it is not checked against node.
const deviationMark = "// Deviation from Node"

// Scripts runs each testdata/<case>.js of the calling package and compares
// its stdout and exit code with <case>.out (rewritten instead when update
// is true). When <case>.err exists, each of its lines must appear in the
// stderr (PIDs normalized), in order.
func Scripts(t *testing.T, update bool, opts ...jsloop.Option) {
	files, _ := filepath.Glob("testdata/*.js")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".js"), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			abs, _ := filepath.Abs(file)
			stdout, stderr, code := Run(t, abs, string(src), opts...)
			got := stdout + "--- exit " + strconv.Itoa(code) + "\n"
			outFile := strings.TrimSuffix(file, ".js") + ".out"
			if update {
				if err := os.WriteFile(outFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(outFile)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", got, want, stderr)
			}
			errWant, err := os.ReadFile(strings.TrimSuffix(file, ".js") + ".err")
			if err != nil {
				return
			}
			stderr = pidRe.ReplaceAllString(stderr, "(node:PID)")
			rest := stderr
			for _, line := range strings.Split(strings.TrimSpace(string(errWant)), "\n") {
				i := strings.Index(rest, line)
				if i < 0 {
					t.Errorf("stderr lacks %q (in order):\n%s", line, stderr)
					break
				}
				rest = rest[i+len(line):]
			}
		})
	}
}

// ScriptsNode checks the testdata recordings against a live node, when
// there is one, for the scripts that follow Node.
func ScriptsNode(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH")
	}
	files, _ := filepath.Glob("testdata/*.js")
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".js"), func(t *testing.T) {
			t.Parallel()
			src, _ := os.ReadFile(file)
			if bytes.HasPrefix(src, []byte(deviationMark)) {
				t.Skip("pins a deviation from Node")
			}
			cmd := exec.Command(node, filepath.Base(file))
			cmd.Dir = "testdata"
			var out bytes.Buffer
			cmd.Stdout = &out
			code := 0
			if err := cmd.Run(); err != nil {
				var ee *exec.ExitError
				if !errors.As(err, &ee) {
					t.Fatal(err)
				}
				code = ee.ExitCode()
			}
			got := out.String() + "--- exit " + strconv.Itoa(code) + "\n"
			want, _ := os.ReadFile(strings.TrimSuffix(file, ".js") + ".out")
			if got != string(want) {
				t.Errorf("node printed:\n%s\nrecorded:\n%s", got, want)
			}
		})
	}
}
