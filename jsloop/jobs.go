package jsloop

import (
	"reflect"

	"github.com/dop251/goja"
)

// jobProbe reads the length of goja's promise-job queue, the unexported
// Runtime.jobQueue that goja drains only when the outermost call into the
// VM returns. Knowing that the queue is empty lets the loop run several due
// timers or immediates in one entry into the VM, as Node runs a whole timer
// list in one call of listOnTimeout, instead of one entry each: an entry
// costs a VM stack re-grown from nothing (goja drops it on every return),
// about 350 bytes of garbage per macrotask.
//
// The probe only reads. If a goja version renames or retypes the field, ok
// reports false and every macrotask enters the VM on its own: slower, never
// out of order. TestJobProbe fails on such a version so it is noticed.
type jobProbe struct {
	queue reflect.Value
}

func newJobProbe(vm *goja.Runtime) jobProbe {
	f := reflect.ValueOf(vm).Elem().FieldByName("jobQueue")
	if !f.IsValid() || f.Kind() != reflect.Slice {
		return jobProbe{}
	}
	return jobProbe{queue: f}
}

// ok reports whether the probe can see the queue.
func (p jobProbe) ok() bool { return p.queue.IsValid() }

// empty reports whether no promise job is queued; false when the probe
// cannot tell.
func (p jobProbe) empty() bool { return p.queue.IsValid() && p.queue.Len() == 0 }
