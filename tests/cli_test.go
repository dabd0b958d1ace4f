package tests

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// cliTimeout bounds one CLI run.
const cliTimeout = 20 * time.Second

// cliRuntime is a binary the CLI cases run against: jsloop, and node where behaviour is shared.
type cliRuntime struct{ name, bin string }

// forEachRuntime runs f under <runtime> subtests; jsloop fails without a binary, node is skipped
// when it is not on PATH.
func forEachRuntime(t *testing.T, f func(t *testing.T, rt cliRuntime)) {
	for _, rt := range []cliRuntime{{"jsloop", jsloopBin}, {"node", nodeBin}} {
		t.Run(rt.name, func(t *testing.T) {
			if rt.name == "jsloop" {
				needJsloop(t)
			} else if nodeBin == "" {
				t.Skip("node is not on PATH")
			}
			f(t, rt)
		})
	}
}

// cliCase is one command line. In args, files and the expectations, {dir} stands for the
// case's working directory (a fresh temporary directory).
type cliCase struct {
	name      string
	args      []string
	files     map[string]string // relative path → content, created before the run
	withStdin bool              // pipe stdin (else stdin is /dev/null)
	stdin     string
	// nodeSkip, when set, says why node is not run for this case and what node does instead.
	nodeSkip string

	stdout        *string  // exact stdout, when not nil
	exit          int      // exact exit status (for jsloop; for node too unless nodeExit is set)
	nodeExit      int      // node's exit status when it deliberately differs (0: same as exit)
	stderrHas     []string // substrings stderr must contain
	nodeStderrHas []string // substrings node's stderr must contain (replaces stderrHas for node)
	stderrEmpty   bool     // stderr must be empty
	extra         func(t *testing.T, r result)
}

func str(s string) *string { return &s }

// bigWrite is the script of the flush-before-exit case: 1 MiB through process.stdout.write,
// then process.exit(3) at once.
const bigWrite = `process.stdout.write('x'.repeat(1 << 20)); process.exit(3)`

var cliCases = []cliCase{
	{name: "eval", args: []string{"-e", "console.log(1+1)"}, stdout: str("2\n"), stderrEmpty: true},
	{name: "eval-long-flag", args: []string{"--eval", "console.log('long')"}, stdout: str("long\n"), stderrEmpty: true},
	{name: "eval-event-loop",
		args:   []string{"-e", "setTimeout(() => console.log('timeout'), 0); process.nextTick(() => console.log('tick')); Promise.resolve().then(() => console.log('promise')); console.log('sync')"},
		stdout: str("sync\ntick\npromise\ntimeout\n")},
	// node -e: process.argv is [execPath, ...args]: no script entry.
	{name: "eval-argv", args: []string{"-e", "console.log(JSON.stringify(process.argv.slice(1)))", "a", "b"}, stdout: str("[\"a\",\"b\"]\n")},
	// node: "[eval]:1" / source line / caret / "Error: from eval" / stack; exit 1.
	{name: "eval-uncaught", args: []string{"-e", "throw new Error('from eval')"}, stdout: str(""), exit: 1, stderrHas: []string{"Error: from eval"}},
	{name: "eval-exit-code", args: []string{"-e", "process.exitCode = 4"}, stdout: str(""), exit: 4},
	// node: "[eval]:1" / "let = ;" / caret / "SyntaxError: Unexpected token ';'"; exit 1.
	{name: "eval-syntax-error", args: []string{"-e", "let = ;"}, stdout: str(""), exit: 1, stderrHas: []string{"SyntaxError"}},

	{name: "print-number", args: []string{"-p", "1+1"}, stdout: str("2\n")},
	{name: "print-string", args: []string{"-p", `"x"`}, stdout: str("x\n")},
	{name: "print-object", args: []string{"-p", "({a:1})"}, stdout: str("{ a: 1 }\n")},
	{name: "print-array", args: []string{"--print", "[1, 'a', [2]]"}, stdout: str("[ 1, 'a', [ 2 ] ]\n")},
	{name: "print-undefined", args: []string{"-p", "undefined"}, stdout: str("undefined\n")},
	// The value is printed when the script ends, before the event loop runs.
	{name: "print-then-loop", args: []string{"-p", "setTimeout(() => console.log('later'), 1); 'now'"}, stdout: str("now\nlater\n")},

	{name: "stdin-piped", withStdin: true, stdin: "console.log('from stdin'); setTimeout(() => console.log('timer'), 1)\n", stdout: str("from stdin\ntimer\n"), stderrEmpty: true},
	{name: "stdin-dash", args: []string{"-", "a", "b"}, withStdin: true, stdin: "console.log(JSON.stringify(process.argv.slice(2)))", stdout: str("[\"a\",\"b\"]\n")},
	{name: "stdin-empty", withStdin: true, stdin: "", stdout: str(""), stderrEmpty: true},

	// node: "v20.20.2".
	{name: "version", args: []string{"--version"}, extra: func(t *testing.T, r result) {
		if strings.TrimSpace(string(r.stdout)) == "" {
			t.Error("--version printed nothing on stdout")
		}
	}},
	// node: "Usage: node [options] [ script.js ] [arguments]" and the option list on stdout.
	{name: "help", args: []string{"--help"}, extra: func(t *testing.T, r result) {
		if strings.TrimSpace(string(r.stdout)) == "" {
			t.Error("--help printed nothing on stdout")
		}
	}},
	// jsloop: usage errors exit 2. node: "node: bad option: --no-such-flag-xyz", exit 9.
	{name: "unknown-flag", args: []string{"--no-such-flag-xyz"}, stdout: str(""),
		exit: 2, stderrHas: []string{"--no-such-flag-xyz"},
		nodeExit: 9, nodeStderrHas: []string{"node: bad option: --no-such-flag-xyz"}},

	// node: "node:internal/modules/cjs/loader:1210" / "  throw err;" / caret /
	// "Error: Cannot find module '/abs/nonexistent.js'" / stack / { code: 'MODULE_NOT_FOUND', requireStack: [] }.
	{name: "missing-file", args: []string{"nonexistent.js"}, stdout: str(""), exit: 1,
		stderrHas: []string{"Error: Cannot find module '{dir}/nonexistent.js'"}},
	// A module missing deeper down names the chain of modules that required it.
	{name: "require-stack", args: []string{"main.js"}, files: map[string]string{
		"main.js": "require('./a')\n", "a.js": "require('./missing')\n"}, stdout: str(""), exit: 1,
		stderrHas: []string{"Error: Cannot find module './missing'\nRequire stack:\n- {dir}/a.js\n- {dir}/main.js\n",
			"code: 'MODULE_NOT_FOUND'", "requireStack: ["}},
	{name: "require-stack-eval", args: []string{"-e", "require('./missing')"}, stdout: str(""), exit: 1,
		stderrHas: []string{"Require stack:\n- {dir}/[eval]\n", "requireStack: ["}},
	// A directory without index.js: node reports it the same way as a missing file.
	{name: "directory", args: []string{"sub"}, files: map[string]string{"sub/readme.txt": "not js\n"}, stdout: str(""), exit: 1,
		stderrHas: []string{"Error: Cannot find module '{dir}/sub'"}},
	// A directory runs its package.json "main", else its index.js; a package.json that is not
	// JSON is an error, as in node.
	{name: "directory-package-main", args: []string{"pkg"}, files: map[string]string{
		"pkg/package.json": `{"name": "p", "main": "lib/start.js"}`, "pkg/lib/start.js": "console.log('main')\n", "pkg/index.js": "console.log('index')\n"},
		stdout: str("main\n")},
	{name: "directory-index", args: []string{"pkg"}, files: map[string]string{"pkg/index.js": "console.log('index')\n"},
		stdout: str("index\n")},
	{name: "directory-bad-package-json", args: []string{"pkg"}, files: map[string]string{
		"pkg/package.json": `{"main": `, "pkg/index.js": "console.log('index')\n"},
		stdout: str(""), exit: 1,
		stderrHas: []string{"SyntaxError: Error parsing {dir}/pkg/package.json: Unexpected end of JSON input"}},
	// node: "{dir}/bin.js:1" / the mangled line / caret / "SyntaxError: Invalid or unexpected token".
	{name: "binary-file", args: []string{"bin.js"}, files: map[string]string{"bin.js": "\xff\xfe\x00\x01binary\x80\x00\n"}, stdout: str(""), exit: 1,
		stderrHas: []string{"SyntaxError"}},
	// node: "{dir}/bad.js:2" / "let x = ;" / "        ^" / "" / "SyntaxError: Unexpected token ';'".
	{name: "syntax-error", args: []string{"bad.js"}, files: map[string]string{"bad.js": "console.log('never');\nlet x = ;\n"}, stdout: str(""), exit: 1,
		stderrHas: []string{"{dir}/bad.js:2\n", "let x = ;", "SyntaxError"}},
	{name: "empty-file", args: []string{"empty.js"}, files: map[string]string{"empty.js": ""}, stdout: str(""), stderrEmpty: true},

	{name: "argv", args: []string{"argv.js", "a", "b"}, files: map[string]string{"argv.js": "console.log(JSON.stringify(process.argv.slice(1)))\n"},
		stdout: str("[\"{dir}/argv.js\",\"a\",\"b\"]\n")},
	{name: "script-in-subdir", args: []string{"sub/x.js"}, files: map[string]string{"sub/x.js": "console.log(__dirname === process.cwd() + '/sub', __filename === process.argv[1])\n"},
		stdout: str("true true\n")},

	// Everything written before process.exit() reaches the reader, even 1 MiB into a pipe.
	{name: "exit-after-big-write", args: []string{"-e", bigWrite}, exit: 3,
		nodeSkip: "node v20 loses data here: on a pipe only 65536 of the 1048576 bytes arrive (exit 3)",
		extra: func(t *testing.T, r result) {
			if len(r.stdout) != 1<<20 || strings.Trim(string(r.stdout), "x") != "" {
				t.Errorf("got %d bytes of stdout, want 1048576 'x' bytes", len(r.stdout))
			}
		}},
}

// TestCLI runs every cliCase through jsloop (TestCLI/jsloop/<case>) and node (TestCLI/node/<case>).
func TestCLI(t *testing.T) {
	forEachRuntime(t, func(t *testing.T, rt cliRuntime) {
		for _, c := range cliCases {
			t.Run(c.name, func(t *testing.T) {
				t.Parallel()
				if rt.name == "node" && c.nodeSkip != "" {
					t.Skip(c.nodeSkip)
				}
				runCLICase(t, rt, c)
			})
		}
	})
}

func runCLICase(t *testing.T, rt cliRuntime, c cliCase) {
	dir := realTempDir(t)
	sub := func(s string) string { return strings.ReplaceAll(s, "{dir}", dir) }
	for name, content := range c.files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var args []string
	for _, a := range c.args {
		args = append(args, sub(a))
	}
	var stdin io.Reader
	if c.withStdin {
		stdin = strings.NewReader(c.stdin)
	}
	r, err := runProgram(rt.bin, args, dir, stdin, cliTimeout)
	if err != nil {
		t.Fatal(err)
	}
	cmdline := rt.name + " " + strings.Join(args, " ")
	if r.timedOut {
		t.Fatalf("%s did not exit within %s and was killed\nstdout:\n%sstderr:\n%s", cmdline, cliTimeout, indent(string(r.stdout)), indent(string(r.stderr)))
	}
	exit, stderrHas := c.exit, c.stderrHas
	if rt.name == "node" && c.nodeExit != 0 {
		exit = c.nodeExit
	}
	if rt.name == "node" && c.nodeStderrHas != nil {
		stderrHas = c.nodeStderrHas
	}
	if r.exit != exit {
		t.Errorf("%s: exit status %d, want %d\nstderr:\n%s", cmdline, r.exit, exit, indent(string(r.stderr)))
	}
	if c.stdout != nil && string(r.stdout) != sub(*c.stdout) {
		t.Errorf("%s: stdout %q, want %q", cmdline, r.stdout, sub(*c.stdout))
	}
	for _, s := range stderrHas {
		if !strings.Contains(string(r.stderr), sub(s)) {
			t.Errorf("%s: stderr lacks %q\nstderr:\n%s", cmdline, sub(s), indent(string(r.stderr)))
		}
	}
	if c.stderrEmpty && len(r.stderr) != 0 {
		t.Errorf("%s: stderr should be empty, got:\n%s", cmdline, indent(string(r.stderr)))
	}
	if c.extra != nil {
		c.extra(t, r)
	}
}

// realTempDir is t.TempDir with symlinks resolved, so it matches the paths a runtime prints.
func realTempDir(t *testing.T) string {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestCLISigint: SIGINT ends a process that an interval keeps alive with status 130
// (128 + SIGINT), as node does (node dies of the signal; a shell shows 130 for both).
func TestCLISigint(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT on windows")
	}
	forEachRuntime(t, func(t *testing.T, rt cliRuntime) {
		t.Parallel()
		ctx, cancel := context.WithTimeout(context.Background(), cliTimeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, rt.bin, "-e", "setInterval(() => {}, 1000); console.log('ready')")
		cmd.Env = childEnv()
		cmd.Dir = realTempDir(t)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait for the script to run, so the signal arrives once the runtime handles it.
		ready := make(chan error, 1)
		go func() {
			line, err := bufio.NewReader(stdout).ReadString('\n')
			if err == nil && line != "ready\n" {
				err = fmt.Errorf("first stdout line %q, want \"ready\\n\"", line)
			}
			ready <- err
			io.Copy(io.Discard, stdout)
		}()
		select {
		case err := <-ready:
			if err != nil {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("%s never became ready: %v\nstderr:\n%s", rt.name, err, indent(stderr.String()))
			}
		case <-ctx.Done():
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("%s printed nothing within %s", rt.name, cliTimeout)
		}
		sent := time.Now()
		if err := cmd.Process.Signal(os.Interrupt); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		if ctx.Err() != nil {
			t.Fatalf("%s ignored SIGINT: still running %s later, killed", rt.name, time.Since(sent).Round(time.Millisecond))
		}
		if got := exitStatus(cmd.ProcessState); got != 130 {
			t.Errorf("%s after SIGINT: exit status %d (%s), want 130\nstderr:\n%s", rt.name, got, cmd.ProcessState, indent(stderr.String()))
		}
	})
}

// vtScript schedules timers in multiples of a unit (argv[2], in ms), so one script serves for a
// real-time run with a small unit and a virtual-time run with an hour-scale unit. Its output does
// not depend on the unit.
const vtScript = `const U = Number(process.argv[2]);
const t0 = Date.now(), p0 = performance.now();
setImmediate(() => console.log('immediate'));
let n = 0;
const iv = setInterval(() => console.log('interval', ++n), 17 * U);
setTimeout(() => clearInterval(iv), 54 * U + 1);
// Node's timers run on the loop's cached millisecond clock, a little ahead of the two clocks.
setTimeout(() => console.log('36 units; clocks advanced:', Date.now() - t0 >= 36 * U - 5, performance.now() - p0 >= 36 * U - 5), 36 * U);
setTimeout(() => console.log('72 units'), 72 * U);
`

const vtWant = "immediate\ninterval 1\ninterval 2\n36 units; clocks advanced: true true\ninterval 3\n72 units\n"

// TestCLIVirtualTime: with --virtual-time, a script whose timers span two hours finishes at once
// and prints what it prints in real time (checked with a 10 ms unit without the flag, and
// against node).
func TestCLIVirtualTime(t *testing.T) {
	dir := realTempDir(t)
	if err := os.WriteFile(filepath.Join(dir, "vt.js"), []byte(vtScript), 0o644); err != nil {
		t.Fatal(err)
	}
	check := func(t *testing.T, bin string, args ...string) result {
		r, err := runProgram(bin, args, dir, nil, cliTimeout)
		if err != nil {
			t.Fatal(err)
		}
		if r.timedOut {
			t.Fatalf("%s %s: still running after %s, killed", filepath.Base(bin), strings.Join(args, " "), cliTimeout)
		}
		if r.exit != 0 || string(r.stdout) != vtWant {
			t.Errorf("%s %s: exit %d, stdout %q, want exit 0, stdout %q\nstderr:\n%s",
				filepath.Base(bin), strings.Join(args, " "), r.exit, r.stdout, vtWant, indent(string(r.stderr)))
		}
		return r
	}
	t.Run("jsloop", func(t *testing.T) {
		needJsloop(t)
		t.Run("virtual-2h", func(t *testing.T) {
			t.Parallel()
			// 100000 ms units: the last timer is due after 7,200,000 ms = 2 h.
			r := check(t, jsloopBin, "--virtual-time", "vt.js", "100000")
			if r.elapsed > 5*time.Second {
				t.Errorf("--virtual-time run took %s of wall time; it must not wait for the timers", r.elapsed)
			}
		})
		t.Run("virtual-10ms", func(t *testing.T) {
			t.Parallel()
			check(t, jsloopBin, "--virtual-time", "vt.js", "10")
		})
		t.Run("real-10ms", func(t *testing.T) {
			t.Parallel()
			check(t, jsloopBin, "vt.js", "10")
		})
	})
	t.Run("node", func(t *testing.T) {
		if nodeBin == "" {
			t.Skip("node is not on PATH")
		}
		t.Run("real-10ms", func(t *testing.T) { check(t, nodeBin, "vt.js", "10") })
	})
}
