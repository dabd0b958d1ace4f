package url_test

import (
	"fmt"

	"github.com/jsloop/jsloop/hostapi/url"
)

// Parse resolves a URL against a base as new URL(input, base) does.
func ExampleParse() {
	href, err := url.Parse(nil, "../b?q=1 2#frag", "https://EXAMPLE.com/a/c/d")
	fmt.Println(href, err)
	_, err = url.Parse(nil, "no scheme", "")
	fmt.Println(err)
	// Output:
	// https://example.com/a/b?q=1%202#frag <nil>
	// Invalid URL
}
