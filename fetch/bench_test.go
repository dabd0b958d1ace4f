package fetch_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strconv"
	"testing"

	"github.com/jsloop/jsloop/fetch"
	"github.com/jsloop/jsloop/hostapi/hostapitest"
)

// cannedJSON answers every request with fetch_10k's JSON body, in memory:
// what is left is jsloop's own cost per request.
type cannedJSON struct{}

var payload = []byte(`{"id":42,"name":"jsloop","tags":["a","b","c"],"active":true,"score":3.14}`)

func (cannedJSON) RoundTrip(req *http.Request) (*http.Response, error) {
	return &http.Response{
		Status: "200 OK", StatusCode: 200, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: http.Header{
			"Content-Type":   {"application/json"},
			"Content-Length": {strconv.Itoa(len(payload))},
		},
		ContentLength: int64(len(payload)),
		Body:          io.NopCloser(bytes.NewReader(payload)),
		Request:       req,
	}, nil
}

// BenchmarkFetchJSON is fetch_10k's script (64 workers, each awaiting
// fetch(url) and response.json()) against an in-memory transport: the
// loop's, the bindings' and goja's cost of one request, without the
// network or a server.
func BenchmarkFetchJSON(b *testing.B) {
	var out, errOut bytes.Buffer
	l := hostapitest.NewLoop(b, &out, &errOut)
	if err := fetch.Enable(l, fetch.WithTransport(cannedJSON{})); err != nil {
		b.Fatal(err)
	}
	l.VM().Set("N", b.N)
	b.ReportAllocs()
	b.ResetTimer()
	err := l.RunScript(context.Background(), "bench.js", `
		let next = 0, bad = 0;
		async function worker() {
			while (next < N) {
				next++;
				const r = await fetch('http://127.0.0.1:8080/json');
				const v = await r.json();
				if (v.id !== 42) bad++;
			}
		}
		for (let i = 0; i < 64; i++) worker();
		process.on('exit', () => { if (bad) throw new Error(bad + ' bad bodies'); });`)
	if err != nil {
		b.Fatal(err, errOut.String())
	}
}
