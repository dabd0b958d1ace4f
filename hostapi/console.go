package hostapi

import (
	"bytes"
	"io"
	"math"
	"math/big"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// NewConsole returns an object with Node v20's console methods writing to
// stdout and stderr. now is the monotonic clock used by console.time and
// friends. The methods ignore `this`, so they work detached
// (`const { log } = console`).
//
// Warnings (unknown labels, duplicate timers) are written to stderr exactly
// as Node prints them, `(node:PID) Warning: ...`, with the hint line about
// --trace-warnings after the first one of this console.
//
// Deviation: Node emits those warnings on the next tick through
// process.emitWarning; here they are written at once.
// Deviation: Node's group/count/timeEnd/table/assert call `this.log` /
// `this.warn`, so replacing console.log changes them; here they write
// directly.
// Deviation: console.trace prints goja's frames (see inspect.go), at most 10.
func NewConsole(vm *goja.Runtime, stdout, stderr io.Writer, now func() time.Duration) *goja.Object {
	c := &consoleState{
		vm:     vm,
		in:     newIntrinsics(vm),
		stdout: stdout,
		stderr: stderr,
		now:    now,
		counts: map[string]int{},
		times:  map[string]time.Duration{},
	}
	if c.now == nil {
		start := time.Now()
		c.now = func() time.Duration { return time.Since(start) }
	}
	// Capture the builtins before user code can touch them.
	c.in.load()

	obj := vm.NewObject()
	def := func(name string, f func(goja.FunctionCall) goja.Value) *goja.Object {
		fn := vm.ToValue(f).(*goja.Object)
		_ = fn.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = obj.Set(name, fn)
		return fn
	}
	log := def("log", c.log)
	def("warn", c.warn)
	def("dir", c.dir)
	def("time", c.time)
	def("timeEnd", c.timeEnd)
	def("timeLog", c.timeLog)
	def("trace", c.trace)
	def("assert", c.assert)
	def("clear", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	def("count", c.count)
	def("countReset", c.countReset)
	group := def("group", c.group)
	def("groupEnd", c.groupEnd)
	def("table", c.table)
	_ = obj.Set("debug", log)
	_ = obj.Set("info", log)
	_ = obj.Set("dirxml", log)
	_ = obj.Set("error", obj.Get("warn"))
	_ = obj.Set("groupCollapsed", group)
	noop := func(goja.FunctionCall) goja.Value { return goja.Undefined() }
	def("profile", noop)
	def("profileEnd", noop)
	def("timeStamp", noop)
	_ = obj.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("console"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return obj
}

type consoleState struct {
	vm             *goja.Runtime
	in             *intrinsics
	stdout, stderr io.Writer
	now            func() time.Duration
	groupIndent    string
	counts         map[string]int
	times          map[string]time.Duration
	warned         bool
	buf            []byte
}

// write is Node's kWriteToConsole: the group indentation goes in front of
// every line, then a newline ends the record.
func (c *consoleState) write(w io.Writer, s string) {
	b := c.buf[:0]
	if c.groupIndent != "" {
		b = append(b, c.groupIndent...)
		if strings.IndexByte(s, '\n') >= 0 {
			s = strings.ReplaceAll(s, "\n", "\n"+c.groupIndent)
		}
	}
	b = append(b, s...)
	b = append(b, '\n')
	_, _ = w.Write(b)
	if cap(b) <= 64<<10 {
		c.buf = b[:0]
	} else {
		c.buf = nil
	}
}

func (c *consoleState) format(args []goja.Value) string {
	if len(args) == 1 {
		if s, ok := args[0].(goja.String); ok {
			return s.String()
		}
	}
	return formatWithOptions(c.vm, c.in, defaultConfig(), args)
}

func (c *consoleState) inspect(v goja.Value, cfg inspectConfig) string {
	if _, ok := v.(*goja.Object); !ok {
		ins := inspector{vm: c.vm, cfg: cfg}
		return ins.formatPrimitive(v)
	}
	return inspectWith(c.vm, c.in, v, cfg)
}

func (c *consoleState) emitWarning(msg string) {
	s := "(node:" + strconv.Itoa(os.Getpid()) + ") Warning: " + msg + "\n"
	if !c.warned {
		c.warned = true
		s += "(Use `node --trace-warnings ...` to show where the warning was created)\n"
	}
	_, _ = io.WriteString(c.stderr, s)
}

func (c *consoleState) log(call goja.FunctionCall) goja.Value {
	c.write(c.stdout, c.format(call.Arguments))
	return goja.Undefined()
}

func (c *consoleState) warn(call goja.FunctionCall) goja.Value {
	c.write(c.stderr, c.format(call.Arguments))
	return goja.Undefined()
}

func (c *consoleState) dir(call goja.FunctionCall) goja.Value {
	cfg := defaultConfig()
	cfg.customInspect = false
	applyJSOptions(c.vm, &cfg, call.Argument(1))
	c.write(c.stdout, c.inspect(call.Argument(0), cfg))
	return goja.Undefined()
}

// labelString is `${label}` with the default 'default'.
func (c *consoleState) labelString(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "default"
	}
	return c.templateString(v)
}

func (c *consoleState) templateString(v goja.Value) string {
	if _, ok := v.(*goja.Symbol); ok {
		panic(c.vm.NewTypeError("Cannot convert a Symbol value to a string"))
	}
	return v.String()
}

func (c *consoleState) time(call goja.FunctionCall) goja.Value {
	label := c.labelString(call.Argument(0))
	if _, ok := c.times[label]; ok {
		c.emitWarning("Label '" + label + "' already exists for console.time()")
		return goja.Undefined()
	}
	c.times[label] = c.now()
	return goja.Undefined()
}

func (c *consoleState) timeEnd(call goja.FunctionCall) goja.Value {
	label := c.labelString(call.Argument(0))
	if c.timeLogImpl("timeEnd", label, nil) {
		delete(c.times, label)
	}
	return goja.Undefined()
}

func (c *consoleState) timeLog(call goja.FunctionCall) goja.Value {
	label := c.labelString(call.Argument(0))
	var data []goja.Value
	if len(call.Arguments) > 1 {
		data = call.Arguments[1:]
	}
	c.timeLogImpl("timeLog", label, data)
	return goja.Undefined()
}

func (c *consoleState) timeLogImpl(name, label string, data []goja.Value) bool {
	start, ok := c.times[label]
	if !ok {
		c.emitWarning("No such label '" + label + "' for console." + name + "()")
		return false
	}
	ms := float64(c.now()-start) / float64(time.Millisecond)
	args := []goja.Value{c.vm.ToValue("%s: %s"), c.vm.ToValue(label), c.vm.ToValue(formatTime(ms))}
	args = append(args, data...)
	c.write(c.stdout, c.format(args))
	return true
}

// numberToFixed is Number.prototype.toFixed for finite, non-negative x below 1e21.
func numberToFixed(x float64, digits int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	neg := x < 0
	if neg {
		x = -x
	}
	exact := new(big.Float).SetPrec(2000).SetFloat64(x).Text('f', 1100)
	dot := strings.IndexByte(exact, '.')
	intPart, frac := exact[:dot], exact[dot+1:]
	keep := frac[:digits]
	rest := frac[digits:]
	roundUp := rest != "" && rest[0] >= '5'
	digitsStr := intPart + keep
	if roundUp {
		// Ties are rounded up ("pick the larger n"), like V8.
		n := new(big.Int)
		n.SetString(digitsStr, 10)
		n.Add(n, big.NewInt(1))
		digitsStr = n.String()
		for len(digitsStr) < digits+1 {
			digitsStr = "0" + digitsStr
		}
	}
	res := digitsStr
	if digits > 0 {
		res = digitsStr[:len(digitsStr)-digits] + "." + digitsStr[len(digitsStr)-digits:]
	}
	if neg && strings.Trim(res, "0.") != "" {
		res = "-" + res
	}
	return res
}

func padTwo(s string) string {
	if len(s) < 2 {
		return strings.Repeat("0", 2-len(s)) + s
	}
	return s
}

// formatTime is Node's console formatTime.
func formatTime(ms float64) string {
	const kSecond, kMinute, kHour = 1000.0, 60 * 1000.0, 60 * 60 * 1000.0
	hours, minutes, seconds := 0.0, 0.0, 0.0
	if ms >= kSecond {
		if ms >= kMinute {
			if ms >= kHour {
				hours = math.Floor(ms / kHour)
				ms = math.Mod(ms, kHour)
			}
			minutes = math.Floor(ms / kMinute)
			ms = math.Mod(ms, kMinute)
		}
		seconds = ms / kSecond
	}
	if hours != 0 || minutes != 0 {
		parts := strings.SplitN(numberToFixed(seconds, 3), ".", 2)
		secStr, msStr := parts[0], parts[1]
		var res string
		if hours != 0 {
			res = strconv.FormatFloat(hours, 'f', -1, 64) + ":" + padTwo(strconv.FormatFloat(minutes, 'f', -1, 64))
		} else {
			res = strconv.FormatFloat(minutes, 'f', -1, 64)
		}
		unit := "m:ss.mmm"
		if hours != 0 {
			unit = "h:mm:ss.mmm"
		}
		return res + ":" + padTwo(secStr) + "." + msStr + " (" + unit + ")"
	}
	if seconds != 0 {
		return numberToFixed(seconds, 3) + "s"
	}
	f, _ := strconv.ParseFloat(numberToFixed(ms, 3), 64)
	return strconv.FormatFloat(f, 'f', -1, 64) + "ms"
}

var frameSuffixRe = regexp.MustCompile(`^(.*?)\(\d+\)(\)?)$`)

func (c *consoleState) trace(call goja.FunctionCall) goja.Value {
	msg := c.format(call.Arguments)
	stack := "Trace"
	if msg != "" {
		stack += ": " + msg
	}
	frames := c.vm.CaptureCallStack(0, nil)
	if len(frames) > 0 && frames[0].SrcName() == "<native>" {
		frames = frames[1:]
	}
	if len(frames) > 10 {
		frames = frames[:10]
	}
	var b bytes.Buffer
	for i := range frames {
		b.Reset()
		frames[i].Write(&b)
		line := b.String()
		if m := frameSuffixRe.FindStringSubmatch(line); m != nil {
			line = m[1] + m[2]
		}
		stack += "\n    at " + line
	}
	c.write(c.stderr, stack)
	return goja.Undefined()
}

func (c *consoleState) assert(call goja.FunctionCall) goja.Value {
	if call.Argument(0).ToBoolean() {
		return goja.Undefined()
	}
	args := append([]goja.Value(nil), call.Arguments...)
	if len(args) > 0 {
		args = args[1:]
	}
	if len(args) == 0 {
		args = []goja.Value{c.vm.ToValue("Assertion failed")}
	} else {
		args[0] = c.vm.ToValue("Assertion failed: " + c.templateString(args[0]))
	}
	c.write(c.stderr, c.format(args))
	return goja.Undefined()
}

func (c *consoleState) count(call goja.FunctionCall) goja.Value {
	label := c.labelString(call.Argument(0))
	c.counts[label]++
	c.write(c.stdout, label+": "+strconv.Itoa(c.counts[label]))
	return goja.Undefined()
}

func (c *consoleState) countReset(call goja.FunctionCall) goja.Value {
	arg := call.Argument(0)
	label := "default"
	found := false
	if !goja.IsUndefined(arg) {
		// Node looks the raw label up in a map of strings.
		if s, ok := arg.(goja.String); ok {
			label = s.String()
			_, found = c.counts[label]
		} else {
			label = c.templateString(arg)
		}
	} else {
		_, found = c.counts[label]
	}
	if !found {
		c.emitWarning("Count for '" + label + "' does not exist")
		return goja.Undefined()
	}
	delete(c.counts, label)
	return goja.Undefined()
}

func (c *consoleState) group(call goja.FunctionCall) goja.Value {
	if len(call.Arguments) > 0 {
		c.write(c.stdout, c.format(call.Arguments))
	}
	c.groupIndent += "  "
	return goja.Undefined()
}

func (c *consoleState) groupEnd(call goja.FunctionCall) goja.Value {
	if len(c.groupIndent) >= 2 {
		c.groupIndent = c.groupIndent[:len(c.groupIndent)-2]
	} else {
		c.groupIndent = ""
	}
	return goja.Undefined()
}

// ---------------------------------------------------------------------------
// console.table

// jsObjectKeys keeps the keys of a JS object in JS order: array indices in
// ascending order, then the other keys in insertion order.
type tableColumns struct {
	order []string
	cols  map[string]*tableColumn
}

type tableColumn struct {
	cells map[int]string
	len   int
}

func (col *tableColumn) set(i int, s string) {
	if col.cells == nil {
		col.cells = map[int]string{}
	}
	col.cells[i] = s
	if i+1 > col.len {
		col.len = i + 1
	}
}

func (t *tableColumns) get(key string) *tableColumn {
	if t.cols == nil {
		t.cols = map[string]*tableColumn{}
	}
	col, ok := t.cols[key]
	if !ok {
		col = &tableColumn{}
		t.cols[key] = col
		t.order = append(t.order, key)
	}
	return col
}

func (t *tableColumns) keys() []string {
	var idx, rest []string
	for _, k := range t.order {
		if isArrayIndex(k) {
			idx = append(idx, k)
		} else {
			rest = append(rest, k)
		}
	}
	sort.Slice(idx, func(i, j int) bool {
		a, _ := strconv.ParseUint(idx[i], 10, 64)
		b, _ := strconv.ParseUint(idx[j], 10, 64)
		return a < b
	})
	return append(idx, rest...)
}

func (c *consoleState) tableInspect(v goja.Value) string {
	cfg := defaultConfig()
	cfg.depth = 0
	if o, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(o); !isFn && !c.isArrayLike(o) && len(o.Keys()) > 2 {
			cfg.depth = -1
		}
	}
	cfg.maxArrayLength = 3
	cfg.breakLength = infLength
	return c.inspect(v, cfg)
}

// isArrayLike is console.table's isArray: Array.isArray || isTypedArray.
func (c *consoleState) isArrayLike(o *goja.Object) bool {
	o = proxyTarget(o)
	if o == nil {
		return false
	}
	if o.ClassName() == "Array" {
		return true
	}
	_, ok := typedArrayTypes[o.ExportType()]
	return ok
}

func (c *consoleState) table(call goja.FunctionCall) goja.Value {
	data := call.Argument(0)
	props := call.Argument(1)
	var properties []string
	hasProps := !goja.IsUndefined(props)
	if hasProps {
		po, ok := props.(*goja.Object)
		if !ok || !c.isArray(po) {
			panic(c.invalidArgType("properties", "an instance of Array", props))
		}
		n := int(po.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			v := po.Get(strconv.Itoa(i))
			if _, isSym := v.(*goja.Symbol); isSym {
				properties = append(properties, "")
				continue
			}
			properties = append(properties, v.String())
		}
	}
	o, ok := data.(*goja.Object)
	if !ok {
		return c.log(goja.FunctionCall{Arguments: []goja.Value{data}})
	}
	if _, isFn := goja.AssertFunction(o); isFn {
		return c.log(goja.FunctionCall{Arguments: []goja.Value{data}})
	}
	final := func(head []string, columns [][]string, present [][]bool) goja.Value {
		c.write(c.stdout, renderTable(head, columns, present))
		return goja.Undefined()
	}
	ins := &inspector{vm: c.vm, in: c.in, cfg: defaultConfig()}
	kind := kindPlain
	if _, isProxy := asProxy(o); !isProxy {
		kind = ins.classify(o)
	}
	if kind == kindMap {
		var keys, values, index []string
		i := 0
		c.vm.ForOf(o, func(entry goja.Value) bool {
			eo := entry.ToObject(c.vm)
			keys = append(keys, c.tableInspect(ins.getKey(eo, pkey{s: "0"})))
			values = append(values, c.tableInspect(ins.getKey(eo, pkey{s: "1"})))
			index = append(index, strconv.Itoa(i))
			i++
			return true
		})
		return final([]string{"(iteration index)", "Key", "Values"}, [][]string{index, keys, values}, nil)
	}
	if kind == kindSet {
		var values, index []string
		i := 0
		c.vm.ForOf(o, func(v goja.Value) bool {
			values = append(values, c.tableInspect(v))
			index = append(index, strconv.Itoa(i))
			i++
			return true
		})
		return final([]string{"(iteration index)", "Values"}, [][]string{index, values}, nil)
	}

	var cols tableColumns
	hasPrimitives := false
	var valuesCol tableColumn
	indexKeys := o.Keys()
	for i, k := range indexKeys {
		item := o.Get(k)
		if item == nil {
			item = goja.Undefined()
		}
		itemObj, isObj := item.(*goja.Object)
		primitive := !isObj
		if !hasProps && primitive {
			hasPrimitives = true
			valuesCol.set(i, c.tableInspect(item))
			continue
		}
		keys := properties
		if !hasProps {
			keys = itemObj.Keys()
		}
		for _, key := range keys {
			col := cols.get(key)
			if primitive || !ins.hasOwn(itemObj, c.vm.ToValue(key)) {
				col.set(i, "")
			} else {
				col.set(i, c.tableInspect(itemObj.Get(key)))
			}
		}
	}
	head := []string{"(index)"}
	columns := [][]string{indexKeys}
	present := [][]bool{nil}
	add := func(name string, col *tableColumn) {
		cells := make([]string, col.len)
		pres := make([]bool, col.len)
		for i, s := range col.cells {
			cells[i] = s
			pres[i] = true
		}
		head = append(head, name)
		columns = append(columns, cells)
		present = append(present, pres)
	}
	for _, k := range cols.keys() {
		add(k, cols.cols[k])
	}
	if hasPrimitives {
		add("Values", &valuesCol)
	}
	return final(head, columns, present)
}

func (c *consoleState) isArray(o *goja.Object) bool {
	o = proxyTarget(o)
	return o != nil && o.ClassName() == "Array"
}

// proxyTarget follows proxies to the object they stand for (Array.isArray
// does), at most 100 deep; nil for a revoked one.
func proxyTarget(o *goja.Object) *goja.Object {
	for i := 0; i < 100; i++ {
		p, ok := asProxy(o)
		if !ok {
			break
		}
		if o = p.Target(); o == nil {
			return nil
		}
	}
	return o
}

func (c *consoleState) invalidArgType(name, expected string, v goja.Value) *goja.Object {
	received := ""
	switch {
	case goja.IsUndefined(v) || goja.IsNull(v):
		received = " Received " + v.String()
	default:
		if o, ok := v.(*goja.Object); ok {
			if _, isFn := goja.AssertFunction(o); isFn {
				n := toJSString(o.Get("name"))
				if n != "" {
					received = " Received function " + n
				} else {
					received = " Received function "
				}
			} else {
				cfg := defaultConfig()
				cfg.depth = -1
				ctor := ""
				if cv, ok := o.Get("constructor").(*goja.Object); ok {
					ctor = toJSString(cv.Get("name"))
				}
				if ctor != "" {
					received = " Received an instance of " + ctor
				} else {
					received = " Received " + c.inspect(v, cfg)
				}
			}
		} else {
			cfg := defaultConfig()
			cfg.depth = 0
			insp := c.inspect(v, cfg)
			if len(insp) > 28 {
				insp = insp[:25] + "..."
			}
			typ := "type string"
			switch {
			case goja.IsNumber(v):
				typ = "type number"
			case goja.IsBigInt(v):
				typ = "type bigint"
			case isBoolValue(v):
				typ = "type boolean"
			}
			if _, isSym := v.(*goja.Symbol); isSym {
				typ = "type symbol"
			}
			received = " Received " + typ + " (" + insp + ")"
		}
	}
	err := c.vm.NewTypeError("The \"" + name + "\" argument must be " + expected + "." + received)
	_ = err.Set("code", "ERR_INVALID_ARG_TYPE")
	return err
}

// renderTable is Node's internal/cli_table. present[i] (nil = all present)
// tells which cells of column i exist; missing cells print as empty.
func renderTable(head []string, columns [][]string, present [][]bool) string {
	columnWidths := make([]int, len(head))
	for i, h := range head {
		columnWidths[i] = getStringWidth(h, true)
	}
	longest := 0
	for _, col := range columns {
		if len(col) > longest {
			longest = len(col)
		}
	}
	rows := make([][]string, longest)
	for j := range rows {
		rows[j] = make([]string, len(head))
	}
	for i := range head {
		col := columns[i]
		for j := 0; j < longest; j++ {
			v := ""
			if j < len(col) && (present == nil || present[i] == nil || present[i][j]) {
				v = col[j]
			}
			rows[j][i] = v
			if w := getStringWidth(v, true); w > columnWidths[i] {
				columnWidths[i] = w
			}
		}
	}
	divider := make([]string, len(columnWidths))
	for i, w := range columnWidths {
		divider[i] = strings.Repeat("─", w+2)
	}
	renderRow := func(row []string) string {
		var sb strings.Builder
		sb.WriteString("│ ")
		for i, cell := range row {
			l := getStringWidth(cell, true)
			needed := columnWidths[i] - l
			sb.WriteString(cell)
			if needed > 0 {
				sb.WriteString(strings.Repeat(" ", needed))
			}
			if i != len(row)-1 {
				sb.WriteString(" │ ")
			}
		}
		sb.WriteString(" │")
		return sb.String()
	}
	var sb strings.Builder
	sb.WriteString("┌" + strings.Join(divider, "┬") + "┐\n")
	sb.WriteString(renderRow(head) + "\n")
	sb.WriteString("├" + strings.Join(divider, "┼") + "┤\n")
	for _, row := range rows {
		sb.WriteString(renderRow(row) + "\n")
	}
	sb.WriteString("└" + strings.Join(divider, "┴") + "┘")
	return sb.String()
}
