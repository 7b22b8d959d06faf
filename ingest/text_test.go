package ingest

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

func TestReadText(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		data     []byte
		limit    int64
		wantText string
		wantErr  string // substring of the error; "" for none
	}{
		{name: "bom and crlf", file: "a.txt", data: []byte("\xef\xbb\xbfone\r\ntwo\rthree\n"), wantText: "one\ntwo\nthree\n"},
		{name: "plain", file: "b.txt", data: []byte("Grüße aus Köln.\n"), wantText: "Grüße aus Köln.\n"},
		{name: "blank", file: "c.txt", data: []byte(" \r\n\n\t"), wantErr: "empty input: only white space"},
		{name: "gzipped", file: "d.txt.gz", data: gzipBytes(t, []byte("zipped text\n")), wantText: "zipped text\n"},
		{name: "invalid utf-8", file: "e.txt", data: []byte("fine until \xff here"), wantErr: "invalid UTF-8 at byte offset 11"},
		{name: "nul byte", file: "f.txt", data: []byte("abc\x00def"), wantErr: "NUL byte at byte offset 3"},
		{name: "control chars", file: "g.txt", data: []byte("a\x01b\x02c\x03d\x04e\x05"), wantErr: "control characters from byte offset 1"},
		{name: "too large", file: "h.txt", data: bytes.Repeat([]byte("x"), 101), limit: 100, wantErr: "larger than the page limit"},
		{name: "at the limit", file: "i.txt", data: bytes.Repeat([]byte("x"), 100), limit: 100, wantText: strings.Repeat("x", 100)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), tt.file, tt.data)
			pages, err := readFile(t, &Reader{MaxPageBytes: tt.limit}, path)
			if tt.wantErr != "" {
				e := inputError(t, err)
				if !strings.Contains(err.Error(), tt.wantErr) || e.Path != tt.file || e.Op != "ingest.text" {
					t.Fatalf("error = %q (op %q, path %q), want %q from ingest.text on %s", err, e.Op, e.Path, tt.wantErr, tt.file)
				}
				if len(pages) != 0 {
					t.Fatalf("got %d pages from a refused file", len(pages))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			info, _ := os.Stat(path)
			want := storyline.Page{ID: tt.file, Origin: storyline.Origin{Path: tt.file}, Format: storyline.FormatText,
				Text: tt.wantText, Captured: info.ModTime().UTC()}
			if len(pages) != 1 || !samePage(pages[0], &want) {
				t.Fatalf("pages = %+v, want [%+v]", pages, want)
			}
		})
	}
}

func TestReadTextFromStdin(t *testing.T) {
	pages, err := readBytes(t, &Reader{}, "-", []byte("Words from a pipe.\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 1 || pages[0].ID != "-" || pages[0].Origin.Path != "-" || pages[0].Text != "Words from a pipe.\n" ||
		!pages[0].Captured.IsZero() || pages[0].Format != storyline.FormatText {
		t.Fatalf("pages = %+v", pages)
	}
}

func TestReadHTML(t *testing.T) {
	fixture := mustRead(t, "testdata/page.html")
	latin1 := []byte("<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\xe9 cr\xe8me</body></html>")
	tests := []struct {
		name    string
		file    string
		data    []byte
		want    []byte
		wantErr string
	}{
		{name: "fixture", file: "page.html", data: fixture, want: fixture},
		{name: "htm latin-1", file: "old.htm", data: latin1, want: latin1},
		{name: "gzipped", file: "page.html.gz", data: gzipBytes(t, fixture), want: fixture},
		{name: "utf-16 with bom", file: "wide.html", data: []byte("\xff\xfe<\x00h\x00>\x00"), want: []byte("\xff\xfe<\x00h\x00>\x00")},
		{name: "binary", file: "image.html", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), wantErr: "binary content at byte offset 8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), tt.file, tt.data)
			pages, err := readFile(t, &Reader{}, path)
			if tt.wantErr != "" {
				inputError(t, err)
				if !strings.Contains(err.Error(), tt.wantErr) || len(pages) != 0 {
					t.Fatalf("error = %v with %d pages, want %q", err, len(pages), tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			info, _ := os.Stat(path)
			want := storyline.Page{ID: tt.file, Origin: storyline.Origin{Path: tt.file}, Format: storyline.FormatHTML,
				HTML: tt.want, Captured: info.ModTime().UTC()}
			if len(pages) != 1 || !samePage(pages[0], &want) {
				t.Fatalf("pages = %+v, want [%+v]", pages, want)
			}
		})
	}
}

// samePage compares every field of two pages.
func samePage(a, b *storyline.Page) bool {
	return a.ID == b.ID && a.Origin == b.Origin && a.Format == b.Format && a.Text == b.Text &&
		bytes.Equal(a.HTML, b.HTML) && (a.HTML == nil) == (b.HTML == nil) && a.URL == b.URL && a.Source == b.Source &&
		a.Title == b.Title && a.Byline == b.Byline && a.Published == b.Published && a.Captured.Equal(b.Captured)
}
