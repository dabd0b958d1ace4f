package jsloop

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// NodeError returns a JS error of class ctor ("TypeError", "RangeError",
// "Error") carrying Node's code: err.code is set and the stack's first line
// reads "TypeError [CODE]: message", as Node prints it. Loop goroutine only.
func NodeError(vm *goja.Runtime, ctor, code, msg string) *goja.Object {
	c, _ := vm.Get(ctor).(*goja.Object)
	e, err := vm.New(c, vm.ToValue(msg))
	if err != nil {
		e = vm.NewTypeError(msg)
	}
	e.Set("code", code)
	if code != "" {
		stack := NodeStack(e.Get("stack").String())
		prefix := ctor + ": "
		if strings.HasPrefix(stack, prefix) {
			stack = ctor + " [" + code + "]: " + stack[len(prefix):]
		}
		e.DefineDataProperty("stack", vm.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return e
}

// ThrowNodeError panics with a NodeError; for use inside host functions.
func ThrowNodeError(vm *goja.Runtime, ctor, code, msg string) {
	panic(NodeError(vm, ctor, code, msg))
}

// InvalidArgType returns Node's ERR_INVALID_ARG_TYPE TypeError:
// `The "name" argument must be of type expected. Received ...`.
func InvalidArgType(vm *goja.Runtime, name, expected string, actual goja.Value) *goja.Object {
	kind := "argument"
	if strings.Contains(name, ".") {
		kind = "property"
	}
	msg := fmt.Sprintf("The %q %s must be %s. %s", name, kind, expected, DescribeReceived(actual))
	return NodeError(vm, "TypeError", "ERR_INVALID_ARG_TYPE", msg)
}

// DescribeReceived renders a value the way Node's error messages end:
// "Received type string ('x')", "Received undefined", "Received an
// instance of Foo", "Received function f".
func DescribeReceived(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "Received undefined"
	}
	if goja.IsNull(v) {
		return "Received null"
	}
	if o, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(o); isFn {
			name := o.Get("name")
			if name == nil || name.String() == "" {
				return "Received function "
			}
			return "Received function " + name.String()
		}
		if c, ok := o.Get("constructor").(*goja.Object); ok {
			if n := c.Get("name"); n != nil && n.String() != "" {
				return "Received an instance of " + n.String()
			}
		}
		return "Received " + InspectShort(v)
	}
	return fmt.Sprintf("Received type %s (%s)", typeOf(v), InspectShort(v))
}

func typeOf(v goja.Value) string {
	switch {
	case goja.IsString(v):
		return "string"
	case goja.IsNumber(v):
		return "number"
	case goja.IsBigInt(v):
		return "bigint"
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "symbol"
	}
	if _, ok := v.Export().(bool); ok {
		return "boolean"
	}
	return "object"
}

// InspectShort formats a primitive as Node's error messages do: strings
// quoted and cut at 25 characters, numbers as JS prints them, bigint with n.
func InspectShort(v goja.Value) string {
	switch typeOf(v) {
	case "string":
		s := v.String()
		if len([]rune(s)) > 28 {
			s = string([]rune(s)[:25]) + "..."
		}
		return quoteJS(s)
	case "number":
		return NumberString(v.ToFloat())
	case "bigint":
		return v.String() + "n"
	case "symbol":
		return "Symbol(" + v.String() + ")"
	}
	return v.String()
}

// NumberString formats f as JS's Number#toString does, with -0 as "-0".
func NumberString(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0 && math.Signbit(f):
		return "-0"
	}
	// ECMA-262 Number::toString: fixed notation for exponents -6..20.
	e := strconv.FormatFloat(f, 'e', -1, 64)
	i := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[i+1:])
	if exp >= -6 && exp < 21 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	sign := "+"
	if exp < 0 {
		sign = "-"
		exp = -exp
	}
	return e[:i] + "e" + sign + strconv.Itoa(exp)
}

func quoteJS(s string) string {
	if !strings.Contains(s, "'") {
		return "'" + strings.ReplaceAll(s, "\n", "\\n") + "'"
	}
	if !strings.Contains(s, "\"") {
		return "\"" + s + "\""
	}
	return strconv.Quote(s)
}
