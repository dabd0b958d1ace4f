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
			l.die(thrown.Value(), thrown, false, 7)
			return
		}
		if handled {
			return
		}
	}
	l.die(v, ex, fromPromise, 1)
}

// die prints a fatal error as Node does and stops the run.
func (l *Loop) die(v goja.Value, ex *goja.Exception, fromPromise bool, code int) {
	var b strings.Builder
	isErr := isErrorObject(l.vm, v)
	stack := ""
	if isErr {
		stack = NodeStack(v.ToObject(l.vm).Get("stack").String())
	}
	file, line, col := l.errorPosition(v, ex, isErr)
	if line == 1 {
		col -= l.lineOneShift[file]
	}
	header := ""
	if src, ok := l.sources[file]; ok && line > 0 {
		srcLine := sourceLine(src, line)
		if !fromPromise {
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
		if h := l.hooks.Exit; h != nil {
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

var frameRe = regexp.MustCompile(`(?m)^\s+at (?:.*? \()?(.+?):(\d+):(\d+)(?:\(\d+\))?\)?$`)

// errorPosition finds where an uncaught value came from: the exception's
// first frame, else the first frame of an Error's stack.
func (l *Loop) errorPosition(v goja.Value, ex *goja.Exception, isErr bool) (string, int, int) {
	if isErr {
		if m := frameRe.FindStringSubmatch(v.ToObject(l.vm).Get("stack").String()); m != nil {
			line, _ := strconv.Atoi(m[2])
			col, _ := strconv.Atoi(m[3])
			return m[1], line, col
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
	return "", 0, 0
}

var pcSuffix = regexp.MustCompile(`:(\d+):(\d+)\(\d+\)`)

// NodeStack rewrites a goja stack ("\tat f (file:1:2(3))") in Node's form
// ("    at f (file:1:2)") and drops the trailing newline.
func NodeStack(s string) string {
	s = strings.TrimRight(s, "\n")
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

var gojaSyntaxRe = regexp.MustCompile(`^(?:SyntaxError: )?(?:.*?: )?Line (\d+):(\d+) (.*)$`)

// reportSyntaxError prints a compile error of the main script as Node does.
func (l *Loop) reportSyntaxError(e *goja.CompilerSyntaxError) {
	file, line, col := "", 0, 0
	msg := e.Error()
	if e.File != nil {
		p := e.File.Position(e.Offset)
		file, line, col = p.Filename, p.Line, p.Column
		if line == 1 {
			col -= l.lineOneShift[file]
		}
	}
	if m := gojaSyntaxRe.FindStringSubmatch(e.Message); m != nil {
		msg = m[3]
	} else {
		msg = e.Message
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
