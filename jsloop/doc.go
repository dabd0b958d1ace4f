// Package jsloop is a Node-style event loop around one goja runtime: the
// loop goroutine, the task queues, the timer heap, the microtask checkpoint,
// the nextTick queue, keep-alive reservations, the clock (real or virtual),
// rejection tracking, errors and shutdown. Bindings (timers, hostapi, fetch)
// install JS APIs on it through their Enable functions.
//
//	l := jsloop.New()
//	timers.Enable(l)
//	hostapi.Enable(l)
//	err := l.RunFile(ctx, "main.js")
//
// # Threading
//
// One goroutine — the one that calls Run — owns the *goja.Runtime and every
// goja.Value. Methods say which goroutine may call them: "loop goroutine"
// means that one (or, before Run, the goroutine setting the loop up).
// Other goroutines reach the loop only through Post and Reservation.Settle,
// which are safe from anywhere; values cross as plain Go values.
//
// # Phases
//
// Each iteration follows Node 20 (libuv 1.45): timers run once before the
// first iteration, then each iteration polls for I/O completions (the tasks
// posted from goroutines, FIFO; this is where the loop blocks when nothing
// else is runnable), runs the immediates queued before the check phase
// began, then the timers that are due at the time read once at the start of
// the timers phase, in Node's order: timers live in one FIFO list per
// delay, and the list with the earliest (expiry, id) runs all its due
// timers before the next list (see Timer). Every callback is its own
// macrotask; after each comes the checkpoint, Node's
// processTicksAndRejections: all nextTick callbacks, then all promise jobs
// (queueMicrotask shares their FIFO), repeated until both are empty, then
// the unhandled rejections. A timer's or immediate's own bookkeeping (Node's
// `finally`: destroyed, interval re-armed) comes right after its callback,
// before the checkpoint. When a callback throws, the next due callback of
// the phase runs before the checkpoint, as in Node.
//
// goja drains its promise-job queue only when the outermost call into the
// VM returns, so every macrotask enters the VM through a trampoline that
// runs the callback and then the nextTick queue (support.js); goja then
// runs the promise jobs. Due timers and immediates run in batches, as Node
// runs a timer list in one call of listOnTimeout: after each callback the
// trampoline asks the loop for the next one, which it gets only while no
// tick, promise job or rejection is pending (the loop reads goja's job
// queue, see jobProbe); otherwise the call returns to the checkpoint. A
// chain of immediates on an otherwise idle loop goes on into the next
// iteration's check phase the same way. One time.Timer serves the loop's
// sleep, however many timers exist: no goroutine per timer.
//
// # Keeping the loop alive
//
// The loop runs while a ref'd timer, a ref'd immediate, an unsettled ref'd
// Reservation or a posted task exists. Timer.Unref, Immediate.Unref and
// Reservation.Unref let the loop exit around them. A Reservation is
// settled exactly once (a second Settle panics); forgetting to settle one
// keeps the loop alive. When the run ends for any reason the loop's context
// is cancelled and Run waits until every reservation is settled, so no
// goroutine started through the loop outlives it. Go runs such work on the
// loop's workers, goroutines kept waiting for the next job (at most 128 of
// them) so that their stacks are not grown again for every request; Run
// waits for them too. The Async helper turns a Go func(ctx) (T, error) into
// a JS Promise with this pattern. For a promise settled by Go code of its
// own, Loop.NewPromise makes one without the two JS resolving functions
// goja's Runtime.NewPromise builds (a tenth of the cost); settle it inside
// a Reservation's Settle or a host function.
//
// # Errors
//
// A throw that nothing catches is offered to Hooks.UncaughtException
// (process.on('uncaughtException')); otherwise it is printed to stderr in
// Node's format (file:line, the source line, a caret, the stack, the Node
// version) and Run returns an *UncaughtError with exit code 1 (7 when a
// listener throws). An unhandled rejection follows Node 20's default
// (--unhandled-rejections=throw) and returns an *UnhandledRejectionError.
// process.exit(n) and a non-zero process.exitCode end the run with an
// *ExitError; all three implement ExitCode() int. A Go panic in a host
// function wrapped with Func becomes a JS Error at that call; one that
// escapes elsewhere is reported as an uncaught error. Cancelling Run's
// context interrupts the running script, drops timers and returns the
// context's cause.
//
// Deviation: goja reports where an Error was constructed, V8 where it was
// thrown; the fatal-error caret is moved to a `throw` that precedes the
// construction on the same line, which covers `throw new Error()` but not
// `throw e` of an error built elsewhere. A non-Error thrown from a timer,
// immediate or tick callback is located through the callback's source text
// when it holds a single `throw`, and printed without a source line
// otherwise.
// goja's stack overflow is uncatchable: a runaway recursion ends the run
// with Node's RangeError message, but a try/catch around it cannot catch it.
package jsloop
