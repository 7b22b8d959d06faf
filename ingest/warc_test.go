package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
)

// warcRec is one record for buildWARC.
type warcRec struct {
	typ, uri, contentType string
	block                 []byte
}

// buildWARC writes records as WARC 1.1; with gz, each record is its own gzip
// member, as crawlers write .warc.gz files.
func buildWARC(t testing.TB, recs []warcRec, gz bool) []byte {
	var out bytes.Buffer
	for i, r := range recs {
		var rec bytes.Buffer
		fmt.Fprintf(&rec, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", r.typ, i)
		fmt.Fprintf(&rec, "WARC-Date: 2024-05-0%dT10:00:00Z\r\n", i%9+1)
		if r.uri != "" {
			fmt.Fprintf(&rec, "WARC-Target-URI: %s\r\n", r.uri)
		}
		if r.contentType != "" {
			fmt.Fprintf(&rec, "Content-Type: %s\r\n", r.contentType)
		}
		fmt.Fprintf(&rec, "Content-Length: %d\r\n\r\n", len(r.block))
		rec.Write(r.block)
		rec.WriteString("\r\n\r\n")
		if gz {
			out.Write(gzipBytes(t, rec.Bytes()))
		} else {
			out.Write(rec.Bytes())
		}
	}
	return out.Bytes()
}

// httpResponse writes an HTTP/1.1 response with the given header lines.
func httpResponse(status string, headers []string, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %s\r\n", status)
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

// chunked encodes body in chunks of n bytes.
func chunked(body []byte, n int) []byte {
	var b bytes.Buffer
	for len(body) > 0 {
		k := min(n, len(body))
		fmt.Fprintf(&b, "%x\r\n%s\r\n", k, body[:k])
		body = body[k:]
	}
	b.WriteString("0\r\n\r\n")
	return b.Bytes()
}

const httpType = "application/http; msgtype=response"

// sampleWARC is a small crawl: the HTML pages it holds are listed in want.
func sampleWARC(t testing.TB) (recs []warcRec, want map[string][]byte) {
	page1 := []byte("<!doctype html><html><body><p>First page.</p></body></html>")
	page2 := []byte("<html><body><p>Second page, chunked and gzipped.</p>" + strings.Repeat("<p>filler</p>", 50) + "</body></html>")
	page3 := []byte("<html><head><title>Untyped</title></head><body>No content type given.</body></html>")
	page4 := []byte("<html><body>Stored as a resource.</body></html>")
	recs = []warcRec{
		{typ: "warcinfo", contentType: "application/warc-fields", block: []byte("software: handmade\r\nformat: WARC File Format 1.1\r\n")},
		{typ: "request", uri: "https://site.example/one", contentType: "application/http; msgtype=request", block: []byte("GET /one HTTP/1.1\r\nHost: site.example\r\n\r\n")},
		{typ: "response", uri: "https://site.example/one", contentType: httpType,
			block: httpResponse("200 OK", []string{"Content-Type: text/html; charset=utf-8"}, page1)},
		{typ: "metadata", uri: "https://site.example/one", contentType: "application/warc-fields", block: []byte("outlinks: https://site.example/two\r\n")},
		{typ: "response", uri: "https://site.example/logo.png", contentType: httpType,
			block: httpResponse("200 OK", []string{"Content-Type: image/png"}, []byte("\x89PNG\r\n\x1a\n\x00\x00"))},
		{typ: "response", uri: "https://site.example/two", contentType: httpType,
			block: httpResponse("200 OK", []string{"Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip"}, chunked(gzipBytes(t, page2), 100))},
		{typ: "response", uri: "https://site.example/missing", contentType: httpType,
			block: httpResponse("404 Not Found", []string{"Content-Type: text/html"}, []byte("<html>gone</html>"))},
		{typ: "response", uri: "<https://site.example/untyped>", contentType: httpType,
			block: httpResponse("200 OK", nil, page3)},
		{typ: "revisit", uri: "https://site.example/one", contentType: httpType, block: httpResponse("200 OK", []string{"Content-Type: text/html"}, nil)},
		{typ: "resource", uri: "file:///saved/page.html", contentType: "text/html", block: page4},
	}
	want = map[string][]byte{
		"https://site.example/one":     page1,
		"https://site.example/two":     page2,
		"https://site.example/untyped": page3,
		"file:///saved/page.html":      page4,
	}
	return recs, want
}

func TestReadWARC(t *testing.T) {
	recs, want := sampleWARC(t)
	order := []string{"https://site.example/one", "https://site.example/two", "https://site.example/untyped", "file:///saved/page.html"}
	dates := []int{3, 6, 8, 10} // record numbers, which give the WARC-Date day
	for _, tt := range []struct {
		name string
		gz   bool
	}{{"crawl.warc", false}, {"crawl.warc.gz", true}, {"crawl-no-extension", true}} {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), tt.name, buildWARC(t, recs, tt.gz))
			pages, err := readFile(t, &Reader{}, path)
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) != len(order) {
				t.Fatalf("got %d pages, want %d", len(pages), len(order))
			}
			for i, uri := range order {
				wantPage := storyline.Page{ID: uri, Origin: storyline.Origin{Path: tt.name, Record: uri}, Format: storyline.FormatWARC,
					URL: uri, HTML: want[uri], Captured: time.Date(2024, 5, (dates[i]-1)%9+1, 10, 0, 0, 0, time.UTC)}
				if !samePage(pages[i], &wantPage) {
					t.Errorf("page %d = %+v\nwant      %+v", i, pages[i], wantPage)
				}
			}
		})
	}
}

func TestReadWARCTruncated(t *testing.T) {
	recs, _ := sampleWARC(t)
	plain := buildWARC(t, recs, false)
	// Cut inside the block of the chunked response (record 6): records 1-5 are whole.
	cut := bytes.Index(plain, []byte("Transfer-Encoding: chunked")) + 40
	zipped := buildWARC(t, recs, true)
	tests := []struct {
		name    string
		data    []byte
		wantErr string
	}{
		{name: "cut.warc", data: plain[:cut], wantErr: "record 6 at offset"},
		{name: "cut-header.warc", data: plain[:bytes.Index(plain, []byte("Transfer-Encoding"))-100], wantErr: "record 6 at offset"},
		{name: "cut.warc.gz", data: zipped[:len(zipped)-30], wantErr: "gzip: unexpected EOF"},
		{name: "garbage.warc", data: append(append([]byte{}, plain[:cut-300]...), []byte("\r\n\r\nnot a record\r\n")...), wantErr: "record 6 at offset"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := readBytes(t, &Reader{}, tt.name, tt.data)
			e := inputError(t, err)
			if !strings.Contains(err.Error(), tt.wantErr) || e.Op != "ingest.warc" {
				t.Errorf("error = %v, want %q from ingest.warc", err, tt.wantErr)
			}
			if len(pages) == 0 || pages[0].ID != "https://site.example/one" {
				t.Errorf("the page before the break was not emitted: %d pages", len(pages))
			}
		})
	}
}

func TestReadWARCBadPayload(t *testing.T) {
	good := []byte("<html><body>fine</body></html>")
	recs := []warcRec{
		{typ: "response", uri: "https://a.example/bad-gzip", contentType: httpType,
			block: httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, []byte("\x1f\x8bnot really gzip"))},
		{typ: "response", uri: "https://a.example/brotli", contentType: httpType,
			block: httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: br"}, []byte("\x0b\x02\x80"))},
		{typ: "response", uri: "https://a.example/big", contentType: httpType,
			block: httpResponse("200 OK", []string{"Content-Type: text/html"}, bytes.Repeat([]byte("<p>x</p>"), 100))},
		{typ: "response", uri: "https://a.example/bad-status", contentType: httpType, block: []byte("SPDY nonsense\r\n\r\n")},
		{typ: "response", uri: "https://a.example/untyped-not-http", block: []byte("just some bytes\r\n")},
		{typ: "response", uri: "https://a.example/fine", contentType: httpType,
			block: httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, gzipBytes(t, good))},
		{typ: "response", uri: "https://a.example/stored-dechunked", contentType: httpType,
			block: httpResponse("200 OK", []string{"Content-Type: text/html", "Transfer-Encoding: chunked"}, good)},
	}
	pages, err := readBytes(t, &Reader{MaxPageBytes: 500}, "bad.warc", buildWARC(t, recs, false))
	if len(pages) != 2 || pages[0].ID != "https://a.example/fine" || !bytes.Equal(pages[0].HTML, good) || !bytes.Equal(pages[1].HTML, good) {
		t.Fatalf("pages = %+v, want the two good ones after the bad ones", pages)
	}
	inputError(t, err)
	for _, s := range []string{"4 bad record(s)", "record 1 at offset 0", "record 2", `unsupported Content-Encoding "br"`, "record 3", "larger than the page limit", "record 4", "bad HTTP status line"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q lacks %q", err, s)
		}
	}
}

func TestReadWARCBadFrame(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"no version", "HTTP/1.1 200 OK\r\n\r\n", "record 1 at offset 0: no WARC version line"},
		{"bad length", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: ten\r\n\r\n", `bad Content-Length "ten"`},
		{"no length", "WARC/1.0\r\nWARC-Type: response\r\n\r\n", `bad Content-Length ""`},
		{"header cut", "WARC/1.0\r\nWARC-Type: resp", "header cut short: unexpected EOF"},
		{"block cut", "WARC/1.0\r\nContent-Length: 100\r\n\r\nshort", "block cut short"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := readBytes(t, &Reader{}, "frame.warc", []byte(tt.data))
			inputError(t, err)
			if !strings.Contains(err.Error(), tt.want) || len(pages) != 0 {
				t.Errorf("error = %v with %d pages, want %q", err, len(pages), tt.want)
			}
		})
	}
}
