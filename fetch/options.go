package fetch

import (
	"net"
	"net/http"
	"strings"
	"time"
)

// Options are what an embedder (or the CLI's flags) can set on fetch.
type Options struct {
	// AllowNet, when non-nil, is the allow-list of hosts a script may
	// fetch: "host" allows every port of host, "host:port" one port
	// (Deno's --allow-net). nil allows every host.
	AllowNet []string
	// MaxBodySize bounds a response body read whole (text, json,
	// arrayBuffer, ...) and the bytes read through body streams; 0 means no
	// limit.
	MaxBodySize int64
	// Timeout bounds a request from its start to the end of its headers;
	// 0 means none.
	Timeout time.Duration
	// MaxInFlight bounds the requests in flight at once; the others wait
	// for a slot. 0 means no limit.
	MaxInFlight int
	// Transport replaces the shared, tuned http.Transport (tests use it to
	// reach in-process servers).
	Transport http.RoundTripper
	// UserAgent is sent when the script sets none ("jsloop/<version>").
	UserAgent string
}

// Option configures Enable.
type Option func(*Options)

// WithAllowNet restricts fetch to the given hosts ("host" or "host:port").
func WithAllowNet(hosts ...string) Option {
	return func(o *Options) { o.AllowNet = append(o.AllowNet[:0:0], hosts...) }
}

// WithMaxBodySize bounds response bodies (bytes).
func WithMaxBodySize(n int64) Option { return func(o *Options) { o.MaxBodySize = n } }

// WithTimeout bounds each request until its response headers arrive.
func WithTimeout(d time.Duration) Option { return func(o *Options) { o.Timeout = d } }

// WithMaxInFlight bounds the requests in flight at once.
func WithMaxInFlight(n int) Option { return func(o *Options) { o.MaxInFlight = n } }

// WithTransport sends requests through rt instead of the shared transport.
func WithTransport(rt http.RoundTripper) Option { return func(o *Options) { o.Transport = rt } }

// allowed reports whether host:port may be fetched.
func (o *Options) allowed(host, port string) bool {
	if o.AllowNet == nil {
		return true
	}
	for _, a := range o.AllowNet {
		ah, ap, err := net.SplitHostPort(a)
		if err != nil {
			ah, ap = a, ""
		}
		ah = strings.Trim(ah, "[]")
		if strings.EqualFold(ah, strings.Trim(host, "[]")) && (ap == "" || ap == port) {
			return true
		}
	}
	return false
}
