package tests

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"time"
)

// testServer is the loopback HTTP server every golden case may use: its
// base URL is in the TEST_SERVER environment variable of both runtimes.
//
//	/text?body=B&ms=N   responds B (default "ok") after N ms
//	/json?ms=N          responds {"ok":true} after N ms
//	/chunks?n=N&ms=M    N chunks "chunk i\n", M ms apart
var testServer *httptest.Server

func startTestServer() {
	mux := http.NewServeMux()
	delay := func(r *http.Request) {
		if ms, err := strconv.Atoi(r.URL.Query().Get("ms")); err == nil && ms > 0 {
			time.Sleep(time.Duration(ms) * time.Millisecond)
		}
	}
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		delay(r)
		body := r.URL.Query().Get("body")
		if body == "" {
			body = "ok"
		}
		fmt.Fprint(w, body)
	})
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		delay(r)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"ok":true}`)
	})
	mux.HandleFunc("/chunks", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.URL.Query().Get("n"))
		for i := 0; i < n; i++ {
			if i > 0 {
				delay(r)
			}
			fmt.Fprintf(w, "chunk %d\n", i)
			w.(http.Flusher).Flush()
		}
	})
	testServer = httptest.NewServer(mux)
}
