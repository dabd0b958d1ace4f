package hostapi

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/require"
	"github.com/jsloop/jsloop/jsloop"
	"github.com/jsloop/jsloop/timers"
)

// wrapperPrefix is the text goja_nodejs/require puts before a module's first
// line; columns on line 1 are shifted by its length.
const wrapperPrefix = "(function(exports,require,module,__filename,__dirname){"

type requirer struct {
	h    *Host
	main string // the main module's path, while it loads
	reg  *require.Registry
	mod  *require.RequireModule
}

func (h *Host) installRequire() error {
	r := &requirer{h: h}
	r.reg = require.NewRegistry(require.WithLoader(r.load))
	builtins := map[string]func() goja.Value{
		"events":          func() goja.Value { return h.events },
		"timers":          func() goja.Value { return timers.Module(h.loop) },
		"timers/promises": func() goja.Value { return timers.PromisesModule(h.loop) },
		"util":            func() goja.Value { return h.utilModule() },
		"process":         func() goja.Value { return h.process },
		"console":         func() goja.Value { return h.console },
	}
	for name, get := range builtins {
		get := get
		loader := func(vm *goja.Runtime, module *goja.Object) {
			v := get()
			if v == nil {
				v = vm.NewObject()
			}
			module.Set("exports", v)
		}
		r.reg.RegisterNativeModule(name, loader)
		r.reg.RegisterNativeModule("node:"+name, loader)
	}
	r.mod = r.reg.Enable(h.vm)
	h.req = r
	req := h.fn(func(c goja.FunctionCall) goja.Value {
		id := c.Argument(0)
		if !goja.IsString(id) {
			panic(jsloop.InvalidArgType(h.vm, "id", "of type string", id))
		}
		if id.String() == "" {
			jsloop.ThrowNodeError(h.vm, "TypeError", "ERR_INVALID_ARG_VALUE",
				"The argument 'id' must be a non-empty string. Received ''")
		}
		v, err := r.mod.Require(id.String())
		if err != nil {
			var ex *goja.Exception
			switch {
			case errors.Is(err, require.InvalidModuleError), errors.Is(err, require.ModuleFileDoesNotExistError):
				panic(r.notFound(id.String()))
			case errors.As(err, &ex):
				panic(ex)
			}
			panic(h.vm.NewGoError(err))
		}
		return v
	})
	return h.vm.Set("require", req)
}

// notFound is Node's MODULE_NOT_FOUND error. Its require stack is the
// module files on the call stack, innermost first: the module that called
// require, then the one that required it, and so on.
func (r *requirer) notFound(id string) *goja.Object {
	var stack []any
	seen := map[string]bool{}
	for _, f := range r.h.vm.CaptureCallStack(0, nil) {
		name := f.SrcName()
		if name == "[eval]" || name == "[stdin]" {
			// Node names -e and stdin scripts after the working directory.
			if wd, err := os.Getwd(); err == nil {
				name = filepath.Join(wd, name)
			}
		}
		if filepath.IsAbs(name) && !seen[name] {
			seen[name] = true
			stack = append(stack, name)
		}
	}
	msg := "Cannot find module '" + id + "'"
	for i, name := range stack {
		if i == 0 {
			msg += "\nRequire stack:"
		}
		msg += "\n- " + name.(string)
	}
	e := jsloop.NodeError(r.h.vm, "Error", "", msg)
	e.Set("code", "MODULE_NOT_FOUND")
	e.Set("requireStack", r.h.vm.NewArray(stack...))
	return e
}

// load is the source loader: it reads from Options.FS when set, else the
// host file system, and records the source for error reports.
func (r *requirer) load(path string) ([]byte, error) {
	var b []byte
	var err error
	if r.h.opts.FS != nil {
		b, err = fs.ReadFile(r.h.opts.FS, strings.TrimPrefix(filepath.ToSlash(path), "/"))
	} else {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, require.ModuleFileDoesNotExistError
		}
		return nil, err
	}
	src := strings.ToValidUTF8(string(b), "\uFFFD")
	if r.h.opts.OnLoad != nil {
		r.h.opts.OnLoad(path, src)
	}
	// Node strips a leading shebang line.
	if strings.HasPrefix(src, "#!") {
		src = "//" + src[2:]
	}
	shift := len(wrapperPrefix)
	if path == r.main {
		// require.main === module in the main module, as in Node.
		const setMain = "require.main = module;"
		src = setMain + src
		shift += len(setMain)
		r.main = ""
	}
	r.h.loop.AddSource(path, string(b), shift)
	return []byte(src), nil
}

// RunMain runs the file at path as the main CommonJS module (require,
// module, exports, __filename and __dirname defined), as `node path` does.
// It must run inside a macrotask: call it from the function given to
// jsloop.Loop.Run.
func RunMain(l *jsloop.Loop, path string) error {
	h := Of(l)
	if h == nil {
		return errors.New("hostapi: Enable has not run")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	h.req.main = abs
	_, err = h.req.mod.Require(abs)
	return err
}
