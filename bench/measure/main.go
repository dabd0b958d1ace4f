//go:build linux

// Command measure runs one or more commands N times each (interleaved, round
// robin) and prints, per command, a one-line JSON summary with the medians of
// wall time, CPU time (user+sys) and peak RSS, plus the medians of the numeric
// fields of the JSON object the command printed on its last stdout line.
//
//	measure [flags] -- cmd args... [::: cmd args...]...
//	measure -report results.jsonl...
//
// Wall time is time.Since around Start/Wait; CPU time and peak RSS come from
// the child's rusage (ProcessState.SysUsage(), Maxrss is in KiB on Linux), so
// no GNU time or hyperfine is needed. Several commands separated by ":::" are
// run interleaved (round i starts with command i mod k) so that machine noise
// hits them alike; use -labels to name them.
//
// With -report, measure reads summary lines (as printed above, one JSON object
// per line, other lines ignored) and prints the comparison table for the
// jsloop benchmark suite, as aligned text and as Markdown.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

// Stat is a summary of one metric over the successful runs.
type Stat struct {
	Median float64   `json:"median"`
	Min    float64   `json:"min"`
	Max    float64   `json:"max"`
	All    []float64 `json:"all"`
}

// Summary is the JSON line printed for each measured command.
type Summary struct {
	Workload string            `json:"workload,omitempty"`
	Label    string            `json:"label"`
	Cmd      []string          `json:"cmd"`
	Runs     int               `json:"runs"`
	OK       bool              `json:"ok"`
	Failures int               `json:"failures"`
	Error    string            `json:"error,omitempty"`
	Note     string            `json:"note,omitempty"`
	WallMs   *Stat             `json:"wall_ms,omitempty"`
	CPUMs    *Stat             `json:"cpu_ms,omitempty"`
	UserMs   *Stat             `json:"user_ms,omitempty"`
	SysMs    *Stat             `json:"sys_ms,omitempty"`
	RSSMB    *Stat             `json:"rss_mb,omitempty"`
	Result   map[string]*Stat  `json:"result,omitempty"` // numeric fields of the last-line JSON
	Last     map[string]any    `json:"last,omitempty"`   // last-line JSON of the last successful run
	Extra    map[string]string `json:"extra,omitempty"`
}

type run struct {
	wall, user, sys, rss float64
	last                 map[string]any
	err                  string
	timedOut             bool
}

func main() {
	var (
		n        = flag.Int("n", 1, "runs per command")
		warmup   = flag.Int("warmup", 0, "unmeasured warm-up runs per command")
		workload = flag.String("w", "", "workload name recorded in the summary")
		labels   = flag.String("labels", "", "comma-separated labels, one per command (default: command base name)")
		check    = flag.Bool("check", false, "a run fails unless its last stdout line is a JSON object with \"ok\": true")
		timeout  = flag.Duration("timeout", 2*time.Minute, "per-run timeout; a command that times out is not run again")
		note     = flag.String("note", "", "free-form note recorded in the summary")
		verbose  = flag.Bool("v", false, "print each run to stderr")
		report   = flag.Bool("report", false, "print the comparison table from summary files given as arguments")
		strict   = flag.Bool("strict", false, "exit with status 1 if any command failed")
	)
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: measure [flags] -- cmd args... [::: cmd args...]...\n       measure -report results.jsonl...\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	if *report {
		if err := doReport(flag.Args(), os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "measure:", err)
			os.Exit(1)
		}
		return
	}

	cmds := splitCmds(flag.Args())
	if len(cmds) == 0 || *n < 1 {
		flag.Usage()
		os.Exit(2)
	}
	names := make([]string, len(cmds))
	for i, c := range cmds {
		names[i] = filepath.Base(c[0])
	}
	if *labels != "" {
		ls := strings.Split(*labels, ",")
		if len(ls) != len(cmds) {
			fmt.Fprintf(os.Stderr, "measure: %d labels for %d commands\n", len(ls), len(cmds))
			os.Exit(2)
		}
		copy(names, ls)
	}

	// On SIGINT/SIGTERM kill the running child's process group and exit.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	interrupted := func() {
		if ctx.Err() != nil {
			fmt.Fprintln(os.Stderr, "measure: interrupted")
			os.Exit(130)
		}
	}

	results := make([][]run, len(cmds))
	dead := make([]string, len(cmds))
	for w := 0; w < *warmup; w++ {
		for i, c := range cmds {
			if dead[i] == "" {
				r := runOnce(ctx, c, *timeout, *check)
				interrupted()
				if r.timedOut {
					dead[i] = "warm-up run " + r.err
				}
			}
		}
	}
	for round := 0; round < *n; round++ {
		for j := range cmds {
			i := (round + j) % len(cmds)
			if dead[i] != "" {
				continue
			}
			r := runOnce(ctx, cmds[i], *timeout, *check)
			interrupted()
			results[i] = append(results[i], r)
			if r.timedOut {
				dead[i] = r.err
			}
			if *verbose {
				status := "ok"
				if r.err != "" {
					status = "FAIL: " + r.err
				}
				fmt.Fprintf(os.Stderr, "  %-18s %-12s run %d/%d  wall %8.1f ms  cpu %8.1f ms  rss %7.1f MB  %s\n",
					*workload, names[i], round+1, *n, r.wall, r.user+r.sys, r.rss, status)
			}
		}
	}

	anyFailed := false
	enc := json.NewEncoder(os.Stdout)
	for i, c := range cmds {
		s := summarize(results[i])
		if len(results[i]) == 0 && dead[i] != "" {
			s.Error = "not run: " + dead[i]
		}
		s.Workload, s.Label, s.Cmd, s.Note = *workload, names[i], c, *note
		if !s.OK {
			anyFailed = true
		}
		if err := enc.Encode(s); err != nil {
			fmt.Fprintln(os.Stderr, "measure:", err)
			os.Exit(1)
		}
	}
	if *strict && anyFailed {
		os.Exit(1)
	}
}

func splitCmds(args []string) [][]string {
	var cmds [][]string
	var cur []string
	for _, a := range args {
		if a == ":::" {
			if len(cur) > 0 {
				cmds = append(cmds, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, a)
	}
	if len(cur) > 0 {
		cmds = append(cmds, cur)
	}
	return cmds
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	buf []byte
	max int
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.buf = append(t.buf, p...)
	if len(t.buf) > 2*t.max {
		t.buf = append(t.buf[:0], t.buf[len(t.buf)-t.max:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	b := t.buf
	if len(b) > t.max {
		b = b[len(b)-t.max:]
	}
	return string(b)
}

func runOnce(parent context.Context, argv []string, timeout time.Duration, check bool) run {
	ctx, cancel := context.WithTimeout(parent, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	// Own process group, so a timeout kills grandchildren too (and they cannot
	// keep the output pipes open).
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 2 * time.Second
	stdout := &tailBuffer{max: 64 << 10}
	stderr := &tailBuffer{max: 4 << 10}
	cmd.Stdout = stdout
	cmd.Stderr = stderr
	cmd.Stdin = nil

	var r run
	start := time.Now()
	err := cmd.Run()
	r.wall = float64(time.Since(start).Nanoseconds()) / 1e6
	if ps := cmd.ProcessState; ps != nil {
		if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
			r.user = float64(ru.Utime.Nano()) / 1e6
			r.sys = float64(ru.Stime.Nano()) / 1e6
			r.rss = float64(ru.Maxrss) / 1024 // KiB on Linux
		}
	}
	r.last = lastJSON(stdout.String())

	switch {
	case parent.Err() != nil:
		r.err = "interrupted"
	case ctx.Err() == context.DeadlineExceeded:
		r.timedOut = true
		r.err = fmt.Sprintf("timed out after %s", timeout)
	case err != nil:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			r.err = fmt.Sprintf("exit status %d", ee.ExitCode())
		} else {
			r.err = err.Error()
		}
	case check && r.last == nil:
		r.err = "last stdout line is not a JSON object"
	case check && r.last["ok"] != true:
		r.err = fmt.Sprintf("result not ok: %v", compactJSON(r.last))
	}
	if r.err != "" {
		if tail := lastLines(stderr.String(), 3); tail != "" {
			r.err += "; stderr: " + tail
		} else if tail := lastLines(stdout.String(), 2); tail != "" {
			r.err += "; stdout: " + tail
		}
	}
	return r
}

func compactJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	out := strings.TrimSpace(strings.Join(lines, " | "))
	if len(out) > 400 {
		out = out[:400] + "..."
	}
	return out
}

// lastJSON returns the last non-empty line of s parsed as a JSON object, or nil.
func lastJSON(s string) map[string]any {
	s = strings.TrimRight(s, " \t\r\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "{") {
		return nil
	}
	var m map[string]any
	if json.Unmarshal([]byte(s), &m) != nil {
		return nil
	}
	return m
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n == 0 {
		return math.NaN()
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func stat(xs []float64) *Stat {
	if len(xs) == 0 {
		return nil
	}
	st := &Stat{Median: round3(median(xs)), Min: xs[0], Max: xs[0]}
	for _, x := range xs {
		st.Min = math.Min(st.Min, x)
		st.Max = math.Max(st.Max, x)
		st.All = append(st.All, round3(x))
	}
	st.Min, st.Max = round3(st.Min), round3(st.Max)
	return st
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func summarize(rs []run) Summary {
	var s Summary
	s.Runs = len(rs)
	var good []run
	var errs []string
	for _, r := range rs {
		if r.err == "" {
			good = append(good, r)
		} else {
			s.Failures++
			errs = append(errs, r.err)
		}
	}
	s.OK = len(rs) > 0 && s.Failures == 0
	if len(rs) == 0 {
		s.Error = "not run"
	}
	if len(errs) > 0 {
		s.Error = errs[0]
	}
	use := good
	if len(use) == 0 {
		use = rs // all failed: still report what was measured
	}
	var wall, cpu, user, sys, rss []float64
	fields := map[string][]float64{}
	for _, r := range use {
		wall = append(wall, r.wall)
		cpu = append(cpu, r.user+r.sys)
		user = append(user, r.user)
		sys = append(sys, r.sys)
		rss = append(rss, r.rss)
		for k, v := range r.last {
			if f, ok := v.(float64); ok {
				fields[k] = append(fields[k], f)
			}
		}
		if r.last != nil {
			s.Last = r.last
		}
	}
	s.WallMs, s.CPUMs, s.UserMs, s.SysMs, s.RSSMB = stat(wall), stat(cpu), stat(user), stat(sys), stat(rss)
	if len(fields) > 0 {
		s.Result = map[string]*Stat{}
		for k, v := range fields {
			s.Result[k] = stat(v)
		}
	}
	return s
}

// ---------------------------------------------------------------------------
// Report

// Runner labels used by bench/run.sh.
const (
	lJsloop = "jsloop"
	lNode   = "node"
	lGNJ    = "goja_nodejs"
	lFloor  = "goja_floor"
)

type target struct {
	desc string
	// eval returns (pass, known).
	eval func(v map[string]float64) (bool, bool)
}

type rowSpec struct {
	metric  string // "wall", "cpu", "rss" or "json:<field>"
	title   string
	targets []target
	share   bool // annotate the goja-floor ratio with the loop share
}

func ratioTarget(other string, max float64) target {
	who := map[string]string{lNode: "node", lGNJ: "goja_nodejs", lFloor: "goja floor"}[other]
	return target{
		desc: fmt.Sprintf("≤ %s× %s", fmtTarget(max), who),
		eval: func(v map[string]float64) (bool, bool) {
			j, ok1 := v[lJsloop]
			o, ok2 := v[other]
			if !ok1 || !ok2 || o == 0 {
				return false, false
			}
			return j/o <= max, true
		},
	}
}

func fmtTarget(x float64) string {
	if x == math.Trunc(x) {
		return fmt.Sprintf("%.1f", x)
	}
	return fmt.Sprintf("%g", x)
}

func absTarget(max float64, unit string) target {
	return target{
		desc: fmt.Sprintf("≤ %g %s", max, unit),
		eval: func(v map[string]float64) (bool, bool) {
			j, ok := v[lJsloop]
			if !ok {
				return false, false
			}
			return j <= max, true
		},
	}
}

// shareTarget: the loop's share of jsloop's time, (jsloop − floor) / jsloop, is below max.
func shareTarget(max float64) target {
	return target{
		desc: fmt.Sprintf("loop share < %g%%", max*100),
		eval: func(v map[string]float64) (bool, bool) {
			j, ok1 := v[lJsloop]
			f, ok2 := v[lFloor]
			if !ok1 || !ok2 || j == 0 {
				return false, false
			}
			return (j-f)/j < max, true
		},
	}
}

var (
	wallRow = rowSpec{metric: "wall", title: "wall ms"}
	cpuRow  = rowSpec{metric: "cpu", title: "CPU ms"}
	rssRow  = rowSpec{metric: "rss", title: "peak RSS MB"}
)

func with(r rowSpec, ts ...target) rowSpec { r.targets = ts; return r }

func floorRows() []rowSpec {
	return []rowSpec{
		{metric: "wall", title: "wall ms", targets: []target{shareTarget(0.10)}, share: true},
		{metric: "json:ms", title: "script ms", share: true},
		cpuRow,
		rssRow,
	}
}

var reportSpec = map[string][]rowSpec{
	"timers_1m":           {with(wallRow, ratioTarget(lNode, 3.0), ratioTarget(lGNJ, 0.35)), cpuRow, rssRow},
	"timers_pending_100k": {with(rssRow, ratioTarget(lNode, 0.5)), wallRow, cpuRow},
	"immediate_1m":        {with(wallRow, ratioTarget(lNode, 0.7)), cpuRow, rssRow},
	"microtask_1m":        floorRows(),
	"promise_chain_1m":    floorRows(),
	"await_1m":            floorRows(),
	"idle_cpu":            {with(cpuRow, absTarget(10, "ms")), wallRow, rssRow},
	"timer_lateness": {
		{metric: "json:p50", title: "lateness p50 ms"},
		{metric: "json:p99", title: "lateness p99 ms", targets: []target{absTarget(0.5, "ms")}},
		{metric: "json:max", title: "lateness max ms"},
	},
	"startup": {with(wallRow, ratioTarget(lNode, 0.25)), with(rssRow, ratioTarget(lNode, 0.35))},
}

func metricOf(s *Summary, metric string) (float64, bool) {
	var st *Stat
	switch {
	case metric == "wall":
		st = s.WallMs
	case metric == "cpu":
		st = s.CPUMs
	case metric == "rss":
		st = s.RSSMB
	case strings.HasPrefix(metric, "json:"):
		st = s.Result[strings.TrimPrefix(metric, "json:")]
	}
	if st == nil {
		return 0, false
	}
	return st.Median, true
}

func fmtNum(x float64) string {
	a := math.Abs(x)
	switch {
	case a >= 100:
		return fmt.Sprintf("%.0f", x)
	case a >= 10:
		return fmt.Sprintf("%.1f", x)
	default:
		return fmt.Sprintf("%.2f", x)
	}
}

func fmtRatio(a, b float64) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

func doReport(files []string, w io.Writer) error {
	if len(files) == 0 {
		return errors.New("-report needs at least one summary file")
	}
	var order []string
	byWL := map[string]map[string]*Summary{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if !strings.HasPrefix(line, "{") {
				continue
			}
			var s Summary
			if json.Unmarshal([]byte(line), &s) != nil || s.Label == "" {
				continue
			}
			if byWL[s.Workload] == nil {
				byWL[s.Workload] = map[string]*Summary{}
				order = append(order, s.Workload)
			}
			cp := s
			byWL[s.Workload][s.Label] = &cp
		}
	}

	header := []string{"workload", "metric", "jsloop", "node", "jsloop/node", "goja_nodejs", "jsloop/gnj", "goja floor", "jsloop/floor", "target", "status"}
	var rows [][]string
	var notes []string
	for _, wl := range order {
		sums := byWL[wl]
		specs, ok := reportSpec[wl]
		if !ok {
			specs = []rowSpec{wallRow, cpuRow, rssRow}
		}
		for _, lb := range []string{lJsloop, lNode, lGNJ, lFloor} {
			s := sums[lb]
			if s == nil {
				continue
			}
			if !s.OK {
				notes = append(notes, fmt.Sprintf("%s/%s: FAILED (%d of %d runs): %s", wl, lb, s.Failures, s.Runs, s.Error))
			}
			if s.Note != "" {
				notes = append(notes, fmt.Sprintf("%s/%s: %s", wl, lb, s.Note))
			}
		}
		for _, spec := range specs {
			vals := map[string]float64{}
			cells := map[string]string{}
			for _, lb := range []string{lJsloop, lNode, lGNJ, lFloor} {
				s := sums[lb]
				if s == nil {
					cells[lb] = "—"
					continue
				}
				v, ok := metricOf(s, spec.metric)
				if !ok {
					cells[lb] = "—"
					if !s.OK {
						cells[lb] = "FAIL"
					}
					continue
				}
				cells[lb] = fmtNum(v)
				if !s.OK {
					cells[lb] += " (FAIL)"
					continue // do not compare failed runs
				}
				if s.Runs == 1 {
					cells[lb] += "¹"
				}
				vals[lb] = v
			}
			ratio := func(other string) string {
				j, ok1 := vals[lJsloop]
				o, ok2 := vals[other]
				if !ok1 || !ok2 {
					return "—"
				}
				r := fmtRatio(j, o)
				if other == lFloor && j != 0 && spec.share {
					r += fmt.Sprintf(" (loop %.0f%%)", (j-o)/j*100)
				}
				return r
			}
			var tdesc []string
			status := ""
			if js := sums[lJsloop]; js != nil && !js.OK && len(spec.targets) > 0 {
				for _, t := range spec.targets {
					tdesc = append(tdesc, t.desc)
				}
				status = "FAIL (run)"
			} else if len(spec.targets) > 0 {
				pass, known := true, true
				for _, t := range spec.targets {
					tdesc = append(tdesc, t.desc)
					p, k := t.eval(vals)
					if !k {
						known = false
						continue
					}
					pass = pass && p
				}
				switch {
				case !known && pass:
					status = "n/a"
					if _, ok := vals[lJsloop]; ok {
						status = "?"
					}
				case pass:
					status = "PASS"
				default:
					status = "FAIL"
				}
			}
			rows = append(rows, []string{
				wl, spec.title,
				cells[lJsloop], cells[lNode], ratio(lNode),
				cells[lGNJ], ratio(lGNJ),
				cells[lFloor], ratio(lFloor),
				strings.Join(tdesc, "; "), status,
			})
		}
	}

	// Drop columns that are empty in every row (e.g. no goja_nodejs runs).
	keep := make([]bool, len(header))
	for c := range header {
		keep[c] = c < 2 || c >= 9
		for _, r := range rows {
			if r[c] != "—" && r[c] != "" {
				keep[c] = true
			}
		}
	}
	// Keep the jsloop and node columns even when empty so the layout is stable.
	keep[2], keep[3] = true, true
	filter := func(r []string) []string {
		var out []string
		for c, v := range r {
			if keep[c] {
				out = append(out, v)
			}
		}
		return out
	}

	// Text table.
	widths := make([]int, len(header))
	all := append([][]string{header}, rows...)
	for _, r := range all {
		for c, v := range r {
			if n := len([]rune(v)); n > widths[c] {
				widths[c] = n
			}
		}
	}
	prev := ""
	for i, r := range all {
		var b strings.Builder
		for c, v := range r {
			if !keep[c] {
				continue
			}
			if c == 0 && i > 0 && v == prev {
				v = ""
			}
			pad := widths[c] - len([]rune(v))
			if c >= 2 && c <= 8 {
				b.WriteString(strings.Repeat(" ", pad) + v + "  ")
			} else {
				b.WriteString(v + strings.Repeat(" ", pad) + "  ")
			}
		}
		if i > 0 {
			prev = r[0]
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
		if i == 0 {
			fmt.Fprintln(w, strings.Repeat("-", len([]rune(strings.TrimRight(b.String(), " ")))))
		}
	}

	// Markdown table.
	fmt.Fprintln(w)
	hdr := filter(header)
	fmt.Fprintln(w, "| "+strings.Join(hdr, " | ")+" |")
	var seps []string
	for c := range header {
		if !keep[c] {
			continue
		}
		if c >= 2 && c <= 8 {
			seps = append(seps, "---:")
		} else {
			seps = append(seps, "---")
		}
	}
	fmt.Fprintln(w, "|"+strings.Join(seps, "|")+"|")
	for _, r := range rows {
		fr := filter(r)
		for i := range fr {
			fr[i] = strings.ReplaceAll(fr[i], "|", "\\|")
		}
		fmt.Fprintln(w, "| "+strings.Join(fr, " | ")+" |")
	}

	fmt.Fprintln(w)
	fmt.Fprintln(w, "Medians over the successful runs; ¹ = a single run. Ratios are jsloop / other (lower is better for jsloop).")
	fmt.Fprintln(w, "loop share = (jsloop − goja floor) / jsloop: the part of jsloop's time not spent in goja itself.")
	for _, n := range notes {
		fmt.Fprintln(w, "note: "+n)
	}
	return nil
}
