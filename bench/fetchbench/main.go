//go:build linux

// Command fetchbench measures fetch_10k: 10,000 GETs of a small JSON body
// from a local Go server at concurrency 64, each parsed as JSON, through
// jsloop, node and a plain Go net/http client with a keep-alive pool sized
// for the concurrency, in one run, and prints medians and ratios.
//
//	go run ./bench/fetchbench [-n runs] [-jsloop path] [-node node]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

const (
	requests    = 10000
	concurrency = 64
)

var payload = []byte(`{"id":42,"name":"jsloop","tags":["a","b","c"],"active":true,"score":3.14}`)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "-client" {
		client(os.Args[2])
		return
	}
	runs := flag.Int("n", 3, "runs of each client")
	jsloop := flag.String("jsloop", "", "jsloop binary (default: build ./cmd/jsloop)")
	node := flag.String("node", "node", "node binary")
	flag.Parse()

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(payload)
	})}
	go srv.Serve(ln)
	url := "http://" + ln.Addr().String() + "/data.json"

	tmp, _ := os.MkdirTemp("", "fetchbench")
	defer os.RemoveAll(tmp)
	if *jsloop == "" {
		*jsloop = filepath.Join(tmp, "jsloop")
		build := exec.Command("go", "build", "-o", *jsloop, "./cmd/jsloop")
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := build.CombinedOutput(); err != nil {
			fail(fmt.Errorf("build jsloop: %v\n%s", err, out))
		}
	}
	self, _ := os.Executable()
	script := "bench/workloads/fetch_10k.js"
	clients := []struct {
		name string
		argv []string
	}{
		{"jsloop", []string{*jsloop, script}},
		{"node", []string{*node, script}},
		{"go", []string{self, "-client", url}},
	}
	results := map[string][]result{}
	for i := 0; i < *runs; i++ {
		for _, c := range clients {
			r, err := measure(c.argv, url)
			if err != nil {
				fmt.Fprintf(os.Stderr, "%s: %v\n", c.name, err)
				continue
			}
			fmt.Fprintf(os.Stderr, "run %d %-6s %8.0f req/s  %6.1f µs CPU/req\n", i+1, c.name, r.rps, r.cpuPerReq)
			results[c.name] = append(results[c.name], r)
		}
	}
	med := func(name string, f func(result) float64) float64 {
		var v []float64
		for _, r := range results[name] {
			v = append(v, f(r))
		}
		if len(v) == 0 {
			return 0
		}
		sort.Float64s(v)
		return v[len(v)/2]
	}
	rps := func(r result) float64 { return r.rps }
	cpu := func(r result) float64 { return r.cpuPerReq }
	j, n, g := med("jsloop", rps), med("node", rps), med("go", rps)
	jc, nc, gc := med("jsloop", cpu), med("node", cpu), med("go", cpu)
	fmt.Printf("fetch_10k (%d runs, medians)\n\n", *runs)
	fmt.Println("| client | req/s | CPU µs/req |")
	fmt.Println("|---|---:|---:|")
	fmt.Printf("| jsloop | %.0f | %.1f |\n| node | %.0f | %.1f |\n| plain Go (pool of %d) | %.0f | %.1f |\n\n", j, jc, n, nc, concurrency, g, gc)
	fmt.Printf("jsloop/node req/s %.2f× (target ≥ 5×); jsloop/Go %.2f× (target ≥ 0.8×); CPU/req jsloop/node %.2f× (target ≤ 0.3×)\n",
		j/n, j/g, jc/nc)
	srv.Close()
}

type result struct{ rps, cpuPerReq float64 }

// measure runs argv with FETCH_URL set and reads its req/s and CPU time.
func measure(argv []string, url string) (result, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), "FETCH_URL="+url)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return result{}, err
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var v struct {
		OK  bool    `json:"ok"`
		RPS float64 `json:"rps"`
	}
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &v); err != nil || !v.OK {
		return result{}, fmt.Errorf("bad output %q", out)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpuUs := float64(ru.Utime.Usec+ru.Stime.Usec)/1 + float64(ru.Utime.Sec+ru.Stime.Sec)*1e6
	return result{rps: v.RPS, cpuPerReq: cpuUs / requests}, nil
}

// client is the plain-Go baseline: the same work with net/http.
func client(url string) {
	tr := &http.Transport{MaxIdleConns: concurrency, MaxIdleConnsPerHost: concurrency}
	c := &http.Client{Transport: tr}
	var next atomic.Int64
	var bad atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < concurrency; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for next.Add(1) <= requests {
				resp, err := c.Get(url)
				if err != nil {
					bad.Add(1)
					continue
				}
				var v map[string]any
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if json.Unmarshal(b, &v) != nil {
					bad.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	ms := float64(time.Since(start).Microseconds()) / 1000
	fmt.Printf(`{"ok":%v,"ms":%.1f,"rps":%.1f}`+"\n", bad.Load() == 0, ms, requests/(ms/1000))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
