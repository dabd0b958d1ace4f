package url

import (
	_ "embed"
	"sync"

	"github.com/jsloop/jsloop/hostapi/internal/webidl"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/jsloop"
)

//go:embed inspect.js
var inspectJS string

// inspectProgram is compiled on first use, once per process.
var inspectProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("node:internal/url", inspectJS, true)
})

// installInspect defines the [util.inspect.custom] methods (inspect.js)
// on the prototypes.
func (m *module) installInspect() {
	vm := m.vm
	f, err := vm.RunProgram(inspectProgram())
	if err != nil {
		panic(err)
	}
	install, _ := goja.AssertFunction(f)
	custom, err := vm.RunString(`Symbol.for('nodejs.util.inspect.custom')`)
	if err != nil {
		panic(err)
	}
	flat := func(list []pair) goja.Value {
		out := make([]any, 0, 2*len(list))
		for _, p := range list {
			out = append(out, p.name, p.value)
		}
		return vm.NewArray(out...)
	}
	spList := m.l.Func(func(c goja.FunctionCall) goja.Value {
		return flat(m.thisSP(c.Argument(0)).list)
	})
	iterState := m.l.Func(func(c goja.FunctionCall) goja.Value {
		st, ok := webidl.GetSlot(c.Argument(0)).(*spIterator)
		if !ok {
			panic(jsloop.NodeError(vm, "TypeError", "ERR_INVALID_THIS", `Value of "this" must be of type URLSearchParamsIterator`))
		}
		return vm.NewArray(st.kind, st.index, flat(st.sp.list))
	})
	if _, err := install(goja.Undefined(), m.urlProto, m.spProto, m.iterProto, custom, spList, iterState); err != nil {
		panic(err)
	}
}
