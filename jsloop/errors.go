package jsloop

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// UncaughtError is returned by Run when a JS exception went uncaught (no
// 'uncaughtException' listener took it). Run has already printed it to
// stderr in Node's format.
type UncaughtError struct {
	// Message is the thrown value as a string ("TypeError: bad").
	Message string
	// Stack is the JS stack in Node's format ("Error: x\n    at f (file:1:2)").
	Stack string
	// Code is the process exit code: 1, or 7 when an 'uncaughtException'
	// listener itself threw.
	Code int
}

func (e *UncaughtError) Error() string {
	if e.Stack != "" {
		return "Uncaught " + e.Stack
	}
	return "Uncaught " + e.Message
}

// ExitCode returns the process exit code for the error.
func (e *UncaughtError) ExitCode() int { return e.Code }

// UnhandledRejectionError is returned by Run when a promise rejection went
// unhandled (Node 20's default mode, --unhandled-rejections=throw).
type UnhandledRejectionError struct {
	UncaughtError
}

func (e *UnhandledRejectionError) Error() string {
	return "Unhandled rejection: " + strings.TrimPrefix(e.UncaughtError.Error(), "Uncaught ")
}

// reportException handles a thrown value that nothing caught: it is offered
// to the UncaughtException hook and otherwise ends the run.
func (l *Loop) reportException(v goja.Value, ex *goja.Exception, fromPromise bool) {
	l.reportExceptionAt(v, ex, fromPromise, fromPromise)
}

// reportExceptionAt is reportException; caught says the error was caught and
// re-reported (a microtask, a rejection), where V8 shows the construction
// site rather than the throw.
func (l *Loop) reportExceptionAt(v goja.Value, ex *goja.Exception, fromPromise, caught bool) {
	if l.stopping {
		return
	}
	origin := "uncaughtException"
	if fromPromise {
		origin = "unhandledRejection"
	}
	if h := l.hooks.UncaughtException; h != nil {
		handled, thrown := h(v, origin)
		if thrown != nil {
			l.die(thrown.Value(), thrown, false, false, 7)
			return
		}
		if handled {
			// Node's _fatalException: "make sure any ticks get processed
			// by ensuring that the next Immediate cycle isn't empty".
			l.SetImmediate(func() {})
			return
		}
	}
	l.die(v, ex, fromPromise, caught, 1)
}

// die prints a fatal error as Node does and stops the run.
func (l *Loop) die(v goja.Value, ex *goja.Exception, fromPromise, caught bool, code int) {
	var b strings.Builder
	isErr := isErrorObject(l.vm, v)
	stack := ""
	if isErr {
		stack = NodeStack(v.ToObject(l.vm).Get("stack").String())
	}
	file, line, col := l.errorPosition(v, ex, isErr, !caught)
	col -= l.shiftFor(file, line)
	header := ""
	if srcLine, ok := internalLines[fmt.Sprintf("%s:%d", file, line)]; ok {
		header = fmt.Sprintf("%s:%d\n%s\n%s\n", file, line, srcLine, caret(srcLine, col))
	} else if src, ok := l.sources[file]; ok && line > 0 {
		srcLine := sourceLine(src, line)
		if !caught {
			col = throwColumn(srcLine, col)
		}
		header = fmt.Sprintf("%s:%d\n%s\n%s\n", file, line, srcLine, caret(srcLine, col))
	}
	body := l.formatError(v)
	if isErr {
		b.WriteString(header)
		if header != "" {
			b.WriteString("\n")
		}
		b.WriteString(body)
		b.WriteString("\n")
	} else {
		b.WriteString("\n")
		b.WriteString(header)
		b.WriteString(body)
		b.WriteString("\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n")
	}
	b.WriteString("\nNode.js " + NodeVersion + "\n")
	l.stderr.Write([]byte(b.String()))

	msg := body
	if isErr {
		msg = v.String()
	}
	ue := UncaughtError{Message: msg, Stack: stack, Code: code}
	var err error = &ue
	if fromPromise {
		err = &UnhandledRejectionError{ue}
	}
	if !l.exited {
		l.exited = true
		l.exitCode = code
		// Node: a throwing 'uncaughtException' handler (code 7) ends the
		// process without the 'exit' event.
		if h := l.hooks.Exit; h != nil && code != 7 {
			l.exitCode = h(code)
			if l.exitCode != code {
				ue.Code = l.exitCode
			}
		}
	}
	l.stop(err)
}

func (l *Loop) formatError(v goja.Value) string {
	if h := l.hooks.FormatError; h != nil {
		return h(v)
	}
	if isErrorObject(l.vm, v) {
		return NodeStack(v.ToObject(l.vm).Get("stack").String())
	}
	return v.String()
}

// isErrorObject reports whether v is an Error (its prototype chain reaches
// Error.prototype).
func isErrorObject(vm *goja.Runtime, v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	errProto := vm.Get("Error").ToObject(vm).Get("prototype").(*goja.Object)
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if p == errProto {
			return true
		}
	}
	return false
}

func (l *Loop) shiftFor(file string, line int) int {
	if line == 1 {
		return l.lineOneShift[file]
	}
	return 0
}

// internalLines are the Node-internal source lines that Node's fatal error
// headers show for errors jsloop raises on Node's behalf.
var internalLines = map[string]string{
	"node:internal/process/promises:389": "      new UnhandledPromiseRejection(reason);",
}

var frameRe = regexp.MustCompile(`(?m)^\s+at (?:.*? \()?(.+?):(\d+):(\d+)(?:\(\d+\))?\)?$`)

// errorPosition finds where an uncaught value came from: the exception's
// first frame, else the first frame of an Error's stack.
//
// goja records where an Error was constructed, V8 where it was thrown. The
// first frame whose source line has a `throw` right before the frame's
// column is taken as the throw site (this covers `throw new E()` and errors
// built by a subclass constructor); otherwise the construction site.
func (l *Loop) errorPosition(v goja.Value, ex *goja.Exception, isErr, thrown bool) (string, int, int) {
	if isErr {
		ms := frameRe.FindAllStringSubmatch(v.ToObject(l.vm).Get("stack").String(), -1)
		for _, m := range ms {
			line, _ := strconv.Atoi(m[2])
			col, _ := strconv.Atoi(m[3])
			if line == 1 {
				col -= l.lineOneShift[m[1]]
			}
			if src, ok := l.sources[m[1]]; ok && thrown {
				if throwColumn(sourceLine(src, line), col) != col {
					return m[1], line, col + l.shiftFor(m[1], line)
				}
			}
		}
		if len(ms) > 0 {
			line, _ := strconv.Atoi(ms[0][2])
			col, _ := strconv.Atoi(ms[0][3])
			return ms[0][1], line, col
		}
	}
	if ex != nil {
		for _, f := range ex.Stack() {
			p := f.Position()
			if p.Line > 0 {
				return p.Filename, p.Line, p.Column
			}
		}
	}
	return l.throwSite()
}

// throwSite locates a non-Error value a callback threw, which the JS
// trampoline caught without a position (goja keeps none for it): the
// callback's source text is found in a loaded script and, when it holds
// exactly one `throw`, that is the throw site. Otherwise it gives up.
func (l *Loop) throwSite() (string, int, int) {
	fn, ok := l.thrower.(*goja.Object)
	if !ok {
		return "", 0, 0
	}
	text := fn.String()
	if len(text) < 8 || strings.Count(text, "throw") != 1 {
		return "", 0, 0
	}
	found := ""
	at := -1
	for name, src := range l.sources {
		if i := strings.Index(src, text); i >= 0 {
			if found != "" || strings.Contains(src[i+1:], text) {
				return "", 0, 0 // ambiguous
			}
			found, at = name, i+strings.Index(text, "throw")
		}
	}
	if found == "" {
		return "", 0, 0
	}
	src := l.sources[found]
	line := 1 + strings.Count(src[:at], "\n")
	col := at - strings.LastIndexByte(src[:at], '\n')
	if line == 1 {
		col += l.lineOneShift[found]
	}
	return found, line, col
}

var pcSuffix = regexp.MustCompile(`:(\d+):(\d+)\(\d+\)`)

// NodeStack rewrites a goja stack ("\tat f (file:1:2(3))") in Node's form
// ("    at f (file:1:2)") and drops the trailing newline.
// Frames of jsloop's own plumbing (the support trampolines and the Go
// functions behind them) are dropped, as Node hides nothing but shows its
// own internals under node:internal.
func NodeStack(s string) string {
	s = strings.TrimRight(s, "\n")
	if strings.Contains(s, "jsloop") {
		lines := strings.Split(s, "\n")
		kept := lines[:0]
		for _, ln := range lines {
			if strings.HasPrefix(ln, "\tat ") && (strings.Contains(ln, "(jsloop:") || strings.Contains(ln, "github.com/jsloop/jsloop/")) {
				continue
			}
			kept = append(kept, ln)
		}
		s = strings.Join(kept, "\n")
	}
	s = strings.ReplaceAll(s, "\n\tat ", "\n    at ")
	return pcSuffix.ReplaceAllString(s, ":$1:$2")
}

func sourceLine(src string, line int) string {
	for i := 1; i < line; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return strings.TrimSuffix(src, "\r")
}

// throwColumn moves the caret from an error's construction to the `throw`
// that precedes it on the same line, where V8 puts it.
func throwColumn(line string, col int) int {
	if col < 1 || col > len(line)+1 {
		return col
	}
	before := strings.TrimRight(line[:col-1], " \t")
	if strings.HasSuffix(before, "throw") {
		return len(before) - len("throw") + 1
	}
	return col
}

// caret returns the line under srcLine pointing at col (1-based), keeping
// tabs so the caret lines up.
func caret(srcLine string, col int) string {
	var b strings.Builder
	for i := 0; i < col-1 && i < len(srcLine); i++ {
		if srcLine[i] == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteByte('^')
	return b.String()
}

var gojaSyntaxRe = regexp.MustCompile(`^(?:SyntaxError: )?(?:(.*?): )?Line (\d+):(\d+) (.*?)(?: \(and \d+ more errors?\))?$`)

// reportSyntaxError prints a compile error of the main script as Node does.
func (l *Loop) reportSyntaxError(e *goja.CompilerSyntaxError) {
	file, line, col := "", 0, 0
	if e.File != nil {
		p := e.File.Position(e.Offset)
		file, line, col = p.Filename, p.Line, p.Column
	} else if m := gojaSyntaxRe.FindStringSubmatch(e.Message); m != nil {
		// goja.Parse keeps only the message: "file: Line 5:9 Unexpected token ;".
		file = m[1]
		line, _ = strconv.Atoi(m[2])
		col, _ = strconv.Atoi(m[3])
	}
	l.printSyntaxError(file, line, col, e.Message)
}

func (l *Loop) printSyntaxError(file string, line, col int, msg string) {
	col -= l.shiftFor(file, line)
	if m := gojaSyntaxRe.FindStringSubmatch(msg); m != nil {
		msg = m[4]
	}
	msg = v8SyntaxMessage(msg)
	var b strings.Builder
	if src, ok := l.sources[file]; ok && line > 0 {
		srcLine := sourceLine(src, line)
		fmt.Fprintf(&b, "%s:%d\n%s\n%s\n\n", file, line, srcLine, caret(srcLine, col))
	}
	fmt.Fprintf(&b, "SyntaxError: %s\n\nNode.js %s\n", msg, NodeVersion)
	l.stderr.Write([]byte(b.String()))
	ue := &UncaughtError{Message: "SyntaxError: " + msg, Code: 1}
	l.exited = true
	l.exitCode = 1
	l.stop(ue)
}

var unexpectedTokenRe = regexp.MustCompile(`^Unexpected token (\S+)$`)

// v8SyntaxMessage maps goja's parser messages to V8's wording where they
// differ only in form.
func v8SyntaxMessage(msg string) string {
	if m := unexpectedTokenRe.FindStringSubmatch(msg); m != nil {
		switch m[1] {
		case "ILLEGAL":
			return "Invalid or unexpected token"
		case "EOF":
			return "Unexpected end of input"
		}
		return "Unexpected token '" + m[1] + "'"
	}
	return msg
}
