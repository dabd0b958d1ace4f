package jsloop

import (
	"bufio"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/dop251/goja"
)

// Version is jsloop's version, printed by the CLI and in process.versions.
const Version = "0.1.0"

// NodeVersion is the Node.js release whose behaviour jsloop reproduces.
const NodeVersion = "v20.20.2"

// Sentinel errors.
var (
	// ErrClosed is returned by Post and friends once the loop has stopped.
	ErrClosed = errors.New("jsloop: loop closed")
	// ErrRunning is returned by Run when the loop is already running or has run.
	ErrRunning = errors.New("jsloop: Run called twice")
)

// errStop is the value the VM is interrupted with when the loop stops.
var errStop = errors.New("jsloop: stopped")

// Hooks connect the loop to the bindings that own process-level behaviour
// (hostapi installs them). Every hook runs on the loop goroutine, inside a
// macrotask, so it may call into the VM. A nil hook means Node's default.
type Hooks struct {
	// UncaughtException is offered every uncaught exception first, with
	// origin "uncaughtException" or "unhandledRejection". It reports
	// handled=true when a listener took it. A non-nil thrown value means a
	// listener itself threw: the run then ends with exit code 7.
	UncaughtException func(err goja.Value, origin string) (handled bool, thrown *goja.Exception)
	// UnhandledRejection is offered each unhandled rejection before it is
	// treated as an uncaught exception; handled=true stops that.
	UnhandledRejection func(reason goja.Value, promise goja.Value) (handled bool)
	// RejectionHandled is told when a rejection reported as unhandled gets
	// a handler later.
	RejectionHandled func(promise goja.Value)
	// BeforeExit runs when the loop runs out of work; it may schedule more.
	BeforeExit func(code int)
	// Exit runs once when the run ends (not on context cancellation); it
	// returns the final exit code.
	Exit func(code int) int
	// FormatError formats a thrown value the way Node prints an uncaught
	// exception (util.inspect for errors).
	FormatError func(v goja.Value) string
}

type config struct {
	clock      Clock
	stdout     io.Writer
	stderr     io.Writer
	maxCallDep int
}

// Option configures a Loop.
type Option func(*config)

// WithClock makes the loop read time from c.
func WithClock(c Clock) Option { return func(cfg *config) { cfg.clock = c } }

// WithVirtualTime makes the loop run on a VirtualClock: timers fire in order
// without waiting for real time whenever no real I/O is in flight.
func WithVirtualTime() Option {
	return func(cfg *config) { cfg.clock = NewVirtualClock(time.Time{}) }
}

// WithStdout sets where console.log and process.stdout write (os.Stdout by
// default). Writes are buffered and flushed whenever the loop goes idle and
// when Run returns.
func WithStdout(w io.Writer) Option { return func(cfg *config) { cfg.stdout = w } }

// WithStderr sets where warnings and uncaught errors are printed (os.Stderr
// by default).
func WithStderr(w io.Writer) Option { return func(cfg *config) { cfg.stderr = w } }

// WithMaxCallStackSize bounds the JS call depth (10000 by default), past
// which a RangeError ends the run instead of exhausting memory.
func WithMaxCallStackSize(n int) Option { return func(cfg *config) { cfg.maxCallDep = n } }

// Loop is one goja runtime and the event loop around it. Create it with New,
// install bindings with their Enable functions, then call Run once.
//
// Methods document which goroutine may call them; "loop goroutine" means the
// goroutine that called Run (or, before Run, the one that created the loop).
type Loop struct {
	vm    *goja.Runtime
	clock Clock
	hooks Hooks

	stdout *bufio.Writer
	stderr io.Writer

	// Touched from any goroutine, under mu.
	mu       sync.Mutex
	inbox    []func()
	spare    []func()
	refs     int // ref'd unsettled reservations
	inflight int // all unsettled reservations
	closed   bool
	wake     chan struct{}

	// Loop goroutine only.
	ctx          context.Context
	cancel       context.CancelFunc
	running      bool
	timers       timerQueue
	timersNow    time.Duration // the time the timers phase compares deadlines with
	refTimers    int
	immediates   []*Immediate
	refImm       int
	sleep        *time.Timer
	curTask      func()
	stopping     bool
	stopErr      error
	exitCode     int
	exited       bool
	sources      map[string]string
	warned       map[*goja.Promise]bool
	pendingRej   []*goja.Promise
	rejSet       map[*goja.Promise]bool
	handledRej   []*goja.Promise
	data         map[any]any
	lineOneShift map[string]int

	// Batches: several timers or immediates run in one entry into the VM.
	vmi        vmInternals
	workers    workers
	batchTimer *Timer           // the JS timer running in the batch
	batchStart time.Duration    // when batchTimer started
	batchList  *timerList       // batchTimer's list
	batchImm   JSImmediateOwner // the JS immediate running in the batch
	immQueue   []*Immediate     // the immediates of the running check phase
	immNext    int              // immQueue's next entry

	// The JS side of the loop (see support.js).
	ticksMarked  bool
	argv         [2]goja.Value // reused argument list of the trampolines
	thrower      goja.Value    // the callback whose throw is being reported
	jsEntry      goja.Callable
	jsTicks      goja.Callable
	jsTimeouts   goja.Callable
	jsImmediates goja.Callable
	jsCall       goja.Callable
	jsNextTick   goja.Callable
}

//go:embed support.js
var supportJS string

var supportProgram = goja.MustCompile("jsloop:support", supportJS, true)

// New returns a loop with a fresh goja runtime. Nothing is installed in the
// global scope beyond what goja provides: call the bindings' Enable
// functions (timers.Enable, hostapi.Enable, ...) before Run.
func New(opts ...Option) *Loop {
	cfg := config{stdout: os.Stdout, stderr: os.Stderr, maxCallDep: 10000}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.clock == nil {
		cfg.clock = NewRealClock()
	}
	l := &Loop{
		vm:           goja.New(),
		clock:        cfg.clock,
		wake:         make(chan struct{}, 1),
		sources:      map[string]string{},
		warned:       map[*goja.Promise]bool{},
		rejSet:       map[*goja.Promise]bool{},
		lineOneShift: map[string]int{},
	}
	l.workers.jobs = make(chan func())
	l.workers.quit = make(chan struct{})
	l.stdout = bufio.NewWriterSize(cfg.stdout, 32<<10)
	l.stderr = &stderrWriter{l: l, w: cfg.stderr}
	l.vm.SetMaxCallStackSize(cfg.maxCallDep)
	l.vm.SetFieldNameMapper(goja.UncapFieldNameMapper())
	l.vm.SetTimeSource(func() time.Time { return l.clock.Wall() })
	l.vm.SetPromiseRejectionTracker(l.trackRejection)
	l.vmi = newVMInternals(l.vm)
	l.installSupport()
	return l
}

// VM returns the loop's runtime. Loop goroutine only.
func (l *Loop) VM() *goja.Runtime { return l.vm }

// Clock returns the loop's clock.
func (l *Loop) Clock() Clock { return l.clock }

// Now returns the loop clock's current time. Loop goroutine only.
func (l *Loop) Now() time.Duration { return l.clock.Now() }

// Stdout returns the loop's buffered standard output. Loop goroutine only.
func (l *Loop) Stdout() io.Writer { return l.stdout }

// Stderr returns the loop's standard error; writing to it first flushes
// Stdout so that the two interleave as they were written. Loop goroutine only.
func (l *Loop) Stderr() io.Writer { return l.stderr }

// Flush writes out buffered standard output. Loop goroutine only.
func (l *Loop) Flush() error { return l.stdout.Flush() }

// SetHooks installs the process-level hooks. Loop goroutine only, before Run.
func (l *Loop) SetHooks(h Hooks) { l.hooks = h }

// Hooks returns the installed hooks.
func (l *Loop) Hooks() Hooks { return l.hooks }

// Context returns the context of the running loop: it is cancelled when the
// run ends for any reason. Before Run it returns context.Background().
func (l *Loop) Context() context.Context {
	if l.ctx == nil {
		return context.Background()
	}
	return l.ctx
}

// SetExitCode sets the code the run ends with when it ends normally
// (process.exitCode). Loop goroutine only.
func (l *Loop) SetExitCode(code int) { l.exitCode = code }

// ExitCode returns the code set by SetExitCode.
func (l *Loop) ExitCode() int { return l.exitCode }

// Stopping reports whether the run is ending (process.exit, a fatal error,
// cancellation): no more JS will run.
func (l *Loop) Stopping() bool { return l.stopping }

type stderrWriter struct {
	l *Loop
	w io.Writer
}

func (s *stderrWriter) Write(p []byte) (int, error) {
	s.l.stdout.Flush()
	return s.w.Write(p)
}

// Run runs main as the loop's first macrotask, then runs the loop until
// nothing keeps it alive, the script calls process.exit, an exception goes
// uncaught or ctx is done. It returns nil when the run ends with exit code 0,
// an *ExitError for another code, an *UncaughtError for a fatal exception
// (already printed to stderr, as Node does), or ctx's error.
//
// When Run returns, every reservation's context has been cancelled and every
// reservation settled: no goroutine started through the loop is left.
// The loop goroutine is the caller's. Run may be called once.
func (l *Loop) Run(ctx context.Context, main func() error) (err error) {
	if l.running || l.closedNow() {
		return ErrRunning
	}
	l.running = true
	l.ctx, l.cancel = context.WithCancel(ctx)
	stopWatch := context.AfterFunc(l.ctx, func() {
		l.vm.Interrupt(errStop)
		l.wakeUp()
	})
	defer func() {
		stopWatch()
		l.shutdown()
		err = l.result()
	}()
	l.runTask(func() {
		if err := main(); err != nil {
			l.reportError(err)
		}
	})
	l.loop()
	if !l.stopping && l.ctx.Err() == nil {
		l.finish()
	}
	return nil
}

// RunScript runs src, named name in stack traces, as the main script.
func (l *Loop) RunScript(ctx context.Context, name, src string) error {
	return l.Run(ctx, func() error {
		_, err := l.Eval(name, src)
		return err
	})
}

// RunFile reads the file at path and runs it as the main script.
func (l *Loop) RunFile(ctx context.Context, path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return l.RunScript(ctx, path, string(src))
}

// Compile compiles src as a script named name and remembers the source for
// error reports. Loop goroutine only.
func (l *Loop) Compile(name, src string) (*goja.Program, error) {
	l.sources[name] = src
	return goja.Compile(name, src, false)
}

// Eval compiles and runs src as a script. Inside a macrotask (the usual
// case) an exception comes back as a *goja.Exception and promise jobs are
// left for the checkpoint. Loop goroutine only.
func (l *Loop) Eval(name, src string) (goja.Value, error) {
	p, err := l.Compile(name, src)
	if err != nil {
		return nil, err
	}
	return l.vm.RunProgram(p)
}

// Source returns the source text recorded for a script name.
func (l *Loop) Source(name string) (string, bool) {
	s, ok := l.sources[name]
	return s, ok
}

// AddSource records the source of a script compiled elsewhere (by a module
// loader) so that error reports can show its lines. firstLineShift is the
// number of characters the loader put before the source's first line (a
// CommonJS wrapper): columns on line 1 are corrected by it.
func (l *Loop) AddSource(name, src string, firstLineShift int) {
	l.sources[name] = src
	if firstLineShift != 0 {
		l.lineOneShift[name] = firstLineShift
	}
}

func (l *Loop) closedNow() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.closed
}

// loop runs the phases until nothing keeps the loop alive.
// libuv (Node 20): timers once, then {poll (I/O), check, timers} while alive.
func (l *Loop) loop() {
	l.runTimers()
	for !l.stopping {
		if l.ctx.Err() != nil {
			l.stopping = true
			break
		}
		if !l.alive() {
			if l.hooks.BeforeExit == nil {
				break
			}
			code := l.exitCode
			l.runTask(func() { l.hooks.BeforeExit(code) })
			if l.stopping || !l.alive() {
				break
			}
		}
		l.poll()
		l.runImmediates()
		l.runTimers()
	}
}

// alive reports whether anything keeps the loop running. Loop goroutine.
func (l *Loop) alive() bool {
	if l.refTimers > 0 || l.refImm > 0 {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.refs > 0 || len(l.inbox) > 0
}

// runTimers runs every timer due at the time read once on entry, in Node's
// order (see Timer), each as its own macrotask. JS timers run in batches
// (see nextTimeout).
func (l *Loop) runTimers() {
	l.timersNow = l.clock.Now()
	for !l.stopping {
		t := l.timers.due(l.timersNow)
		if t == nil {
			return
		}
		if js, ok := t.owner.(JSTimerOwner); ok {
			l.startTimeout(t)
			obj, args := js.TimerObject()
			if obj == nil {
				l.batchTimer = nil // skipped: not run, not re-armed
				continue
			}
			l.enterWith(l.jsTimeouts, obj, args)
			l.finishTimeout() // if an uncatchable error cut the batch short
			l.checkpoint()
			continue
		}
		start := l.takeTimer(t)
		t.owner.(TimerOwner).FireTimer(t)
		l.rearm(t, start)
	}
}

// takeTimer unschedules the due timer t as it starts to run and returns the
// time it starts.
func (l *Loop) takeTimer(t *Timer) time.Duration {
	l.timers.take(t)
	if !t.unref {
		l.refTimers--
	}
	return l.clock.Now()
}

// rearm schedules an interval again after it ran. Node: an interval is due
// again delay after the start of its run.
func (l *Loop) rearm(t *Timer, start time.Duration) {
	if t.repeat && !t.scheduled && t.delay > 0 && !t.stopped() {
		t.scheduleFrom(start, t.delay)
	}
}

// nextTimeout is the Go half of support.js's timeouts(): called after each
// callback (and the ticks it queued) with what threw (0: nothing, 1: the
// callback, 2: a tick) and whether ticks still wait, it finishes the timer
// that ran and returns the object of the next due JS timer, or undefined to
// end the batch: when something must run in between (ticks, or see quiet)
// or the next due timer is not a JS one. After a throw Node calls
// processTimers again at once. After the callback's, the list that threw
// comes first and its next due timer runs before any tick or promise job;
// another list waits for them (runNextTicks). After a tick's (thrown from
// that runNextTicks) the next due timer runs first, whatever its list.
func (l *Loop) nextTimeout(c goja.FunctionCall) goja.Value {
	l.vmi.keep()
	l.finishTimeout()
	if l.stopping {
		return goja.Undefined()
	}
	var t *Timer
	switch c.Argument(0).ToInteger() {
	case 1: // the callback threw: processTimers starts again at its list
		t = l.timers.dueIn(l.batchList, l.timersNow)
	case 2: // a tick threw: the runNextTicks before the next timer unwound
		t = l.timers.due(l.timersNow)
	}
	if t == nil {
		if c.Argument(1).ToBoolean() || !l.quiet() {
			return goja.Undefined()
		}
		if t = l.timers.due(l.timersNow); t == nil {
			return goja.Undefined()
		}
	}
	js, ok := t.owner.(JSTimerOwner)
	if !ok {
		return goja.Undefined()
	}
	l.startTimeout(t)
	obj, _ := js.TimerObject()
	if obj == nil {
		// Skipped (not run, not re-armed): let the loop go on from there.
		l.batchTimer = nil
		return goja.Undefined()
	}
	return obj
}

// startTimeout takes the due JS timer t as the running one of a batch.
func (l *Loop) startTimeout(t *Timer) {
	l.batchList = l.timers.heap[0]
	l.batchStart = l.takeTimer(t)
	l.batchTimer = t
}

// finishTimeout is Node's `finally` for the JS timer that ran last: its
// owner's TimerDone, then an interval re-armed. It runs right after the
// callback, before ticks, promise jobs or an exception handler.
func (l *Loop) finishTimeout() {
	t := l.batchTimer
	if t == nil {
		return
	}
	l.batchTimer = nil
	t.owner.(JSTimerOwner).TimerDone(t)
	l.rearm(t, l.batchStart)
}

// quiet reports whether the next macrotask of a batch may run in the same
// entry into the VM: the trampoline has drained the nextTick queue, and no
// promise job or rejection waits for the checkpoint Node runs between two
// callbacks (runNextTicks in listOnTimeout and processImmediate).
func (l *Loop) quiet() bool {
	if !l.vmi.empty() || len(l.pendingRej) > 0 || len(l.handledRej) > 0 {
		return false
	}
	l.ticksMarked = false
	return true
}

// poll is the I/O phase: it runs the completions posted from other
// goroutines, blocking for them (or for the next timer) when nothing else is
// runnable.
func (l *Loop) poll() {
	for !l.stopping {
		l.mu.Lock()
		tasks := l.inbox
		l.inbox = l.spare[:0]
		inflight := l.inflight
		l.mu.Unlock()
		if len(tasks) > 0 {
			for i, fn := range tasks {
				tasks[i] = nil
				if l.stopping {
					continue
				}
				l.runTask(fn)
			}
			l.spare = tasks[:0]
			return
		}
		l.spare = tasks[:0]
		if len(l.immediates) > 0 || !l.alive() {
			return
		}
		var wait time.Duration = -1
		if !l.timers.empty() {
			next := l.timers.expiry()
			wait = next - l.clock.Now()
			if wait <= 0 {
				return
			}
			if l.clock.Virtual() && inflight == 0 {
				l.clock.Advance(next)
				return
			}
		}
		l.stdout.Flush()
		l.vmi.scrub()
		if !l.block(wait) {
			return // a timer is due
		}
	}
}

// block waits for a post (true) or for wait to pass (false); wait < 0 means
// no deadline.
func (l *Loop) block(wait time.Duration) bool {
	if wait < 0 || l.clock.Virtual() {
		select {
		case <-l.wake:
			return true
		case <-l.ctx.Done():
			l.stopping = true
			return true
		}
	}
	if l.sleep == nil {
		l.sleep = time.NewTimer(wait)
	} else {
		l.sleep.Reset(wait)
	}
	select {
	case <-l.wake:
		l.sleep.Stop()
		return true
	case <-l.sleep.C:
		return false
	case <-l.ctx.Done():
		l.sleep.Stop()
		l.stopping = true
		return true
	}
}

func (l *Loop) wakeUp() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// finish ends a run whose loop ran out of work: the Exit hook ('exit'
// listeners) decides the final code.
func (l *Loop) finish() {
	l.emitExit(l.exitCode)
}

func (l *Loop) emitExit(code int) {
	if l.exited {
		return
	}
	l.exited = true
	l.exitCode = code
	if l.hooks.Exit != nil {
		l.runTask(func() { l.exitCode = l.hooks.Exit(code) })
	}
}

// Exit ends the run as process.exit(code) does: the Exit hook runs, then no
// other JS (no tick, microtask or timer). It is safe to call from inside a
// host function: the running script is unwound. Loop goroutine only.
func (l *Loop) Exit(code int) {
	if l.exited {
		// process.exit inside an 'exit' listener: the new code wins.
		l.exitCode = code
		l.stop(nil)
		return
	}
	l.exited = true
	l.exitCode = code
	if l.hooks.Exit != nil {
		l.exitCode = l.hooks.Exit(code)
	}
	l.stop(nil)
}

// stop makes the loop end as soon as the running JS unwinds.
func (l *Loop) stop(err error) {
	if l.stopErr == nil {
		l.stopErr = err
	}
	l.stopping = true
	l.vm.Interrupt(errStop)
}

func (l *Loop) result() error {
	if l.stopErr != nil {
		return l.stopErr
	}
	if !l.exited {
		if err := l.ctx.Err(); err != nil {
			if cause := context.Cause(l.ctx); cause != nil {
				return cause
			}
			return err
		}
	}
	if l.exitCode != 0 {
		return &ExitError{Code: l.exitCode}
	}
	return nil
}

// shutdown cancels every reservation's context, drops timers and waits
// until every reservation is settled, so no goroutine outlives Run.
func (l *Loop) shutdown() {
	l.stopping = true
	l.cancel()
	l.mu.Lock()
	l.closed = true
	l.mu.Unlock()
	for {
		l.mu.Lock()
		n := l.inflight
		l.inbox = nil
		l.mu.Unlock()
		if n == 0 {
			break
		}
		<-l.wake
	}
	l.workers.stop()
	if l.sleep != nil {
		l.sleep.Stop()
	}
	l.timers.clear()
	l.refTimers = 0
	l.immediates = nil
	l.refImm = 0
	l.stdout.Flush()
	l.vm.ClearInterrupt()
}

// ExitError is returned by Run when the script ends with a non-zero exit
// code (process.exit(n), process.exitCode = n).
type ExitError struct {
	Code int
}

func (e *ExitError) Error() string { return fmt.Sprintf("jsloop: exit code %d", e.Code) }

// ExitCode returns the code.
func (e *ExitError) ExitCode() int { return e.Code }

// SetData stores per-loop state for a binding package under key (use an
// unexported key type). Loop goroutine only.
func (l *Loop) SetData(key, val any) {
	if l.data == nil {
		l.data = map[any]any{}
	}
	l.data[key] = val
}

// Data returns what SetData stored under key, or nil.
func (l *Loop) Data(key any) any { return l.data[key] }

// DefineLazyGlobal defines the global name so that build runs on its first
// use (read or typeof), not at start-up; the result then replaces the
// accessor as an ordinary writable, configurable, non-enumerable global, as
// web APIs are defined. Assigning to the name first replaces it without
// building. Loop goroutine only.
func (l *Loop) DefineLazyGlobal(name string, build func() goja.Value) {
	g := l.vm.GlobalObject()
	define := func(v goja.Value) {
		g.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	get := l.vm.ToValue(func(goja.FunctionCall) goja.Value {
		v := build()
		define(v)
		return v
	})
	set := l.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		define(c.Argument(0))
		return goja.Undefined()
	})
	g.DefineAccessorProperty(name, get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
