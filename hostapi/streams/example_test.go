package streams_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi"
	"github.com/jsloop/jsloop/hostapi/streams"
	"github.com/jsloop/jsloop/jsloop"
	"github.com/jsloop/jsloop/timers"
)

// lineSource serves a reader's lines, one per Pull, each read on its own
// goroutine as a network body would be: the goroutine holds a reservation
// and settles it with the chunk.
type lineSource struct {
	l     *jsloop.Loop
	lines []string
}

func (s *lineSource) Pull(c *streams.Controller) {
	res := s.l.Reserve()
	go func() {
		var chunk []byte
		if len(s.lines) > 0 {
			chunk = []byte(s.lines[0] + "\n")
		}
		res.Settle(func() {
			if chunk == nil {
				c.Close()
				return
			}
			s.lines = s.lines[1:]
			c.Enqueue(chunk)
		})
	}()
}

func (s *lineSource) Cancel(reason goja.Value) { s.lines = nil }

// A byte stream fed from Go, read by a script.
func ExampleNewReadable() {
	l := jsloop.New(jsloop.WithStdout(os.Stdout))
	timers.Enable(l)
	hostapi.Enable(l)
	err := l.Run(context.Background(), func() error {
		body := streams.NewReadable(l, &lineSource{l: l, lines: []string{"one", "two"}}, 0)
		l.VM().Set("body", body)
		_, err := l.Eval("main.js", `
			(async () => {
				const reader = body.pipeThrough(new TextDecoderStream()).getReader();
				for (;;) {
					const { value, done } = await reader.read();
					if (done) break;
					console.log(JSON.stringify(value));
				}
			})();
		`)
		return err
	})
	fmt.Println("err:", err)
	// Output:
	// "one\n"
	// "two\n"
	// err: <nil>
}

// Reading a script's stream from Go.
func ExampleReadAll() {
	l := jsloop.New()
	timers.Enable(l)
	hostapi.Enable(l)
	l.Run(context.Background(), func() error {
		stream, err := l.Eval("main.js", `
			new ReadableStream({
				start(c) {
					c.enqueue(new TextEncoder().encode('hello, '));
					setTimeout(() => { c.enqueue(new TextEncoder().encode('world')); c.close(); }, 1);
				},
			});
		`)
		if err != nil {
			return err
		}
		streams.ReadAll(l, stream, func(data []byte, err goja.Value) {
			fmt.Printf("%q %v\n", data, err)
		})
		return nil
	})
	// Output:
	// "hello, world" <nil>
}

// The errors of the Go API carry the TypeError a script would get.
func ExampleNewGoReader() {
	l := jsloop.New()
	hostapi.Enable(l)
	l.Run(context.Background(), func() error {
		stream, _ := l.Eval("main.js", `const s = new ReadableStream(); s.getReader(); s`)
		_, err := streams.NewGoReader(l, stream)
		fmt.Println(err)
		fmt.Println(strings.SplitN(l.ToJSError(err).(*goja.Object).Get("stack").String(), "\n", 2)[0])
		return nil
	})
	// Output:
	// streams: ReadableStream is locked
	// TypeError [ERR_INVALID_STATE]: Invalid state: ReadableStream is locked
}
