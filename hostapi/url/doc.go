// Package url installs URL and URLSearchParams (WHATWG URL Standard,
// https://url.spec.whatwg.org/) on a jsloop.Loop, with Node 20's errors
// and util.inspect output.
//
// Globals (lazy: built when a script first reads one): URL (with the
// statics URL.parse, URL.canParse, URL.createObjectURL and
// URL.revokeObjectURL) and URLSearchParams.
//
// # Parser
//
// The parser is the Standard's basic URL parser, state by state
// (parse.go), with its host parser (IPv4 in all its forms, IPv6, opaque
// hosts) and UTS #46 domain-to-ASCII through golang.org/x/net/idna
// (host.go). goja_nodejs's url module, built on net/url, passes 822 of the
// 2024 subtests of WPT's url directory; this package passes 2020.
//
// A URL object keeps its parsed record in Go; url.searchParams is created
// on first read and stays bound to the URL both ways, as the spec's
// "update steps" say. URLSearchParams iterators are live.
//
// # Go API
//
// For fetch and other bindings: Parse (URL parsing without a VM),
// InvalidURLError (Node's ERR_INVALID_URL as a jsloop.JSError),
// SearchParamsString and NewSearchParams (URLSearchParams bodies), Href
// (recognize a URL object) and ResolveObjectURL (the Blob behind a
// blob:nodedata: URL).
//
// # Deviations
//
// Deviation: where Node 20 (Ada 2.x) and the current Standard disagree,
// this package follows the Standard as the web-platform-tests pin it: of
// the spaces that end an opaque path before a '?' or '#', the last is
// kept as "%20" (new URL("non-special:a  ?x").pathname is "a %20"; Node
// says "a  ").
//
// Deviation: calling a constructor without new throws goja's message,
// "Class constructor cannot be invoked without 'new'", without the class
// name V8 puts in it.
//
// Deviation: instances keep their state under an unregistered symbol, so
// Object.getOwnPropertySymbols(url) has one entry where Node's has none.
package url
