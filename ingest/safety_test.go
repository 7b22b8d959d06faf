package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

// TestStdinNamedFromContent: stdin without --name is named "stdin-" and the
// first 12 hex digits of the SHA-256 of its raw bytes (CONTRACT.md); with a
// name it is read as a file of that name; records keep their own ids.
func TestStdinNamedFromContent(t *testing.T) {
	hashOf := func(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:])[:12] }
	html := []byte("<html><body><p>Hello there, a page.</p></body></html>")
	text := []byte("A text page.\n")
	gz := gzipBytes(t, text)
	tests := []struct {
		name    string
		in      Input
		data    []byte
		wantIDs []string
		format  storyline.Format
	}{
		{"text", Input{Path: "-"}, text, []string{"stdin-" + hashOf(text)}, storyline.FormatText},
		{"html sniffed", Input{Path: "-"}, html, []string{"stdin-" + hashOf(html)}, storyline.FormatHTML},
		{"gzip hashes the raw bytes", Input{Path: "-"}, gz, []string{"stdin-" + hashOf(gz)}, storyline.FormatText},
		{"named", Input{Path: "-", Name: "front/page.html"}, html, []string{"front/page.html"}, storyline.FormatHTML},
		{"name picks the format", Input{Path: "-", Name: "page.txt"}, html, []string{"page.txt"}, storyline.FormatText},
		{"records keep their ids", Input{Path: "-"}, []byte(`{"id":"r1","text":"x"}` + "\n" + `{"id":"r2","text":"y"}` + "\n"), []string{"r1", "r2"}, storyline.FormatJSONL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Reader{Stdin: bytes.NewReader(tt.data)}
			pages, err := readInput(t, r, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, p := range pages {
				ids = append(ids, p.ID)
				if p.Format != tt.format {
					t.Errorf("%s: format %s, want %s", p.ID, p.Format, tt.format)
				}
			}
			if strings.Join(ids, " ") != strings.Join(tt.wantIDs, " ") {
				t.Errorf("ids = %q, want %q", ids, tt.wantIDs)
			}
		})
	}
}

// TestEmptyInputs: an empty or blank input of any format is refused as
// empty (like an empty .html), before any page is emitted.
func TestEmptyInputs(t *testing.T) {
	blankWARC := []byte("\r\n\r\n  \n")
	tests := []struct {
		file string
		data []byte
	}{
		{"a.txt", nil}, {"a.jsonl", nil}, {"a.warc", nil}, {"a.html", nil}, {"a.rss", nil}, {"noext", nil},
		{"a.txt.gz", gzipBytes(t, nil)}, {"a.warc.gz", gzipBytes(t, nil)},
		{"b.txt", []byte("\n \n\t\n")}, {"b.jsonl", []byte("\n\n  \n")}, {"b.warc", blankWARC}, {"b.html", []byte("   \n")},
		{"b.jsonl.gz", gzipBytes(t, []byte("\n\n\n"))},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), tt.file, tt.data)
			pages, err := readFile(t, &Reader{}, path)
			e := inputError(t, err)
			if !strings.Contains(err.Error(), "empty input") || e.Path != tt.file || len(pages) != 0 {
				t.Errorf("%d pages, error %v; want an empty-input error on %s", len(pages), err, tt.file)
			}
		})
	}
	t.Run("stdin", func(t *testing.T) {
		pages, err := readInput(t, &Reader{Stdin: bytes.NewReader(nil)}, Input{Path: "-"})
		if e := inputError(t, err); !strings.Contains(e.Error(), "empty input") || len(pages) != 0 {
			t.Errorf("%d pages, error %v", len(pages), err)
		}
	})
}

// TestExpandSameID: two different files that would have one id are never
// both read: the first is, each later one is refused with both paths named;
// one file named twice is read once.
func TestExpandSameID(t *testing.T) {
	root := t.TempDir()
	a := writeFile(t, root, "a/page.txt", []byte("one"))
	writeFile(t, root, "b/page.txt", []byte("two"))
	writeFile(t, root, "b/other.txt", []byte("three"))
	tests := []struct {
		name      string
		opt       ExpandOptions
		paths     []string
		wantNames []string
		wantErrs  []string
	}{
		{"two folders", ExpandOptions{}, []string{filepath.Join(root, "a"), filepath.Join(root, "b")},
			[]string{"page.txt", "other.txt", "page.txt"}[:0:0], []string{"already the id of " + filepath.Join(root, "a", "page.txt")}},
		{"a folder and a file", ExpandOptions{}, []string{filepath.Join(root, "b"), a}, []string{"other.txt", "page.txt"}, []string{"already the id of " + filepath.Join(root, "b", "page.txt")}},
		{"one file twice", ExpandOptions{}, []string{a, a, filepath.Join(root, "a")}, []string{"page.txt"}, nil},
		{"stdin twice", ExpandOptions{}, []string{"-", "-"}, []string{""}, []string{"stdin named more than once"}},
		{"stdin named like a file", ExpandOptions{StdinName: "page.txt"}, []string{a, "-"}, []string{"page.txt"}, []string{"already the id of " + a}},
		{"name without stdin", ExpandOptions{StdinName: "x.txt"}, []string{a}, []string{"page.txt"}, []string{"--name x.txt names stdin"}},
	}
	tests[0].wantNames = []string{"page.txt", "other.txt"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ins, errs := tt.opt.Expand(tt.paths)
			var names []string
			for _, in := range ins {
				names = append(names, in.Name)
			}
			if strings.Join(names, "|") != strings.Join(tt.wantNames, "|") {
				t.Errorf("names = %q, want %q", names, tt.wantNames)
			}
			if len(errs) != len(tt.wantErrs) {
				t.Fatalf("errors = %v, want %d", errs, len(tt.wantErrs))
			}
			for i, err := range errs {
				if !strings.Contains(err.Error(), tt.wantErrs[i]) {
					t.Errorf("error %q, want it to say %q", err, tt.wantErrs[i])
				}
			}
		})
	}
}

// TestFolderSymlinkNotFollowed: a symbolic link inside a folder is listed
// but not read (it might point at /etc/passwd); Read reports it as a file
// ignored (ErrUnsupported). A link named on the command line is followed.
func TestFolderSymlinkNotFollowed(t *testing.T) {
	outside := writeFile(t, t.TempDir(), "secret.txt", []byte("root:x:0:0\n"))
	dir := t.TempDir()
	writeFile(t, dir, "real.txt", []byte("A page.\n"))
	if err := os.Symlink(outside, filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	ins, errs := Expand([]string{dir})
	if len(errs) != 0 || len(ins) != 2 || ins[0].Name != "link.txt" {
		t.Fatalf("Expand = %+v, %v", ins, errs)
	}
	pages, err := readInput(t, &Reader{}, ins[0])
	if len(pages) != 0 || !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), "symbolic link, not followed") {
		t.Errorf("link: %d pages, error %v", len(pages), err)
	}
	if pages, err := readInput(t, &Reader{}, ins[1]); err != nil || len(pages) != 1 {
		t.Errorf("real file: %d pages, error %v", len(pages), err)
	}
	pages, err = readFile(t, &Reader{}, filepath.Join(dir, "link.txt"))
	if err != nil || len(pages) != 1 || pages[0].ID != "link.txt" {
		t.Errorf("link named directly: %d pages, error %v", len(pages), err)
	}
}

// TestJSONLInvalidUTF8 is reported with its line and offset, never turned
// into U+FFFD in silence; the good records around it are kept.
func TestJSONLInvalidUTF8(t *testing.T) {
	data := []byte(`{"id":"a","text":"fine"}` + "\n" + "{\"id\":\"b\",\"text\":\"bad \xff byte\"}" + "\n" + `{"id":"c","text":"fine too"}` + "\n")
	pages, err := readBytes(t, &Reader{}, "x.jsonl", data)
	if len(pages) != 2 || pages[0].ID != "a" || pages[1].ID != "c" {
		t.Errorf("pages = %d, want a and c", len(pages))
	}
	if e := inputError(t, err); !strings.Contains(e.Error(), "line 2: invalid UTF-8 at byte offset 22") {
		t.Errorf("error = %v", err)
	}
}

// TestGzipBomb: a gzip that expands more than maxGzipRatio times past one
// page limit is refused with a message instead of being read to its end.
func TestGzipBomb(t *testing.T) {
	bomb := gzipBytes(t, bytes.Repeat([]byte("\n"), 64<<20)) // 64 MiB of blank lines in 64 KB
	for _, name := range []string{"bomb.jsonl.gz", "bomb.warc.gz", "bomb.txt.gz"} {
		t.Run(name, func(t *testing.T) {
			pages, err := readBytes(t, &Reader{MaxPageBytes: 64 << 10}, name, bomb)
			e := inputError(t, err)
			want := "decompression bomb"
			if strings.HasSuffix(name, ".txt.gz") {
				want = "larger than the page limit" // a whole-file format stops at the limit first
			}
			if len(pages) != 0 || !strings.Contains(e.Error(), want) {
				t.Errorf("%d pages, error %v, want %q", len(pages), err, want)
			}
		})
	}
	// A gzip of ordinary records (expanding a few times) is read.
	var recs bytes.Buffer
	for i := range 2000 {
		fmt.Fprintf(&recs, `{"id":"r%d","text":"record %d says %x and %d other things"}`+"\n", i, i*7919, i*104729, i%97)
	}
	ok := gzipBytes(t, recs.Bytes())
	if pages, err := readBytes(t, &Reader{MaxPageBytes: 1 << 10}, "ok.jsonl.gz", ok); err != nil || len(pages) != 2000 {
		t.Errorf("ordinary gzip: %d pages, error %v", len(pages), err)
	}
}

// TestCancelStdinPipe: a read from a stdin pipe that nobody writes to ends
// at cancellation.
func TestCancelStdinPipe(t *testing.T) {
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pw.Close()
	defer pr.Close()
	for _, in := range []Input{{Path: "-", Name: "x.txt"}, {Path: "-"}} {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- (&Reader{Stdin: pr}).Read(ctx, in, func(*storyline.Page) error { return nil }) }()
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("%+v: error %v, want context.Canceled", in, err)
		}
	}
}

func TestIsDescriptorPath(t *testing.T) {
	for p, want := range map[string]bool{
		"/dev/fd/63": true, "/proc/self/fd/11": true, "/proc/123/fd/4": true, "/dev/stdin": true,
		"/dev/null": false, "feed.jsonl": false, "/tmp/fd/3": false, "/proc/self/status": false,
	} {
		if got := isDescriptorPath(p); got != want {
			t.Errorf("isDescriptorPath(%q) = %v", p, got)
		}
	}
}
