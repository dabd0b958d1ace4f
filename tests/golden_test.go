package tests

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "re-record every tests/<area>/<case>.out by running node (fails if node is not on PATH); runs no jsloop case")

// caseTimeout bounds one run of one case; a run that takes longer is killed and reported as a hang.
const caseTimeout = 20 * time.Second

var (
	moduleRoot string // directory holding go.mod
	testsDir   string // this package's directory: the root of the golden cases
	jsloopBin  string // the binary built by TestMain
	buildErr   error  // why jsloopBin could not be built, if it could not
	nodeBin    string // node's path, or "" when node is not on PATH
)

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	var err error
	if testsDir, err = filepath.Abs("."); err != nil {
		fmt.Fprintln(os.Stderr, "tests:", err)
		return 1
	}
	if moduleRoot, err = findModuleRoot(); err != nil {
		fmt.Fprintln(os.Stderr, "tests:", err)
		return 1
	}
	nodeBin, _ = exec.LookPath("node")
	tmp, err := os.MkdirTemp("", "jsloop-tests-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "tests:", err)
		return 1
	}
	defer os.RemoveAll(tmp)
	jsloopBin = filepath.Join(tmp, "jsloop")
	if !*update {
		buildErr = buildJsloop(moduleRoot, jsloopBin)
	}
	startTestServer()
	defer testServer.Close()
	return m.Run()
}

// needJsloop stops a test that runs the jsloop binary: skipped under -update (which only
// records node's output), failed when the binary could not be built.
func needJsloop(t *testing.T) {
	t.Helper()
	if *update {
		t.Skip("-update records node's output only; no jsloop run")
	}
	if buildErr != nil {
		t.Fatal(buildErr)
	}
}

// findModuleRoot asks `go env GOMOD` for the module's go.mod and falls back to "..".
func findModuleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if gomod := strings.TrimSpace(string(out)); err == nil && gomod != "" && gomod != os.DevNull {
		return filepath.Dir(gomod), nil
	}
	root, err := filepath.Abs("..")
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		return "", fmt.Errorf("cannot find the module root (go env GOMOD failed and %s has no go.mod)", root)
	}
	return root, nil
}

func buildJsloop(root, out string) error {
	if _, err := os.Stat(filepath.Join(root, "cmd", "jsloop")); err != nil {
		return fmt.Errorf("cannot build the jsloop binary: %w", err)
	}
	cmd := exec.Command("go", "build", "-o", out, "./cmd/jsloop")
	cmd.Dir = root
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./cmd/jsloop: %v\n%s", err, msg)
	}
	return nil
}

// ---- cases ----

// goldenCase is one tests/<area>/<name>.js with its directives.
type goldenCase struct {
	area, name string
	file       string // absolute path of the .js
	args       []string
	stderrSkip []*regexp.Regexp
	// deviation, when set, is why jsloop knowingly differs from Node on
	// this case (an engine limit, a feature of a later issue): the jsloop
	// run is skipped with that reason, the node run still checks the
	// recording.
	deviation string
}

func (c goldenCase) dir() string     { return filepath.Dir(c.file) }
func (c goldenCase) outFile() string { return strings.TrimSuffix(c.file, ".js") + ".out" }

// directiveRe matches a directive line: `// golden: <name> <argument>`.
var directiveRe = regexp.MustCompile(`^\s*//\s*golden:\s*(\S+)\s*(.*?)\s*$`)

func loadCases(t *testing.T) []goldenCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(testsDir, "*", "*.js"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no golden cases under %s/*/*.js", testsDir)
	}
	sort.Strings(files)
	cases := make([]goldenCase, 0, len(files))
	for _, f := range files {
		c, err := parseCase(f)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	return cases
}

func parseCase(file string) (goldenCase, error) {
	c := goldenCase{
		area: filepath.Base(filepath.Dir(file)),
		name: strings.TrimSuffix(filepath.Base(file), ".js"),
		file: file,
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return c, err
	}
	for i, line := range strings.Split(string(src), "\n") {
		m := directiveRe.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		switch m[1] {
		case "args":
			c.args = append(c.args, strings.Fields(m[2])...)
		case "stderr-skip":
			re, err := regexp.Compile(m[2])
			if err != nil {
				return c, fmt.Errorf("%s:%d: bad stderr-skip regexp: %v", file, i+1, err)
			}
			c.stderrSkip = append(c.stderrSkip, re)
		case "jsloop-deviation":
			if m[2] == "" {
				return c, fmt.Errorf("%s:%d: jsloop-deviation needs a reason", file, i+1)
			}
			c.deviation = m[2]
		default:
			return c, fmt.Errorf("%s:%d: unknown directive %q (known: args, stderr-skip, jsloop-deviation)", file, i+1, m[1])
		}
	}
	return c, nil
}

// forEachCase runs f for every case as parallel subtests named <area>/<case>.
func forEachCase(t *testing.T, cases []goldenCase, f func(t *testing.T, c goldenCase)) {
	var areas []string
	byArea := map[string][]goldenCase{}
	for _, c := range cases {
		if _, ok := byArea[c.area]; !ok {
			areas = append(areas, c.area)
		}
		byArea[c.area] = append(byArea[c.area], c)
	}
	for _, area := range areas {
		t.Run(area, func(t *testing.T) {
			t.Parallel()
			for _, c := range byArea[area] {
				t.Run(c.name, func(t *testing.T) {
					t.Parallel()
					f(t, c)
				})
			}
		})
	}
}

// ---- running programs ----

// result is what one run of a program produced.
type result struct {
	stdout, stderr []byte
	exit           int // exit status; 128+N when killed by signal N
	timedOut       bool
	elapsed        time.Duration
}

// runProgram runs bin with args in dir, with stdin (nil: no input) and a clean environment.
func runProgram(bin string, args []string, dir string, stdin io.Reader, timeout time.Duration) (result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = childEnv()
	cmd.Stdin = stdin
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = 2 * time.Second
	start := time.Now()
	err := cmd.Run()
	res := result{elapsed: time.Since(start), timedOut: ctx.Err() != nil}
	res.stdout, res.stderr = stdout.Bytes(), stderr.Bytes()
	if res.timedOut {
		return res, nil
	}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		res.exit = 0
	case errors.As(err, &exitErr):
		res.exit = exitStatus(exitErr.ProcessState)
	default:
		return res, err
	}
	return res, nil
}

// exitStatus is the status a shell would report: the exit code, or 128+N for signal N.
func exitStatus(ps *os.ProcessState) int {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return ps.ExitCode()
}

// childEnv is the environment minus the variables that change Node's (or jsloop's) behaviour.
func childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "NODE_") || k == "FORCE_COLOR" || strings.HasPrefix(k, "JSLOOP_") {
			continue
		}
		env = append(env, kv)
	}
	if testServer != nil {
		env = append(env, "TEST_SERVER="+testServer.URL)
	}
	return env
}

// runCase runs bin on the case the way a user would: `bin <case>.js args...` from the case's directory.
func runCase(bin string, c goldenCase) (result, error) {
	args := append([]string{filepath.Base(c.file)}, c.args...)
	return runProgram(bin, args, c.dir(), nil, caseTimeout)
}

// ---- normalization and comparison ----

var pidRe = regexp.MustCompile(`\((?:node|jsloop):\d+\)`)

// normalizeStderr replaces the case file's absolute path with <file>, its directory with
// <dir>, and "(node:12345)" (or "(jsloop:12345)") with "(node:PID)".
func normalizeStderr(stderr, file string) string {
	dir := filepath.Dir(file)
	repl := []string{file, "<file>"}
	if real, err := filepath.EvalSymlinks(file); err == nil && real != file {
		repl = append(repl, real, "<file>")
	}
	repl = append(repl, dir, "<dir>")
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		repl = append(repl, real, "<dir>")
	}
	s := strings.NewReplacer(repl...).Replace(stderr)
	return pidRe.ReplaceAllString(s, "(node:PID)")
}

var stackFrameRe = regexp.MustCompile(`^\s+at `)

// significantLines is the part of node's stderr a runtime must reproduce: every line but blank
// lines, stack frames, the "Node.js v…" footer, the "(Use `node --trace…" hints, elisions
// ("..." or "…") and the lines matched by the case's stderr-skip directives. Trailing spaces
// are trimmed.
func significantLines(stderr string, skip []*regexp.Regexp) []string {
	var out []string
lines:
	for _, line := range strings.Split(stderr, "\n") {
		line = strings.TrimRight(line, " \t\r")
		switch trimmed := strings.TrimSpace(line); {
		case trimmed == "", trimmed == "...", trimmed == "…",
			stackFrameRe.MatchString(line),
			strings.HasPrefix(line, "Node.js v"),
			strings.HasPrefix(line, "(Use `node --trace"):
			continue
		}
		for _, re := range skip {
			if re.MatchString(line) {
				continue lines
			}
		}
		out = append(out, line)
	}
	return out
}

// missingStderrLines returns the significant lines of want that are not found, in order, among
// the lines of got (a subsequence match after trimming trailing spaces). When want is empty,
// got must be empty too: a runtime must not print warnings Node does not print.
func missingStderrLines(want, got string, skip []*regexp.Regexp) []string {
	if want == "" {
		if got != "" {
			return []string{"(no stderr at all)"}
		}
		return nil
	}
	var gotLines []string
	for _, l := range strings.Split(got, "\n") {
		gotLines = append(gotLines, strings.TrimRight(l, " \t\r"))
	}
	sig := significantLines(want, skip)
	i := 0
	for n, line := range sig {
		for i < len(gotLines) && gotLines[i] != line {
			i++
		}
		if i == len(gotLines) {
			return sig[n:]
		}
		i++
	}
	return nil
}

// compareOutcome reports every difference between the expected (recorded) and actual outcome.
func compareOutcome(t *testing.T, who string, c goldenCase, want, got outcome) {
	t.Helper()
	if got.stdout != want.stdout {
		t.Errorf("%s: stdout differs from %s\n%s", who, rel(c.outFile()), describeDiff(want.stdout, got.stdout))
	}
	if got.exit != want.exit {
		t.Errorf("%s: exit code %d, want %d", who, got.exit, want.exit)
	}
	if missing := missingStderrLines(want.stderr, got.stderr, c.stderrSkip); missing != nil && want.stderr == "" {
		t.Errorf("%s: stderr should be empty, as node's is; got (normalized):\n%s", who, indent(got.stderr))
	} else if missing != nil {
		t.Errorf("%s: stderr lacks, in order from the first missing one:\n%s\n--- want (recorded, normalized):\n%s--- got (normalized):\n%s",
			who, indent(strings.Join(missing, "\n")+"\n"), indent(want.stderr), indent(got.stderr))
	}
}

// describeDiff shows where two outputs part, with a few lines of context.
func describeDiff(want, got string) string {
	wl, gl := strings.SplitAfter(want, "\n"), strings.SplitAfter(got, "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	from := max(0, i-3)
	show := func(lines []string) string {
		to := min(len(lines), i+4)
		if from >= to {
			return "    (end of output)\n"
		}
		var b strings.Builder
		for n := from; n < to; n++ {
			fmt.Fprintf(&b, "    %4d %q\n", n+1, lines[n])
		}
		if to < len(lines) {
			fmt.Fprintf(&b, "    ... %d more lines\n", len(lines)-to)
		}
		return b.String()
	}
	return fmt.Sprintf("first difference at line %d (%d vs %d bytes)\n--- want:\n%s--- got:\n%s",
		i+1, len(want), len(got), show(wl), show(gl))
}

func indent(s string) string {
	if s == "" {
		return "    (empty)\n"
	}
	var b strings.Builder
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		b.WriteString("    " + sc.Text() + "\n")
	}
	return b.String()
}

func rel(path string) string {
	if r, err := filepath.Rel(moduleRoot, path); err == nil {
		return r
	}
	return path
}

// ---- the .out format ----

// outcome is the content of a .out file: stdout verbatim, the exit status, normalized stderr.
type outcome struct {
	stdout string
	exit   int
	stderr string
}

const noNewlineMark = " (no newline at end of stdout)"

var exitLineRe = regexp.MustCompile(`^--- exit (\d+)( \(no newline at end of stdout\))?$`)

// formatOut renders o as a .out file (see README.md):
//
//	<stdout, verbatim>
//	--- exit <N>
//	--- stderr
//	<stderr>
//
// If stdout is non-empty and does not end in "\n", a "\n" is added and the exit line reads
// "--- exit <N> (no newline at end of stdout)". The stderr section is left out when stderr is
// empty; a "\n" is added when it does not end in one (stderr is compared by lines). A stdout
// with a line beginning "--- exit" cannot be recorded: it would be ambiguous.
func formatOut(o outcome) ([]byte, error) {
	for _, line := range strings.Split(o.stdout, "\n") {
		if strings.HasPrefix(line, "--- exit") {
			return nil, fmt.Errorf("stdout has a line beginning %q, which the .out format cannot hold: %q", "--- exit", line)
		}
	}
	if o.exit < 0 {
		return nil, fmt.Errorf("negative exit status %d", o.exit)
	}
	var b bytes.Buffer
	b.WriteString(o.stdout)
	mark := ""
	if o.stdout != "" && !strings.HasSuffix(o.stdout, "\n") {
		b.WriteString("\n")
		mark = noNewlineMark
	}
	fmt.Fprintf(&b, "--- exit %d%s\n", o.exit, mark)
	if o.stderr != "" {
		b.WriteString("--- stderr\n")
		b.WriteString(o.stderr)
		if !strings.HasSuffix(o.stderr, "\n") {
			b.WriteString("\n")
		}
	}
	return b.Bytes(), nil
}

// parseOut reads a .out file: stdout runs up to the first line beginning "--- exit"; that line
// gives the exit status; an optional "--- stderr" line follows, and then stderr to the end.
func parseOut(data []byte) (outcome, error) {
	s := string(data)
	var o outcome
	pos := 0
	for {
		if pos >= len(s) {
			return o, errors.New("no \"--- exit <N>\" line")
		}
		end := strings.IndexByte(s[pos:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += pos
		}
		line := s[pos:end]
		if strings.HasPrefix(line, "--- exit") {
			m := exitLineRe.FindStringSubmatch(line)
			if m == nil {
				return o, fmt.Errorf("malformed exit line %q", line)
			}
			o.exit, _ = strconv.Atoi(m[1])
			o.stdout = s[:pos]
			if m[2] != "" {
				if !strings.HasSuffix(o.stdout, "\n") {
					return o, fmt.Errorf("%q follows no stdout line", line)
				}
				o.stdout = strings.TrimSuffix(o.stdout, "\n")
			}
			rest := ""
			if end < len(s) {
				rest = s[end+1:]
			}
			switch {
			case rest == "":
			case strings.HasPrefix(rest, "--- stderr\n"):
				o.stderr = strings.TrimPrefix(rest, "--- stderr\n")
			case rest == "--- stderr":
			default:
				return o, fmt.Errorf("after %q: want a \"--- stderr\" line or the end of the file, got %q", line, firstLine(rest))
			}
			return o, nil
		}
		pos = end + 1
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

func readOut(path string) (outcome, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return outcome{}, err
	}
	o, err := parseOut(data)
	if err != nil {
		return o, fmt.Errorf("%s: %w", path, err)
	}
	return o, nil
}

// outcomeOf turns a run into the comparable outcome: stdout verbatim, stderr normalized.
func outcomeOf(res result, c goldenCase) outcome {
	return outcome{stdout: string(res.stdout), exit: res.exit, stderr: normalizeStderr(string(res.stderr), c.file)}
}

// ---- the tests ----

// TestGolden runs every golden case through jsloop (subtests jsloop/<area>/<case>) and, when
// node is on PATH, through node (node/<area>/<case>); with -update it records the .out files
// from node instead (update/<area>/<case>).
func TestGolden(t *testing.T) {
	cases := loadCases(t)
	if *update {
		t.Run("update", func(t *testing.T) {
			if nodeBin == "" {
				t.Fatal("-update records the expected output from node, and node is not on PATH")
			}
			forEachCase(t, cases, recordCase)
		})
		return
	}
	t.Run("jsloop", func(t *testing.T) {
		needJsloop(t)
		forEachCase(t, cases, func(t *testing.T, c goldenCase) {
			if c.deviation != "" {
				t.Skip("known deviation: " + c.deviation)
			}
			checkCase(t, "jsloop", jsloopBin, c)
		})
	})
	t.Run("node", func(t *testing.T) {
		if nodeBin == "" {
			t.Skip("node is not on PATH: the recordings are not re-checked against live node")
		}
		forEachCase(t, cases, func(t *testing.T, c goldenCase) {
			checkCase(t, "node", nodeBin, c)
			checkSkipsUsed(t, c)
		})
	})
}

// checkCase runs one case through bin and compares the run with the recorded .out.
func checkCase(t *testing.T, who, bin string, c goldenCase) {
	want, err := readOut(c.outFile())
	if errors.Is(err, os.ErrNotExist) {
		t.Fatalf("%s has no recording: run go test ./tests -run TestGolden -update", rel(c.file))
	}
	if err != nil {
		t.Fatal(err)
	}
	res, err := runCase(bin, c)
	if err != nil {
		t.Fatalf("%s: %v", who, err)
	}
	hung := false
	t.Run("terminates", func(t *testing.T) {
		if res.timedOut {
			hung = true
			t.Fatalf("%s %s did not exit within %s and was killed: the loop hangs (or a handle is never released)\nstdout so far:\n%sstderr so far:\n%s",
				who, rel(c.file), caseTimeout, indent(string(res.stdout)), indent(string(res.stderr)))
		}
	})
	if hung {
		return
	}
	compareOutcome(t, who, c, want, outcomeOf(res, c))
}

// recordCase runs node twice on the case and writes the .out; two runs that disagree mean the
// case is not deterministic, and nothing is written.
func recordCase(t *testing.T, c goldenCase) {
	var runs [2]outcome
	for i := range runs {
		res, err := runCase(nodeBin, c)
		if err != nil {
			t.Fatal(err)
		}
		if res.timedOut {
			t.Fatalf("node did not finish %s within %s", rel(c.file), caseTimeout)
		}
		runs[i] = outcomeOf(res, c)
	}
	a, b := runs[0], runs[1]
	if a.stdout != b.stdout || a.exit != b.exit ||
		strings.Join(significantLines(a.stderr, c.stderrSkip), "\n") != strings.Join(significantLines(b.stderr, c.stderrSkip), "\n") {
		t.Fatalf("node gave two different outcomes for %s: the case is not deterministic\n--- run 1: exit %d\n%s%s--- run 2: exit %d\n%s%s",
			rel(c.file), a.exit, indent(a.stdout), indent(a.stderr), b.exit, indent(b.stdout), indent(b.stderr))
	}
	data, err := formatOut(a)
	if err != nil {
		t.Fatalf("%s: %v", rel(c.file), err)
	}
	if err := os.WriteFile(c.outFile(), data, 0o644); err != nil {
		t.Fatal(err)
	}
	checkSkipsUsed(t, c)
}

// checkSkipsUsed fails when a stderr-skip directive matches no line of the recorded stderr:
// a stale skip hides nothing and only misleads.
func checkSkipsUsed(t *testing.T, c goldenCase) {
	if len(c.stderrSkip) == 0 {
		return
	}
	want, err := readOut(c.outFile())
	if err != nil {
		t.Fatal(err)
	}
	unskipped := significantLines(want.stderr, nil)
	for _, re := range c.stderrSkip {
		used := false
		for _, l := range unskipped {
			used = used || re.MatchString(l)
		}
		if !used {
			t.Errorf("%s: stderr-skip %q matches no significant line of the recorded stderr; remove it", rel(c.file), re)
		}
	}
}

// TestOutFormat pins the .out format: every outcome survives formatOut → parseOut, including
// the awkward ones, and a stdout the format cannot hold is refused.
func TestOutFormat(t *testing.T) {
	for _, o := range []outcome{
		{},
		{stdout: "a\n"},
		{stdout: "a"},
		{stdout: "\n"},
		{stdout: "a\n\n", exit: 1},
		{stdout: "--- stderr\n---exit 1\n -- exit 2\n", exit: 3, stderr: "e\n"},
		{stdout: "x\n--- stderr", exit: 255, stderr: "--- exit 0\n--- stderr\n"},
		{stderr: "no newline"},
		{stderr: "\nleading blank line\n"},
	} {
		data, err := formatOut(o)
		if err != nil {
			t.Fatalf("formatOut(%+v): %v", o, err)
		}
		got, err := parseOut(data)
		if err != nil {
			t.Fatalf("parseOut(%q): %v", data, err)
		}
		want := o
		if want.stderr != "" && !strings.HasSuffix(want.stderr, "\n") {
			want.stderr += "\n"
		}
		if got != want {
			t.Errorf("round trip of %+v through %q gave %+v", o, data, got)
		}
	}
	for _, bad := range []string{"--- exit 1", "a\n--- exit 0\n", "a\n--- exit 0 (no newline at end of stdout)"} {
		if data, err := formatOut(outcome{stdout: bad}); err == nil {
			t.Errorf("formatOut accepted stdout %q as %q", bad, data)
		}
	}
	for _, bad := range []string{"", "no exit line\n", "--- exit\n", "--- exit -1\n", "--- exit 0\njunk\n", "--- exit 0 (no newline at end of stdout)\n"} {
		if o, err := parseOut([]byte(bad)); err == nil {
			t.Errorf("parseOut(%q) = %+v, want an error", bad, o)
		}
	}
}

// TestStderrMatching pins the significant-line rule.
func TestStderrMatching(t *testing.T) {
	nodeErr := "<file>:2\nthrow new Error('x');\n^\n\nError: x\n    at Object.<anonymous> (<file>:2:7)\n    ...\n\nNode.js v20.20.2\n"
	if got := significantLines(nodeErr, nil); strings.Join(got, "|") != "<file>:2|throw new Error('x');|^|Error: x" {
		t.Errorf("significantLines = %q", got)
	}
	ok := "<file>:2\nthrow new Error('x');\n^  \n\nError: x\n    at main (<file>:2:7)\n"
	if m := missingStderrLines(nodeErr, ok, nil); m != nil {
		t.Errorf("a matching stderr was refused: missing %q", m)
	}
	for _, bad := range []string{"", "Error: x\n", "<file>:2\nthrow new Error('x');\n ^\n\nError: x\n", "Error: x\n<file>:2\nthrow new Error('x');\n^\n"} {
		if missingStderrLines(nodeErr, bad, nil) == nil {
			t.Errorf("stderr %q was accepted", bad)
		}
	}
	skip := []*regexp.Regexp{regexp.MustCompile(`^\^$`)}
	if m := missingStderrLines(nodeErr, "<file>:2\nthrow new Error('x');\nError: x\n", skip); m != nil {
		t.Errorf("stderr-skip did not skip: missing %q", m)
	}
	if missingStderrLines("", "(node:PID) Warning: extra\n", nil) == nil {
		t.Error("stderr output where node prints none was accepted")
	}
	if got := normalizeStderr("(node:4242) W at /a/b/c.js:1 in /a/b (jsloop:7)", "/a/b/c.js"); got != "(node:PID) W at <file>:1 in <dir> (node:PID)" {
		t.Errorf("normalizeStderr = %q", got)
	}
}
