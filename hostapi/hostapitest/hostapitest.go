// Package hostapitest sets loops up the way the CLI does (timers and every
// host API enabled) for the tests of the binding packages, so that each
// tests the same way.
package hostapitest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/jsloop/jsloop/hostapi"
	"github.com/jsloop/jsloop/jsloop"
	"github.com/jsloop/jsloop/timers"
)

// NewLoop returns a loop with timers and the host APIs enabled, writing to
// out and errOut.
func NewLoop(t testing.TB, out, errOut *bytes.Buffer, opts ...jsloop.Option) *jsloop.Loop {
	t.Helper()
	l := jsloop.New(append([]jsloop.Option{jsloop.WithStdout(out), jsloop.WithStderr(errOut)}, opts...)...)
	if err := timers.Enable(l); err != nil {
		t.Fatal(err)
	}
	if err := hostapi.Enable(l); err != nil {
		t.Fatal(err)
	}
	return l
}

// Run runs src as the script name (30 s at most) and returns its stdout,
// stderr and exit code; an error other than an exit code fails the test.
func Run(t testing.TB, name, src string, opts ...jsloop.Option) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	l := NewLoop(t, &out, &errOut, opts...)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := l.RunScript(ctx, name, src)
	var ec interface{ ExitCode() int }
	switch {
	case err == nil:
	case errors.As(err, &ec):
		code = ec.ExitCode()
	default:
		t.Fatalf("run %s: %v", name, err)
	}
	return out.String(), errOut.String(), code
}

// Output runs src and returns its standard output; an uncaught error or a
// non-zero exit fails the test.
func Output(t testing.TB, src string) string {
	t.Helper()
	stdout, stderr, code := Run(t, "test.js", src)
	if code != 0 {
		t.Fatalf("exit code %d\n%s", code, stderr)
	}
	return stdout
}

// NodeOutput runs src under node when it is on PATH (ok false otherwise),
// so that an expected output can be checked to be what Node prints.
func NodeOutput(t testing.TB, src string) (out string, ok bool) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		return "", false
	}
	f := filepath.Join(t.TempDir(), "test.js")
	if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := exec.Command(node, f).Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	return string(b), true
}
