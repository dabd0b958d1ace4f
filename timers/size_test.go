package timers

import (
	"testing"
	"unsafe"
)

// A pending timer's size is a benchmark figure (timers_pending_100k): keep
// the Go side of a Timeout within the 96-byte size class.
func TestTimeoutSize(t *testing.T) {
	if n := unsafe.Sizeof(timeout{}); n > 96 {
		t.Fatalf("timeout is %d bytes, want <= 96", n)
	}
}
