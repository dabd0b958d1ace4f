package fetch

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"strings"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi/encoding"
)

// decodeUTF8 is the Encoding Standard's "UTF-8 decode" as fetch's text()
// uses it: a leading BOM is dropped, invalid bytes become U+FFFD.
func decodeUTF8(b []byte) string { return encoding.DecodeUTF8(b) }

// parseMultipart(bytes, contentType) → [[name, value], ...] where value is
// a string or {data: ArrayBuffer, filename, type} for a file part; it throws
// a TypeError when the body is not valid multipart/form-data.
func (c *core) parseMultipart(call goja.FunctionCall) goja.Value {
	vm := c.vm
	data := bytesOf(call.Argument(0))
	_, params, err := mime.ParseMediaType(call.Argument(1).String())
	boundary := params["boundary"]
	if err != nil || boundary == "" {
		panic(vm.NewTypeError("Failed to fetch: invalid multipart/form-data body (no boundary)"))
	}
	r := multipart.NewReader(bytes.NewReader(data), boundary)
	var out []any
	for {
		p, err := r.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			panic(vm.NewTypeError("Failed to parse body as FormData."))
		}
		content, err := io.ReadAll(p)
		if err != nil {
			panic(vm.NewTypeError("Failed to parse body as FormData."))
		}
		name := p.FormName()
		if fn := p.FileName(); fn != "" || strings.Contains(p.Header.Get("Content-Disposition"), "filename=") {
			f := vm.NewObject()
			f.Set("data", vm.NewArrayBuffer(content))
			f.Set("filename", fn)
			typ := p.Header.Get("Content-Type")
			if typ == "" {
				typ = "text/plain"
			}
			f.Set("type", typ)
			out = append(out, vm.NewArray(name, f))
		} else {
			out = append(out, vm.NewArray(name, decodeUTF8(content)))
		}
	}
	return vm.NewArray(out...)
}
