package jsloop

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
)

// vmInternals reaches two unexported fields of goja.Runtime that the loop's
// speed depends on. Each is found by reflection when the loop is made; if a
// goja version renames or retypes one, the loop does without it (slower,
// never out of order) and TestVMInternals fails so that it is noticed.
//
// The job queue (Runtime.jobQueue) is only read: goja drains promise jobs
// when the outermost call into the VM returns, so knowing that the queue is
// empty lets the loop run several due timers or immediates in one entry, as
// Node runs a whole timer list in one call of listOnTimeout, instead of one
// entry each.
//
// The value stack (Runtime.vm.stack) is lent: goja drops it when an
// outermost call returns and grows a new one from nothing on the next entry,
// a few hundred bytes of garbage per macrotask and most of the cost of an
// entry into a shallow callback. The loop keeps one stack and hands it back
// before each of its entries, exactly as if goja had kept it; the values
// left in it from earlier entries are cleared when the loop goes idle, so
// nothing is kept alive longer than the busy stretch that wrote it.
type vmInternals struct {
	queue reflect.Value // Runtime.jobQueue
	stack *[]goja.Value // Runtime.vm.stack
	spare []goja.Value  // the stack kept between entries
	lent  bool          // spare was written since it was last cleared
}

func newVMInternals(vm *goja.Runtime) vmInternals {
	var in vmInternals
	rt := reflect.ValueOf(vm).Elem()
	if f := rt.FieldByName("jobQueue"); f.IsValid() && f.Kind() == reflect.Slice {
		in.queue = f
	}
	if v := rt.FieldByName("vm"); v.IsValid() && v.Kind() == reflect.Pointer && !v.IsNil() &&
		v.Elem().Kind() == reflect.Struct {
		f := v.Elem().FieldByName("stack")
		if f.IsValid() && f.Kind() == reflect.Slice && f.Type().Elem() == reflect.TypeFor[goja.Value]() {
			in.stack = (*[]goja.Value)(unsafe.Pointer(f.UnsafeAddr()))
			in.spare = make([]goja.Value, 0, 128)
		}
	}
	return in
}

// ok reports whether the job queue can be seen.
func (in *vmInternals) ok() bool { return in.queue.IsValid() }

// empty reports whether no promise job is queued; false when the queue
// cannot be seen.
func (in *vmInternals) empty() bool { return in.queue.IsValid() && in.queue.Len() == 0 }

// lend gives the kept stack to the VM before an outermost call. It does
// nothing when the VM already has a stack (a call nested in a running one).
func (in *vmInternals) lend() {
	if in.stack != nil && *in.stack == nil {
		*in.stack = in.spare
		in.lent = true
	}
}

// keep adopts the VM's stack while a call runs if goja had to grow it, so
// that the next entries start with the bigger one.
func (in *vmInternals) keep() {
	if in.stack != nil && cap(*in.stack) > cap(in.spare) {
		in.spare = (*in.stack)[:0]
	}
}

// scrub drops the values earlier entries left in the kept stack.
func (in *vmInternals) scrub() {
	if in.lent && *in.stack == nil {
		clear(in.spare[:cap(in.spare)])
		in.lent = false
	}
}
