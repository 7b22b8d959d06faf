package ingest

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

// genWARC streams a synthetic crawl without holding it: per page a request
// and an HTML response, and every tenth page a large non-HTML response.
// Blocks are written as filler, so even a multi-gigabyte stream costs
// nothing to generate.
type genWARC struct {
	pages     int // pages still to write
	htmlBytes int // size of each HTML payload
	bigBytes  int // size of each large non-HTML block; 0 for none
	lastBytes int // size of one last HTML payload; 0 for none
	n         int
	records   int
	head      []byte // header bytes still to send
	fill      int    // filler bytes still to send
	tail      []byte // bytes after the filler
	onRead    func()
}

func (g *genWARC) Read(p []byte) (int, error) {
	if g.onRead != nil {
		g.onRead()
	}
	for len(g.head) == 0 && g.fill == 0 && len(g.tail) == 0 {
		switch {
		case g.pages > 0:
			g.nextRecord()
		case g.lastBytes > 0:
			g.htmlBytes, g.lastBytes, g.pages, g.n = g.lastBytes, 0, 1, 1
		default:
			return 0, io.EOF
		}
	}
	switch {
	case len(g.head) > 0:
		k := copy(p, g.head)
		g.head = g.head[k:]
		return k, nil
	case g.fill > 0:
		k := min(len(p), g.fill)
		for i := range p[:k] {
			p[i] = "<p>Filler words.</p>\n"[i%21]
		}
		g.fill -= k
		return k, nil
	}
	k := copy(p, g.tail)
	g.tail = g.tail[k:]
	return k, nil
}

func (g *genWARC) nextRecord() {
	g.n++
	g.records++ // undone below when this step writes no record
	uri := fmt.Sprintf("https://gen.example/%d", g.n)
	switch {
	case g.n%3 == 1:
		g.head = warcHead("request", uri, "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\n\r\n"), 0)
		g.head = append(g.head, "GET / HTTP/1.1\r\n\r\n\r\n\r\n"...)
	case g.n%3 == 2:
		httpHead := []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>")
		tail := []byte("</body></html>")
		g.head = append(warcHead("response", uri, httpType, httpHead, g.htmlBytes+len(tail)), httpHead...)
		g.fill, g.tail = g.htmlBytes, append(tail, "\r\n\r\n"...)
		g.pages--
	case g.bigBytes > 0 && g.n%30 == 0:
		httpHead := []byte("HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n\r\n")
		g.head = append(warcHead("response", uri, httpType, httpHead, g.bigBytes), httpHead...)
		g.fill, g.tail = g.bigBytes, []byte("\r\n\r\n")
	default:
		g.records--
	}
}

// warcHead writes a record header for a block of len(start)+rest bytes.
func warcHead(typ, uri, ctype string, start []byte, rest int) []byte {
	return fmt.Appendf(nil, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n",
		typ, uri, ctype, len(start)+rest)
}

// TestReadWARCBoundedMemory streams a 1.8 GB crawl (44 non-HTML records of
// 40 MB, 450 HTML pages, one oversized HTML page) through the reader and
// checks the heap never holds more than a small multiple of the page limit.
func TestReadWARCBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 1.8 GB")
	}
	const limit = 2 << 20
	var peak uint64
	reads := 0
	gen := &genWARC{pages: 450, htmlBytes: 30 << 10, bigBytes: 40 << 20, lastBytes: 3 * limit}
	gen.onRead = func() {
		if reads++; reads%16 == 0 {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
	}
	runtime.GC()
	var total int64
	r := &Reader{Stdin: gen, MaxPageBytes: limit, OnBytes: func(n int64) { total += n }}
	pages := 0
	err := r.Read(context.Background(), Input{Path: "-", Name: "gen.warc", Size: -1}, func(*storyline.Page) error { pages++; return nil })
	if pages != 450 {
		t.Errorf("got %d pages, want 450", pages)
	}
	if err == nil || !strings.Contains(err.Error(), "larger than the page limit") {
		t.Errorf("error = %v, want the oversized page reported", err)
	}
	t.Logf("peak heap %.1f MiB over %d records (%.0f MB), page limit %d MiB", float64(peak)/(1<<20), gen.records, float64(total)/1e6, limit>>20)
	if peak > 16*limit {
		t.Errorf("peak heap %d bytes, over 16 × the page limit", peak)
	}
}

// BenchmarkRead reads a generated WARC file of 2000 HTML pages of 30 KB (62
// MB), plain and gzipped per record. MB/s counts the bytes on disk, which for
// the (very compressible) gzipped file says little: warc-MB/s counts the
// decompressed WARC bytes.
func BenchmarkRead(b *testing.B) {
	dir := b.TempDir()
	for _, gz := range []bool{false, true} {
		path, warcSize := writeBenchWARC(b, dir, 2000, gz)
		info, err := os.Stat(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("file="+filepath.Base(path), func(b *testing.B) {
			b.SetBytes(info.Size())
			r := &Reader{}
			in := Input{Path: path, Name: filepath.Base(path), Size: info.Size()}
			for b.Loop() {
				pages := 0
				if err := r.Read(context.Background(), in, func(*storyline.Page) error { pages++; return nil }); err != nil || pages != 2000 {
					b.Fatalf("%d pages, error %v", pages, err)
				}
			}
			b.ReportMetric(float64(warcSize)*float64(b.N)/1e6/b.Elapsed().Seconds(), "warc-MB/s")
		})
	}
}

// writeBenchWARC writes the benchmark file and returns its path and its
// decompressed size.
func writeBenchWARC(b *testing.B, dir string, pages int, gz bool) (string, int64) {
	html := []byte("<html><body>" + strings.Repeat("<p>Filler words.</p>\n", 30<<10/21) + "</body></html>")
	var recs []warcRec
	for i := range pages {
		uri := fmt.Sprintf("https://bench.example/%d", i)
		recs = append(recs,
			warcRec{typ: "request", uri: uri, contentType: "application/http; msgtype=request", block: []byte("GET / HTTP/1.1\r\n\r\n")},
			warcRec{typ: "response", uri: uri, contentType: httpType, block: httpResponse("200 OK", []string{"Content-Type: text/html"}, html)})
	}
	name := "bench.warc"
	if gz {
		name += ".gz"
	}
	return writeFile(b, dir, name, buildWARC(b, recs, gz)), int64(len(buildWARC(b, recs, false)))
}
