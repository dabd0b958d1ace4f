package hostapi

import (
	"math"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

// nodeArch maps GOARCH to process.arch's names.
var nodeArch = map[string]string{"amd64": "x64", "386": "ia32", "arm64": "arm64", "arm": "arm",
	"ppc64le": "ppc64", "s390x": "s390x", "riscv64": "riscv64", "loong64": "loong64"}

// nodePlatform maps GOOS to process.platform's names.
var nodePlatform = map[string]string{"windows": "win32"}

func (h *Host) installProcess() error {
	vm := h.vm
	ctor := h.events
	proto := vm.NewObject()
	proto.SetPrototype(ctor.Get("prototype").(*goja.Object))
	proto.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("process"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	p := vm.NewObject()
	p.SetPrototype(proto)
	h.process = p
	emit, _ := goja.AssertFunction(p.Get("emit"))
	h.emit = emit

	p.Set("title", "node")
	p.Set("version", jsloop.NodeVersion)
	versions := vm.NewObject()
	versions.Set("node", strings.TrimPrefix(jsloop.NodeVersion, "v"))
	versions.Set("jsloop", jsloop.Version)
	versions.Set("go", strings.TrimPrefix(runtime.Version(), "go"))
	p.Set("versions", versions)
	release := vm.NewObject()
	release.Set("name", "node")
	p.Set("release", release)
	arch := nodeArch[runtime.GOARCH]
	if arch == "" {
		arch = runtime.GOARCH
	}
	p.Set("arch", arch)
	plat := nodePlatform[runtime.GOOS]
	if plat == "" {
		plat = runtime.GOOS
	}
	p.Set("platform", plat)
	p.Set("pid", os.Getpid())
	p.Set("ppid", os.Getppid())
	p.Set("execPath", h.opts.Argv[0])
	p.Set("argv0", filepath.Base(h.opts.Argv[0]))
	argv := make([]any, len(h.opts.Argv))
	for i, a := range h.opts.Argv {
		argv[i] = a
	}
	p.Set("argv", vm.NewArray(argv...))
	p.Set("execArgv", vm.NewArray())
	p.Set("env", h.envObject())
	p.Set("exitCode", goja.Undefined())
	h.defineExitCode(p)

	p.Set("exit", h.fn(h.exit))
	p.Set("nextTick", h.fn(h.nextTick))
	hr := h.fn(h.hrtime).(*goja.Object)
	hr.Set("bigint", h.fn(func(goja.FunctionCall) goja.Value {
		return vm.ToValue(big.NewInt(h.loop.Now().Nanoseconds()))
	}))
	p.Set("hrtime", hr)
	p.Set("cwd", h.fn(func(goja.FunctionCall) goja.Value {
		wd, err := os.Getwd()
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return vm.ToValue(wd)
	}))
	p.Set("uptime", h.fn(func(goja.FunctionCall) goja.Value {
		return vm.ToValue(h.loop.Now().Seconds())
	}))
	mu := h.fn(func(goja.FunctionCall) goja.Value { return h.memoryUsage() }).(*goja.Object)
	mu.Set("rss", h.fn(func(goja.FunctionCall) goja.Value { return vm.ToValue(rss()) }))
	p.Set("memoryUsage", mu)
	p.Set("emitWarning", h.fn(h.emitWarning))
	p.Set("stdout", h.stream(1, h.loop.Stdout(), h.opts.StdoutTTY))
	p.Set("stderr", h.stream(2, h.loop.Stderr(), h.opts.StderrTTY))
	p.Set("_exiting", false)
	return vm.Set("process", p)
}

func (h *Host) envObject() *goja.Object {
	env := h.vm.NewObject()
	if h.opts.Env != nil {
		for k, v := range h.opts.Env {
			env.Set(k, v)
		}
		return env
	}
	for _, kv := range os.Environ() {
		if i := strings.IndexByte(kv, '='); i > 0 {
			env.Set(kv[:i], kv[i+1:])
		}
	}
	return env
}

// defineExitCode makes process.exitCode an accessor that validates as
// Node 20 does and feeds the loop's exit code.
func (h *Host) defineExitCode(p *goja.Object) {
	vm := h.vm
	var stored goja.Value = goja.Undefined()
	get := h.fn(func(goja.FunctionCall) goja.Value { return stored })
	set := h.fn(func(c goja.FunctionCall) goja.Value {
		v := c.Argument(0)
		code := h.validateCode(v)
		stored = v
		h.loop.SetExitCode(code)
		return goja.Undefined()
	})
	p.DefineAccessorProperty("exitCode", get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = vm
}

// validateCode is Node 20's validateInteger for exit codes: undefined and
// null mean "unchanged" (0); integer strings are accepted.
func (h *Host) validateCode(v goja.Value) int {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	var f float64
	switch {
	case goja.IsNumber(v):
		f = v.ToFloat()
	case goja.IsString(v):
		n, err := strconv.Atoi(strings.TrimSpace(v.String()))
		if err != nil {
			panic(jsloop.InvalidArgType(h.vm, "code", "of type number", v))
		}
		f = float64(n)
	default:
		panic(jsloop.InvalidArgType(h.vm, "code", "of type number", v))
	}
	if f != math.Trunc(f) || math.IsInf(f, 0) {
		jsloop.ThrowNodeError(h.vm, "RangeError", "ERR_OUT_OF_RANGE",
			"The value of \"code\" is out of range. It must be an integer. Received "+jsloop.NumberString(f))
	}
	return int(int32(int64(f)))
}

func (h *Host) exit(c goja.FunctionCall) goja.Value {
	code := h.loop.ExitCode()
	if v := c.Argument(0); !goja.IsUndefined(v) {
		code = h.validateCode(v)
		h.loop.SetExitCode(code)
	}
	h.loop.Exit(code)
	return goja.Undefined()
}

func (h *Host) nextTick(c goja.FunctionCall) goja.Value {
	cb := c.Argument(0)
	if _, ok := goja.AssertFunction(cb); !ok {
		panic(jsloop.InvalidArgType(h.vm, "callback", "of type function", cb))
	}
	if h.process.Get("_exiting").ToBoolean() {
		return goja.Undefined()
	}
	var args goja.Value = goja.Undefined()
	if len(c.Arguments) > 1 {
		rest := make([]any, len(c.Arguments)-1)
		for i, a := range c.Arguments[1:] {
			rest[i] = a
		}
		args = h.vm.NewArray(rest...)
	}
	h.loop.NextTick(cb, args)
	return goja.Undefined()
}

func (h *Host) hrtime(c goja.FunctionCall) goja.Value {
	ns := h.loop.Now().Nanoseconds()
	sec, nsec := ns/1e9, ns%1e9
	if prev := c.Argument(0); !goja.IsUndefined(prev) {
		o, ok := prev.(*goja.Object)
		if !ok || o.ClassName() != "Array" {
			panic(jsloop.InvalidArgType(h.vm, "time", "an instance of Array", prev))
		}
		if n := o.Get("length").ToInteger(); n != 2 {
			jsloop.ThrowNodeError(h.vm, "RangeError", "ERR_OUT_OF_RANGE",
				"The value of \"time\" is out of range. It must be 2. Received "+strconv.FormatInt(n, 10))
		}
		ps, pn := o.Get("0").ToInteger(), o.Get("1").ToInteger()
		sec, nsec = sec-ps, nsec-pn
		if nsec < 0 {
			sec--
			nsec += 1e9
		}
	}
	return h.vm.NewArray(sec, nsec)
}

func (h *Host) memoryUsage() goja.Value {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	o := h.vm.NewObject()
	o.Set("rss", rss())
	o.Set("heapTotal", ms.HeapSys)
	o.Set("heapUsed", ms.HeapAlloc)
	o.Set("external", 0)
	o.Set("arrayBuffers", 0)
	return o
}

// rss reads the resident set size from /proc where it exists.
func rss() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err == nil {
		f := strings.Fields(string(b))
		if len(f) > 1 {
			pages, _ := strconv.ParseInt(f[1], 10, 64)
			return pages * int64(os.Getpagesize())
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.Sys)
}

// emitWarning is process.emitWarning(warning[, type[, code]]): the
// 'warning' event and the default stderr line are emitted on nextTick, as
// in Node.
func (h *Host) emitWarning(c goja.FunctionCall) goja.Value {
	vm := h.vm
	w := c.Argument(0)
	name, code, detail := "Warning", "", ""
	if t := c.Argument(1); goja.IsString(t) {
		name = t.String()
	} else if o, ok := t.(*goja.Object); ok {
		if v := o.Get("type"); v != nil && !goja.IsUndefined(v) {
			name = v.String()
		}
		if v := o.Get("code"); v != nil && !goja.IsUndefined(v) {
			code = v.String()
		}
		if v := o.Get("detail"); v != nil && goja.IsString(v) {
			detail = v.String()
		}
	}
	if cv := c.Argument(2); goja.IsString(cv) {
		code = cv.String()
	}
	var warning *goja.Object
	if o, ok := w.(*goja.Object); ok && isError(vm, o) {
		warning = o
	} else {
		if !goja.IsString(w) {
			panic(jsloop.InvalidArgType(vm, "warning", "of type string or an instance of Error", w))
		}
		e, _ := vm.New(vm.Get("Error"), w)
		e.Set("name", name)
		if code != "" {
			e.Set("code", code)
		}
		if detail != "" {
			e.Set("detail", detail)
		}
		warning = e
	}
	if name == "DeprecationWarning" && h.process.Get("noDeprecation").ToBoolean() {
		return goja.Undefined()
	}
	h.loop.NextTick(h.fn(func(goja.FunctionCall) goja.Value {
		h.emitEvent("warning", warning)
		h.printWarning(warning)
		return goja.Undefined()
	}), goja.Undefined())
	return goja.Undefined()
}

func (h *Host) printWarning(w *goja.Object) {
	var b strings.Builder
	b.WriteString("(node:" + strconv.Itoa(os.Getpid()) + ") ")
	if c := w.Get("code"); c != nil && !goja.IsUndefined(c) {
		b.WriteString("[" + c.String() + "] ")
	}
	b.WriteString(w.Get("name").String() + ": " + w.Get("message").String() + "\n")
	if d := w.Get("detail"); d != nil && goja.IsString(d) {
		b.WriteString(d.String() + "\n")
	}
	if !h.warned {
		h.warned = true
		b.WriteString("(Use `node --trace-warnings ...` to show where the warning was created)\n")
	}
	h.loop.Stderr().Write([]byte(b.String()))
}

func isError(vm *goja.Runtime, o *goja.Object) bool {
	proto := vm.Get("Error").(*goja.Object).Get("prototype").(*goja.Object)
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if p == proto {
			return true
		}
	}
	return false
}

// stream is a minimal process.stdout / process.stderr: write(chunk[,
// encoding][, cb]) returns true; cb runs on nextTick.
func (h *Host) stream(fd int, w interface{ Write([]byte) (int, error) }, tty bool) *goja.Object {
	vm := h.vm
	s := vm.NewObject()
	s.SetPrototype(h.events.Get("prototype").(*goja.Object))
	s.Set("fd", fd)
	s.Set("isTTY", tty)
	s.Set("writable", true)
	s.Set("write", h.fn(func(c goja.FunctionCall) goja.Value {
		chunk := c.Argument(0)
		switch x := chunk.Export().(type) {
		case string:
			w.Write([]byte(x))
		case []byte:
			w.Write(x)
		case goja.ArrayBuffer:
			w.Write(x.Bytes())
		default:
			if o, ok := chunk.(*goja.Object); ok && o.ClassName() == "Uint8Array" {
				if ab, ok := o.Get("buffer").Export().(goja.ArrayBuffer); ok {
					off := o.Get("byteOffset").ToInteger()
					n := o.Get("byteLength").ToInteger()
					w.Write(ab.Bytes()[off : off+n])
					break
				}
			}
			panic(jsloop.InvalidArgType(vm, "chunk", "of type string or an instance of Buffer or Uint8Array", chunk))
		}
		for _, a := range c.Arguments[1:] {
			if _, ok := goja.AssertFunction(a); ok {
				h.loop.NextTick(a, goja.Undefined())
				break
			}
		}
		return vm.ToValue(true)
	}))
	s.Set("end", h.fn(func(goja.FunctionCall) goja.Value { return goja.Undefined() }))
	return s
}

// emitEvent calls process.emit(name, args...) inside the running macrotask;
// a throwing listener is an uncaught exception.
func (h *Host) emitEvent(name string, args ...goja.Value) bool {
	all := append([]goja.Value{h.vm.ToValue(name)}, args...)
	v, err := h.emit(h.process, all...)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			h.loop.ReportThrown(ex)
			return true
		}
		panic(err)
	}
	return v.ToBoolean()
}

func (h *Host) listenerCount(name string) int64 {
	fn, _ := goja.AssertFunction(h.process.Get("listenerCount"))
	v, err := fn(h.process, h.vm.ToValue(name))
	if err != nil {
		return 0
	}
	return v.ToInteger()
}

func (h *Host) onUncaught(err goja.Value, origin string) (bool, *goja.Exception) {
	o := h.vm.ToValue(origin)
	if h.listenerCount("uncaughtExceptionMonitor") > 0 {
		if _, e := h.emit(h.process, h.vm.ToValue("uncaughtExceptionMonitor"), err, o); e != nil {
			if ex, ok := e.(*goja.Exception); ok {
				return false, ex
			}
		}
	}
	if h.listenerCount("uncaughtException") == 0 {
		return false, nil
	}
	if _, e := h.emit(h.process, h.vm.ToValue("uncaughtException"), err, o); e != nil {
		if ex, ok := e.(*goja.Exception); ok {
			return false, ex
		}
		panic(e)
	}
	return true, nil
}

func (h *Host) onUnhandledRejection(reason, promise goja.Value) bool {
	if h.listenerCount("unhandledRejection") == 0 {
		return false
	}
	h.emitEvent("unhandledRejection", reason, promise)
	return true
}

func (h *Host) onRejectionHandled(promise goja.Value) {
	h.emitEvent("rejectionHandled", promise)
}

func (h *Host) onBeforeExit(code int) {
	h.emitEvent("beforeExit", h.vm.ToValue(code))
}

func (h *Host) onExit(code int) int {
	h.process.Set("_exiting", true)
	h.process.Set("exitCode", code)
	h.emitEvent("exit", h.vm.ToValue(code))
	return h.loop.ExitCode()
}
