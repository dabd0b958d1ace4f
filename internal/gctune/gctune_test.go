package gctune

import "testing"

func TestGCPercent(t *testing.T) {
	const mb = 1 << 20
	for _, tc := range []struct {
		live, roots, last uint64
		want              int
	}{
		{live: 3 * mb, roots: 1 * mb, last: 3 * mb, want: 400},   // 16 MB past 4: capped at 400
		{live: 7 * mb, roots: 1 * mb, last: 7 * mb, want: 200},   // 16 MB past 8
		{live: 10 * mb, roots: 0, last: 10 * mb, want: 160},      // 16 MB past 10
		{live: 20 * mb, roots: 1 * mb, last: 20 * mb, want: 100}, // past the headroom: Go's default
		{live: 6 * mb, roots: 1 * mb, last: 4 * mb, want: 100},   // growing: Go's default
		{live: 0, roots: 0, last: 0, want: 100},
	} {
		if got := gcPercent(tc.live, tc.roots, tc.last); got != tc.want {
			t.Errorf("gcPercent(%d, %d, %d) = %d, want %d", tc.live, tc.roots, tc.last, got, tc.want)
		}
	}
}
