package fetch

import (
	"errors"
	"io"
	"net/http"
	"net/url"

	whatwg "github.com/jsloop/jsloop/hostapi/url"
)

var errRedirectCount = errors.New("redirect count exceeded")
var errUnexpectedRedirect = errors.New("unexpected redirect")

// errStreamRedirect is a redirect that would send a streamed body again;
// undici's cause has an empty message.
var errStreamRedirect = errors.New("")

// maxRedirects is the Fetch standard's redirect limit.
const maxRedirects = 20

// do sends req over the transport and, in redirect mode "follow", follows
// redirects as the Fetch standard's HTTP-redirect fetch does (and undici):
// at most 20; 303 (except for GET and HEAD) and 301/302 for POST become a
// GET without a body or its headers; other methods and their bodies are
// kept; a body that cannot be sent again (a stream) fails the fetch;
// crossing origins drops the credentials headers. Mode "manual" returns
// the redirect itself, "error" fails on it. Each hop is checked against the
// allow-list. The response of a redirected request has Request.Response
// set, as net/http's Client does.
//
// net/http's Client is not used: it copies every request's headers for a
// possible redirect, sets Referer, and turns a 301 PUT into a GET, none of
// which fetch does.
func (c *core) do(req *http.Request, mode string) (*http.Response, error) {
	for hops := 0; ; hops++ {
		resp, err := c.rt.RoundTrip(req)
		if err != nil {
			return nil, err
		}
		loc := resp.Header.Get("Location")
		if !redirectStatus(resp.StatusCode) || loc == "" || mode == "manual" {
			return resp, nil
		}
		discard(resp)
		if mode == "error" {
			return nil, errUnexpectedRedirect
		}
		// The Location as undici reads it: Latin-1, parsed as new URL()
		// against the request's URL.
		href, err := whatwg.Parse(nil, fromLatin1(loc), req.URL.String())
		if err != nil {
			return nil, err
		}
		next, err := url.Parse(href)
		if err != nil {
			return nil, err
		}
		if next.Scheme != "http" && next.Scheme != "https" {
			return nil, errors.New("URL scheme must be a HTTP(S) scheme")
		}
		if hops == maxRedirects {
			return nil, errRedirectCount
		}
		if host, port := hostPort(next); !c.opts.allowed(host, port) {
			return nil, &deniedError{host: host, port: port}
		}
		hasBody := req.Body != nil && req.Body != http.NoBody
		if resp.StatusCode != 303 && hasBody && req.GetBody == nil {
			return nil, errStreamRedirect
		}
		nreq := req.Clone(req.Context())
		nreq.URL = next
		nreq.Host = ""
		nreq.Response = resp
		if resp.StatusCode == 303 && req.Method != "GET" && req.Method != "HEAD" ||
			(resp.StatusCode == 301 || resp.StatusCode == 302) && req.Method == "POST" {
			nreq.Method = "GET"
			nreq.Body, nreq.GetBody, nreq.ContentLength = nil, nil, 0
			for _, h := range requestBodyHeaders {
				nreq.Header.Del(h)
			}
		} else if hasBody {
			if nreq.Body, err = req.GetBody(); err != nil {
				return nil, err
			}
		}
		if !sameOrigin(req.URL, next) {
			for _, h := range crossOriginDropped {
				nreq.Header.Del(h)
			}
		}
		req = nreq
	}
}

func redirectStatus(code int) bool {
	switch code {
	case 301, 302, 303, 307, 308:
		return true
	}
	return false
}

// requestBodyHeaders are the Fetch standard's request-body-header names
// (and Content-Length), dropped when a redirect turns a request into a GET.
var requestBodyHeaders = []string{"Content-Encoding", "Content-Language", "Content-Location", "Content-Type", "Content-Length"}

// crossOriginDropped are the headers undici drops on a redirect to another
// origin.
var crossOriginDropped = []string{"Authorization", "Proxy-Authorization", "Cookie", "Host"}

// sameOrigin compares the origins of two http(s) URLs (hosts come lower-
// cased from the WHATWG parser).
func sameOrigin(a, b *url.URL) bool {
	ha, pa := hostPort(a)
	hb, pb := hostPort(b)
	return a.Scheme == b.Scheme && ha == hb && pa == pb
}

// discard reads a little of a redirect's body, so that its connection can
// be reused, and closes it.
func discard(resp *http.Response) {
	io.CopyN(io.Discard, resp.Body, 2<<10)
	resp.Body.Close()
}
