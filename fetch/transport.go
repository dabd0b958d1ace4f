package fetch

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"
)

// sharedTransport is the one http.Transport every loop's fetch uses unless
// an embedder gives its own: a keep-alive pool sized for concurrency (Go's
// default of 2 idle connections per host would open a new connection for
// most requests of a concurrent workload), HTTP/2 when the server offers
// it, the proxy from the environment. Decompression is done by fetch
// itself (gzip, deflate, br), so the transport's own is off.
var sharedTransport = sync.OnceValue(func() *http.Transport {
	return &http.Transport{
		Proxy: http.ProxyFromEnvironment,
		DialContext: (&net.Dialer{
			Timeout:   30 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          4096,
		MaxIdleConnsPerHost:   1024,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
		DisableCompression:    true,
	}
})

// acceptEncoding is what fetch asks for when the script did not set
// Accept-Encoding itself, as undici (br is decoded too when a server sends
// it anyway).
const acceptEncoding = "gzip, deflate"

// decodeBody wraps body in the decoders its Content-Encoding names. The
// decoders are set up on the first read: a body that is not what its
// encoding says fails its reads, not the fetch (as in undici), and a slow
// body does not hold back the head.
func decodeBody(body io.ReadCloser, contentEncoding string) io.ReadCloser {
	if contentEncoding == "" {
		return body
	}
	return &lazyDecoder{body: body, coding: contentEncoding}
}

type lazyDecoder struct {
	body   io.ReadCloser
	coding string
	r      io.Reader
	err    error
}

func (d *lazyDecoder) Read(p []byte) (int, error) {
	if d.r == nil && d.err == nil {
		d.r, d.err = decoders(d.body, d.coding)
	}
	if d.err != nil {
		return 0, d.err
	}
	return d.r.Read(p)
}

func (d *lazyDecoder) Close() error { return d.body.Close() }

// decoders wraps body in the decoders its Content-Encoding names, last
// applied first, as the Fetch standard says; at most five layers, as undici.
func decoders(body io.Reader, contentEncoding string) (io.Reader, error) {
	codings := strings.Split(contentEncoding, ",")
	if len(codings) > 5 {
		return body, nil
	}
	var r io.Reader = body
	for i := len(codings) - 1; i >= 0; i-- {
		switch strings.ToLower(strings.TrimSpace(codings[i])) {
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(r)
			if err != nil {
				return nil, err
			}
			r = zr
		case "deflate":
			// "deflate" is zlib-wrapped by the RFC, raw in some servers.
			br := bufio.NewReader(r)
			if b, err := br.Peek(2); err == nil && isZlibHeader(b) {
				zr, err := zlib.NewReader(br)
				if err != nil {
					return nil, err
				}
				r = zr
			} else {
				r = flate.NewReader(br)
			}
		case "br":
			r = brotli.NewReader(r)
		case "identity", "":
		default:
			// Unknown coding: leave the bytes as they are (undici does too).
			return body, nil
		}
	}
	return r, nil
}

func isZlibHeader(b []byte) bool {
	return b[0]&0x0f == 8 && (uint16(b[0])<<8|uint16(b[1]))%31 == 0
}

// CloseIdleConnections closes the shared transport's idle keep-alive
// connections (their goroutines end with them). Any goroutine.
func CloseIdleConnections() { sharedTransport().CloseIdleConnections() }
