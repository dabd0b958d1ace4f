// Package dom installs DOMException, Event, CustomEvent, EventTarget,
// AbortController and AbortSignal on a jsloop.Loop, and gives Go code
// (fetch, streams) the signals and exceptions they need.
//
// Specifications: the DOM Standard, §2 Events and §3 Aborting ongoing
// activities (https://dom.spec.whatwg.org/); WebIDL §3.14.1 DOMException
// (https://webidl.spec.whatwg.org/#idl-DOMException); HTML's event handler
// IDL attributes for onabort. Node 20 (lib/internal/event_target.js,
// lib/internal/abort_controller.js, lib/internal/per_context/domexception.js)
// is followed for what the specifications leave to the host: argument
// errors (ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS,
// ERR_ILLEGAL_CONSTRUCTOR, ERR_OUT_OF_RANGE), the report of a listener's
// exception, the warnings, and util.inspect's output.
//
// # Globals
//
// Every global is defined with Loop.DefineLazyGlobal: start-up builds
// nothing. The first read of DOMException evaluates domexception.js; the
// first read of any other evaluates events.js (which uses the same
// DOMException). Both scripts are compiled once per process.
//
// # Semantics worth knowing
//
//   - Dispatch follows the DOM Standard for a target without a parent: the
//     capture listeners run first, then the others, each pass over a copy of
//     the listener list taken when it starts (a listener added during
//     dispatch does not run in it); stopPropagation() before dispatchEvent
//     means no listener runs; the propagation flags are cleared when
//     dispatch ends; preventDefault() and returnValue = false are ignored in
//     a passive listener. Re-dispatching an event that is being dispatched
//     throws an InvalidStateError DOMException.
//   - A listener that throws, or returns a promise that rejects, does not
//     stop the dispatch: as in Node, the error is rethrown from the nextTick
//     queue, where process.on('uncaughtException') can take it and otherwise
//     the run ends after the current task's earlier ticks.
//   - AbortSignal follows the current DOM Standard: abort(), abort(reason),
//     AbortSignal.abort, AbortSignal.timeout (a TimeoutError after the
//     delay, on an unref'd loop timer), AbortSignal.any (dependent signals:
//     all dependents are marked aborted before any abort event fires), and
//     onabort, which is one listener placed where it was first set.
//   - A DOMException is an Error object (it has [[ErrorData]] and a lazily
//     formatted stack) whose prototype is DOMException.prototype; name,
//     message and code are prototype getters, as in Node.
//
// # Go API
//
// For host functions that take or make signals (fetch, streams):
// NewDOMException builds a DOMException; IsAbortSignal and SignalState read
// a signal passed in; OnAbort subscribes a Go function to a signal's abort
// (a DOM abort algorithm, which runs before the abort event's listeners);
// DependentSignal follows other signals (a Request's signal);
// NewAbortController makes a controller whose abort Go can call. All of
// them run on the loop goroutine, and work on a loop Enable was not called
// on (the classes are then built for Go alone).
//
// # Deviations
//
// Deviation: goja has no WeakRef, so the signals AbortSignal.any returns are
// held by their sources until one of them aborts (then they are dropped from
// every source); a dependent signal of long-lived sources that never abort
// lives as long as they do. Likewise the timer of AbortSignal.timeout holds
// its signal until it fires.
//
// Deviation: the global DOMException is an accessor until first read (lazy
// global), so Object.getOwnPropertyDescriptor(globalThis, 'DOMException')
// before any use reports get/set (Node has the same lazy global).
//
// Deviation: where Node departs from the DOM Standard, the standard wins:
// Node runs listeners in registration order regardless of capture, calls
// listeners added during dispatch, calls listeners of an event whose
// propagation was stopped before dispatch, keeps cancelBubble set after
// dispatch, shows eventPhase NONE and currentTarget null to every listener
// after the first, ignores passive, has no returnValue setter, defines
// isTrusted on Event.prototype rather than on each event, has no Event
// constants on Event.prototype, throws on listener options that are neither
// booleans nor objects, marks dependent signals aborted only as their abort
// events fire, throws ERR_EVENT_RECURSION (not a DOMException) on
// re-dispatch, and rejects a non-Array iterable in AbortSignal.any. An
// onabort set to null is removed, and set again it runs last (Node keeps
// its first position). AbortSignal.timeout(ms) above 2^31-1 waits that long
// (Node fires after 1 ms with a TimeoutOverflowWarning).
//
// Deviation: where WebIDL and Node differ on shape, Node's is kept when
// console.log shows it: of AbortSignal's members only aborted and onabort
// are enumerable.
//
// Deviation: a listener's uncaught exception is printed with the listener's
// throw as the fatal error's source line; Node shows its own rethrow
// (node:internal/event_target:1105).
//
// Deviation: events.setMaxListeners does not reach EventTargets; the
// MaxListenersExceededWarning threshold is fixed at 10 listeners of a type.
//
// Deviation: goja's class-constructor error reads "Class constructor cannot
// be invoked without 'new'", without the class name V8 puts there.
package dom
