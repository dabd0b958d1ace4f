// Package blob installs Blob, File and FormData (W3C File API, XHR's
// FormData) on a jsloop.Loop.
package blob

import "github.com/jsloop/jsloop/jsloop"

// Enable installs the globals on l. Loop goroutine only, before Run.
func Enable(l *jsloop.Loop) error { return nil }
