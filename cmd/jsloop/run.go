package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/fetch"
	"github.com/jsloop/jsloop/hostapi"
	"github.com/jsloop/jsloop/jsloop"
	"github.com/jsloop/jsloop/timers"
)

const usage = `Usage: jsloop [options] [ script.js | - ] [arguments]

Options:
  -e, --eval CODE     evaluate CODE as a script
  -p, --print CODE    evaluate CODE and print the result
  --virtual-time      run timers on a virtual clock: waits take no real time
  --allow-net=HOSTS   let fetch reach only these hosts (host or host:port, comma-separated)
  --location=URL      set globalThis.location; relative fetch URLs resolve against it
  -v, --version       print jsloop's version
  -h, --help          print this help

With no script and a piped stdin, the script is read from stdin.
`

// errInterrupted is the cancellation cause for SIGINT.
var errInterrupted = errors.New("interrupted")

type cliOptions struct {
	eval        string
	hasEval     bool
	print       bool
	virtualTime bool
	allowNet    []string
	location    string
	script      string
	args        []string
}

func parseArgs(args []string) (cliOptions, int, string) {
	var o cliOptions
	for i := 0; i < len(args); i++ {
		a := args[i]
		takeValue := func(flag string) (string, bool) {
			if v, ok := strings.CutPrefix(a, flag+"="); ok {
				return v, true
			}
			if i+1 < len(args) {
				i++
				return args[i], true
			}
			return "", false
		}
		switch {
		case a == "--":
			if i+1 < len(args) {
				o.script = args[i+1]
				o.args = args[i+2:]
			}
			return o, -1, ""
		case a == "-h" || a == "--help":
			return o, 0, usage
		case a == "-v" || a == "--version":
			return o, 0, "v" + jsloop.Version + "\n"
		case a == "--virtual-time":
			o.virtualTime = true
		case a == "--allow-net" || strings.HasPrefix(a, "--allow-net="):
			v, _ := strings.CutPrefix(a, "--allow-net=")
			if a == "--allow-net" {
				v = ""
			}
			o.allowNet = append(o.allowNet, strings.Split(v, ",")...)
		case a == "--location" || strings.HasPrefix(a, "--location="):
			v, ok := takeValue("--location")
			if !ok || v == "" {
				return o, 2, "jsloop: --location requires a URL\n"
			}
			o.location = v
		case a == "-e" || a == "--eval" || strings.HasPrefix(a, "--eval="),
			a == "-p" || a == "--print" || strings.HasPrefix(a, "--print="):
			flag := "--eval"
			if a == "-p" || strings.HasPrefix(a, "--print") {
				flag = "--print"
				o.print = true
			}
			if a == "-e" || a == "-p" {
				a = flag
			}
			v, ok := takeValue(flag)
			if !ok {
				return o, 2, fmt.Sprintf("jsloop: %s requires an argument\n", flag)
			}
			o.eval, o.hasEval = v, true
		case a == "-":
			o.script = "-"
			o.args = args[i+1:]
			return o, -1, ""
		case strings.HasPrefix(a, "-"):
			return o, 2, fmt.Sprintf("jsloop: bad option: %s\n", a)
		default:
			if o.hasEval {
				o.args = args[i:]
			} else {
				o.script = a
				o.args = args[i+1:]
			}
			return o, -1, ""
		}
	}
	return o, -1, ""
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, code, msg := parseArgs(args)
	if code >= 0 {
		if code == 0 {
			io.WriteString(stdout, msg)
		} else {
			io.WriteString(stderr, msg+"Run 'jsloop --help' for usage.\n")
		}
		return code
	}

	var name, src string
	var mainFile string
	switch {
	case o.hasEval:
		name, src = "[eval]", o.eval
	case o.script == "-" || o.script == "" && !isTerminal(stdin):
		b, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "jsloop: reading stdin: %v\n", err)
			return 1
		}
		name, src = "[stdin]", string(b)
	case o.script == "":
		io.WriteString(stderr, usage)
		return 2
	default:
		abs, err := filepath.Abs(o.script)
		if err != nil {
			fmt.Fprintf(stderr, "jsloop: %v\n", err)
			return 1
		}
		resolved, ok, err := resolveMain(abs)
		if err != nil {
			// node: "SyntaxError: Error parsing <file>: <JSON.parse message>".
			fmt.Fprintf(stderr, "%v\n\nNode.js %s\n", err, jsloop.NodeVersion)
			return 1
		}
		if !ok {
			printNotFound(stderr, abs)
			return 1
		}
		mainFile = resolved
	}

	// fetch.js compiles on another goroutine while the script starts when
	// the script (or a module it requires) names fetch: its first request
	// does not wait ~4 ms for it.
	prepareFetch := func(_, src string) {
		if strings.Contains(src, "fetch") {
			fetch.Prepare()
		}
	}
	prepareFetch("", src)

	exe, _ := os.Executable()
	argv := []string{exe}
	if mainFile != "" {
		argv = append(argv, mainFile)
	} else if o.script == "-" {
		argv = append(argv, "-") // as node: process.argv[1] is "-"
	}
	argv = append(argv, o.args...)

	var opts []jsloop.Option
	opts = append(opts, jsloop.WithStdout(stdout), jsloop.WithStderr(stderr))
	if o.virtualTime {
		opts = append(opts, jsloop.WithVirtualTime())
	}
	l := jsloop.New(opts...)
	if err := timers.Enable(l); err != nil {
		fmt.Fprintf(stderr, "jsloop: %v\n", err)
		return 1
	}
	hopts := []hostapi.Option{hostapi.WithArgv(argv...), hostapi.WithTTY(), hostapi.WithOnLoad(prepareFetch)}
	if o.location != "" {
		hopts = append(hopts, hostapi.WithLocation(o.location))
	}
	if err := hostapi.Enable(l, hopts...); err != nil {
		fmt.Fprintf(stderr, "jsloop: %v\n", err)
		return 1
	}
	var fopts []fetch.Option
	if o.allowNet != nil {
		fopts = append(fopts, fetch.WithAllowNet(nonEmpty(o.allowNet)...))
	}
	if err := fetch.Enable(l, fopts...); err != nil {
		fmt.Fprintf(stderr, "jsloop: %v\n", err)
		return 1
	}

	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sig)
	go func() {
		select {
		case s := <-sig:
			if s == os.Interrupt {
				cancel(errInterrupted)
			} else {
				cancel(errTerminated)
			}
		case <-ctx.Done():
		}
	}()

	err := l.Run(ctx, func() error {
		if mainFile != "" {
			return hostapi.RunMain(l, mainFile)
		}
		v, err := l.Eval(name, strings.ToValidUTF8(src, "\uFFFD"))
		if err == nil && o.print {
			printResult(l, v)
		}
		return err
	})
	return exitCode(err, stderr)
}

var errTerminated = errors.New("terminated")

func nonEmpty(ss []string) []string {
	out := []string{}
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func printResult(l *jsloop.Loop, v goja.Value) {
	var s string
	if goja.IsString(v) {
		s = v.String()
	} else {
		s = hostapi.Inspect(l.VM(), v, hostapi.DefaultInspectOptions())
	}
	io.WriteString(l.Stdout(), s+"\n")
}

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var coder interface{ ExitCode() int }
	switch {
	case errors.As(err, &coder):
		return coder.ExitCode()
	case errors.Is(err, errInterrupted):
		return 130
	case errors.Is(err, errTerminated):
		return 143
	}
	fmt.Fprintf(stderr, "jsloop: %v\n", err)
	return 1
}

// resolveMain finds the file Node would run for path: the file itself, or
// for a directory its package.json "main" or index.js. A package.json that
// is not JSON is an error, as in node.
func resolveMain(path string) (string, bool, error) {
	fi, err := os.Stat(path)
	if err == nil && !fi.IsDir() {
		return path, true, nil
	}
	if err == nil && fi.IsDir() {
		pj := filepath.Join(path, "package.json")
		if b, err := os.ReadFile(pj); err == nil {
			var pkg struct {
				Main string `json:"main"`
			}
			if json.Unmarshal(b, &pkg) != nil {
				return "", false, fmt.Errorf("SyntaxError: Error parsing %s: %s", pj, hostapi.V8JSONError(string(b)))
			}
			if pkg.Main != "" {
				if p, ok, err := resolveMain(filepath.Join(path, pkg.Main)); ok || err != nil {
					return p, ok, err
				}
			}
		}
		for _, idx := range []string{"index.js", "index.json"} {
			if p := filepath.Join(path, idx); isFile(p) {
				return p, true, nil
			}
		}
		return "", false, nil
	}
	for _, ext := range []string{".js", ".json"} {
		if isFile(path + ext) {
			return path + ext, true, nil
		}
	}
	return "", false, nil
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && !fi.IsDir()
}

// printNotFound prints Node's error for a main module that does not exist.
func printNotFound(w io.Writer, abs string) {
	fmt.Fprintf(w, `node:internal/modules/cjs/loader:1143
  throw err;
  ^

Error: Cannot find module '%s'
    at Module._resolveFilename (node:internal/modules/cjs/loader:1140:15)
    at node:internal/main/run_main_module:28:49 {
  code: 'MODULE_NOT_FOUND',
  requireStack: []
}

Node.js %s
`, abs, jsloop.NodeVersion)
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	return fi.Mode()&os.ModeCharDevice != 0
}
