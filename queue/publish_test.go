package queue

import (
	"bytes"
	"testing"
)

// TestPageJSONRoundTrip: what gzipped makes, pageJSON gives back.
func TestPageJSONRoundTrip(t *testing.T) {
	page := bytes.Repeat([]byte(`{"id":"a","text":"harbour news "}`), 2000)
	z, err := gzipped(page)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		data     []byte
		encoding string
	}{{page, ""}, {z, encodingGzip}} {
		got, err := pageJSON(tc.data, tc.encoding)
		if err != nil || !bytes.Equal(got, page) {
			t.Errorf("encoding %q: %d bytes, %v; want the page's %d", tc.encoding, len(got), err, len(page))
		}
	}
	if _, err := pageJSON(z, "br"); err == nil {
		t.Error("an unknown encoding was read")
	}
}

// FuzzPageJSON: any message body under any header gives an error or at
// most maxPageJSON bytes, never a panic.
func FuzzPageJSON(f *testing.F) {
	z, _ := gzipped([]byte(`{"id":"a","text":"x"}`))
	f.Add(z, encodingGzip)
	f.Add([]byte(`{"id":"a"}`), "")
	f.Add(z[:len(z)/2], encodingGzip)
	f.Fuzz(func(t *testing.T, data []byte, encoding string) {
		got, err := pageJSON(data, encoding)
		if err == nil && len(got) > maxPageJSON {
			t.Errorf("%d bytes, more than %d", len(got), maxPageJSON)
		}
	})
}
