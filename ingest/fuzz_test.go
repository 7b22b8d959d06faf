package ingest

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

const fuzzLimit = 1 << 16

// checkRead states the property every reader keeps, whatever the bytes: no
// panic; every page has an ID, its origin, and content within the limit;
// text pages are valid UTF-8 without CR; an error is a *storyline.Error with
// code EINPUT.
func checkRead(t *testing.T, name string, data []byte) {
	r := &Reader{Stdin: bytes.NewReader(data), MaxPageBytes: fuzzLimit}
	err := r.Read(context.Background(), Input{Path: "-", Name: name, Size: -1}, func(p *storyline.Page) error {
		switch {
		case p.ID == "":
			t.Errorf("page with an empty ID: %+v", p)
		case p.Origin.Path != name:
			t.Errorf("page %q has origin path %q", p.ID, p.Origin.Path)
		case int64(len(p.Content())) > fuzzLimit:
			t.Errorf("page %q holds %d bytes, over the limit", p.ID, len(p.Content()))
		case p.Format == storyline.FormatText && (!utf8.ValidString(p.Text) || strings.ContainsRune(p.Text, '\r')):
			t.Errorf("text page %q is not normalised UTF-8", p.ID)
		}
		return nil
	})
	if err == nil {
		return
	}
	if e, ok := err.(*storyline.Error); !ok || e.Code != storyline.EINPUT {
		t.Fatalf("error %#v (%v) is not a *storyline.Error with code EINPUT", err, err)
	}
}

func addFixtures(f *testing.F, paths ...string) {
	for _, p := range paths {
		f.Add(mustRead(f, p))
	}
}

func FuzzWARC(f *testing.F) {
	recs, _ := sampleWARC(f)
	f.Add(buildWARC(f, recs, false))
	f.Add(buildWARC(f, recs[2:4], false))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 4\r\n\r\n<p>x\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "fuzz.warc", data) })
}

func FuzzJSONL(f *testing.F) {
	addFixtures(f, "testdata/records.jsonl")
	f.Add([]byte(`{"id":1e3,"body":"b","author":[{"name":"x"},["y"]]}`))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "fuzz.jsonl", data) })
}

func FuzzFeed(f *testing.F) {
	addFixtures(f, "testdata/feed.rss", "testdata/feed.atom", "testdata/relative.rss")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_html":"<p>x</p>"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "fuzz.xml", data) })
}

// FuzzSniff covers format detection and the text and HTML readers: stdin
// has no extension, so the content alone decides.
func FuzzSniff(f *testing.F) {
	addFixtures(f, "testdata/page.txt", "testdata/page.html", "testdata/feed.rss", "testdata/records.jsonl")
	f.Add([]byte("caf\xc3\xa9\r\n\xef\xbb\xbf"))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "-", data) })
}

// FuzzGzip feeds bytes behind a gzip magic number, valid or not, through the
// wrapper and then the sniffer.
func FuzzGzip(f *testing.F) {
	recs, _ := sampleWARC(f)
	f.Add(buildWARC(f, recs, true))
	f.Add(gzipBytes(f, mustRead(f, "testdata/page.txt")))
	f.Add(gzipBytes(f, mustRead(f, "testdata/records.jsonl"))[:40])
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "fuzz.gz", data) })
}
