package ingest

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

// TestReadAllIsIOReadAll holds readAll to io.ReadAll whatever the size it
// is told: right, too small, too large, unknown.
func TestReadAllIsIOReadAll(t *testing.T) {
	for _, n := range []int{0, 1, 511, 512, 513, 4096, 70000} {
		text := strings.Repeat("a line of text\n", n/15+1)[:n]
		for _, size := range []int64{0, int64(n), int64(n) / 2, int64(n) + 1, int64(n) * 2, maxReadHint + 1} {
			got, err := readAll(strings.NewReader(text), size)
			want, _ := io.ReadAll(strings.NewReader(text))
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("n=%d size=%d: readAll = %d bytes, %v; want %d bytes", n, size, len(got), err, len(want))
			}
		}
	}
}

func TestBufferSize(t *testing.T) {
	tests := []struct {
		size int64
		want int
	}{
		{-1, maxBuffer},
		{0, sniffLen},
		{100, sniffLen},
		{sniffLen - 1, sniffLen},
		{sniffLen, sniffLen + 1},
		{20000, 20001},
		{maxBuffer - 1, maxBuffer},
		{maxBuffer, maxBuffer},
		{1 << 30, maxBuffer},
	}
	for _, tt := range tests {
		if got := bufferSize(tt.size); got != tt.want {
			t.Errorf("bufferSize(%d) = %d, want %d", tt.size, got, tt.want)
		}
	}
}

func BenchmarkReadAll(b *testing.B) {
	text := strings.Repeat("a line of a text dump\n", 700)
	for _, tt := range []struct {
		name string
		size int64
	}{{"unknown", 0}, {"known", int64(len(text))}} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				readAll(strings.NewReader(text), tt.size)
			}
		})
	}
}

// TestGzipSizeHint reads a gzipped HTML page whatever its trailer says:
// right, too small, too large, or the size of its last member only; the
// hint is ISIZE, bounded by the page limit.
func TestGzipSizeHint(t *testing.T) {
	html := []byte("<html><body><p>" + strings.Repeat("A line of the page. ", 4000) + "</p></body></html>")
	whole := gzipBytes(t, html)
	twoMembers := append(gzipBytes(t, html[:100]), gzipBytes(t, html[100:])...)
	withISize := func(n uint32) []byte {
		b := append([]byte(nil), whole...)
		binary.LittleEndian.PutUint32(b[len(b)-4:], n)
		return b
	}
	for _, tt := range []struct {
		name string
		data []byte
		hint int64
	}{
		{"right", whole, int64(len(html))},
		{"two members", twoMembers, int64(len(html) - 100)},
		{"too small", withISize(10), 10},
		{"too large", withISize(1 << 30), maxDeflateRatio * int64(len(whole))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), "page.html.gz", tt.data)
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if got := gzipSizeHint(f, int64(len(tt.data)), DefaultMaxPageBytes); got != tt.hint {
				t.Errorf("gzipSizeHint = %d, want %d", got, tt.hint)
			}
			if tt.name == "too small" || tt.name == "too large" {
				return // the trailer no longer checks: gzip refuses the file
			}
			pages, err := readFile(t, &Reader{}, path)
			if err != nil || len(pages) != 1 || !bytes.Equal(pages[0].HTML, html) {
				t.Fatalf("%d pages, error %v", len(pages), err)
			}
		})
	}
	if got := gzipSizeHint(io.MultiReader(bytes.NewReader(whole)), int64(len(whole)), DefaultMaxPageBytes); got != 0 {
		t.Errorf("gzipSizeHint of a reader without ReadAt = %d, want 0", got)
	}
}

// TestReadWholeBuffered: a file read whole from its read buffer gives the
// bytes readAll gives, for files of every size about the buffer's bounds,
// and for one that grew after its size was taken.
func TestReadWholeBuffered(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{1, 10, sniffLen - 1, sniffLen, sniffLen + 1, 5000, maxBuffer - 2, maxBuffer - 1, maxBuffer, maxBuffer + 1, 3 * maxBuffer} {
		text := strings.Repeat("x", n)
		for _, grew := range []int{0, 1, 100} {
			path := filepath.Join(dir, fmt.Sprintf("p%d-%d.txt", n, grew))
			if err := os.WriteFile(path, []byte(text+strings.Repeat("y", grew)), 0o644); err != nil {
				t.Fatal(err)
			}
			var got []string
			in := Input{Path: path, Name: filepath.Base(path), Size: int64(n)} // the size before it grew
			err := (&Reader{}).Read(context.Background(), in, func(p *storyline.Page) error {
				got = append(got, p.Text)
				return nil
			})
			if want := text + strings.Repeat("y", grew); err != nil || len(got) != 1 || got[0] != want {
				t.Fatalf("%d bytes, grown %d: %d pages, %v; want the file", n, grew, len(got), err)
			}
		}
	}
}
