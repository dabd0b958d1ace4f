package url

import (
	"crypto/rand"
	"encoding/hex"
	"strings"

	"github.com/jsloop/jsloop/hostapi/internal/webidl"

	"github.com/dop251/goja"
	"github.com/jsloop/jsloop/hostapi/blob"
	"github.com/jsloop/jsloop/jsloop"
)

// objectURLPrefix starts every URL createObjectURL returns, as in Node.
const objectURLPrefix = "blob:nodedata:"

// blobEntry is a blob URL store entry: the Blob's bytes and type, held
// until revoked.
type blobEntry struct {
	data []byte
	typ  string
}

// ResolveObjectURL returns the bytes and type of the Blob that
// URL.createObjectURL registered under href (Node's
// buffer.resolveObjectURL; fetch of a blob: URL), and false when href was
// never registered or was revoked. A fragment is ignored. data is shared
// and must not be modified. Loop goroutine only.
func ResolveObjectURL(l *jsloop.Loop, href string) (data []byte, typ string, ok bool) {
	m, _ := l.Data(moduleKey{}).(*module)
	if m == nil || !strings.HasPrefix(href, objectURLPrefix) {
		return nil, "", false
	}
	id, _, _ := strings.Cut(href[len(objectURLPrefix):], "#")
	e, ok := m.objectURLs[id]
	if !ok {
		return nil, "", false
	}
	return e.data, e.typ, true
}

func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0F | 0x40
	b[8] = b[8]&0x3F | 0x80
	h := hex.EncodeToString(b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// installObjectURLs defines URL.createObjectURL and URL.revokeObjectURL
// (File API §8, with Node's URLs and errors).
func (m *module) installObjectURLs() {
	l, vm := m.l, m.vm
	webidl.Method(l, m.urlCtor, "createObjectURL", 1, func(c goja.FunctionCall) goja.Value {
		data, typ, ok := blob.Bytes(c.Argument(0))
		if !ok {
			panic(jsloop.InvalidArgType(vm, "obj", "an instance of Blob", c.Argument(0)))
		}
		if m.objectURLs == nil {
			m.objectURLs = map[string]blobEntry{}
		}
		id := newUUID()
		m.objectURLs[id] = blobEntry{data: data, typ: typ}
		return vm.ToValue(objectURLPrefix + id)
	})
	webidl.Method(l, m.urlCtor, "revokeObjectURL", 1, func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) == 0 {
			panic(missingArgs(vm, "url"))
		}
		s := webidl.ToUSV(vm, c.Arguments[0])
		if rest, ok := strings.CutPrefix(s, objectURLPrefix); ok {
			id, _, _ := strings.Cut(rest, "#")
			delete(m.objectURLs, id)
		}
		return goja.Undefined()
	})
}
