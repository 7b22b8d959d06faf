package ingest

import (
	"context"
	"errors"
	"github.com/storyline-news/storyline/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.txt", "a/z.html", "a-c.jsonl", "a/b/c.txt", ".hidden.txt", ".git/config", "a/.cache/x.txt"} {
		writeFile(t, dir, f, []byte("x"))
	}
	single := writeFile(t, t.TempDir(), "one.warc", []byte("xyz"))
	missing := filepath.Join(dir, "does-not-exist")
	ins, errs := Expand([]string{dir, single, "-", missing})

	var names []string
	for _, in := range ins {
		names = append(names, in.Name)
	}
	want := []string{"a-c.jsonl", "a/b/c.txt", "a/z.html", "b.txt", "one.warc", ""} // stdin is named from its content
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("names = %q, want %q", names, want)
	}
	if ins[4].Path != single || ins[4].Size != 3 || ins[5].Size != -1 || ins[0].Path != filepath.Join(dir, "a-c.jsonl") {
		t.Errorf("inputs = %+v", ins)
	}
	if len(errs) != 1 {
		t.Fatalf("errs = %v, want one for the missing path", errs)
	}
	if e := inputError(t, errs[0]); e.Path != missing || !errors.Is(e, os.ErrNotExist) {
		t.Errorf("error = %v", e)
	}
}

func TestExpandDotFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "page.txt", []byte("x"))
	t.Chdir(dir)
	ins, errs := Expand([]string{"."})
	if len(errs) != 0 || len(ins) != 1 || ins[0].Name != "page.txt" {
		t.Errorf("Expand(.) = %+v, %v", ins, errs)
	}
}

func TestReadMissingFile(t *testing.T) {
	_, err := readInput(t, &Reader{}, Input{Path: filepath.Join(t.TempDir(), "gone.txt"), Name: "gone.txt"})
	if e := inputError(t, err); e.Path != "gone.txt" {
		t.Errorf("error path = %q", e.Path)
	}
}

func TestEmitErrorStopsReading(t *testing.T) {
	stop := errors.New("store is full")
	recs, _ := sampleWARC(t)
	r := &Reader{Stdin: strings.NewReader(string(buildWARC(t, recs, false)))}
	calls := 0
	err := r.Read(context.Background(), Input{Path: "-", Name: "x.warc", Size: -1}, func(*storyline.Page) error {
		calls++
		return stop
	})
	if err != stop || calls != 1 {
		t.Errorf("err = %v after %d calls, want the emit error itself after 1", err, calls)
	}
}

func TestCancelStopsReading(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var lines strings.Builder
	for i := 0; i < 50000; i++ {
		lines.WriteString(`{"text":"x"}` + "\n")
	}
	r := &Reader{Stdin: strings.NewReader(lines.String())}
	calls := 0
	err := r.Read(ctx, Input{Path: "-", Name: "x.jsonl", Size: -1}, func(*storyline.Page) error {
		calls++
		if calls == 10 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || calls != 10 {
		t.Errorf("err = %v after %d calls, want context.Canceled after 10", err, calls)
	}
}

func TestOnBytesCountsRawBytes(t *testing.T) {
	data := gzipBytes(t, []byte(strings.Repeat("word ", 100000)))
	path := writeFile(t, t.TempDir(), "big.txt.gz", data)
	var seen int64
	pages, err := readFile(t, &Reader{OnBytes: func(n int64) { seen += n }}, path)
	if err != nil || len(pages) != 1 {
		t.Fatalf("%d pages, error %v", len(pages), err)
	}
	if seen != int64(len(data)) {
		t.Errorf("OnBytes saw %d bytes, the file has %d", seen, len(data))
	}
}

// TestSharedExtractionHTML reads the gzipped HTML pages of the shared
// extraction benchmark: every one must give exactly one HTML page.
func TestSharedExtractionHTML(t *testing.T) {
	dir := sharedtest.Path(t, "data/extraction/html")
	ins, errs := Expand([]string{dir})
	if len(errs) != 0 || len(ins) == 0 {
		t.Fatalf("Expand: %d inputs, errors %v", len(ins), errs)
	}
	r := &Reader{}
	for _, in := range ins {
		pages, err := readInput(t, r, in)
		if err != nil {
			t.Errorf("%s: %v", in.Name, err)
			continue
		}
		if len(pages) != 1 || pages[0].ID != in.Name || pages[0].Format != storyline.FormatHTML || len(pages[0].HTML) == 0 {
			t.Errorf("%s: %d pages", in.Name, len(pages))
		}
	}
}

// TestSharedJSONL reads the shared JSON Lines data sets: every non-blank line
// must give a page with its own id and a text or at least a title.
func TestSharedJSONL(t *testing.T) {
	dir := sharedtest.Path(t, "data/events")
	ins, _ := Expand([]string{dir})
	for _, in := range ins {
		if !strings.HasSuffix(in.Name, ".jsonl") {
			continue
		}
		pages, err := readInput(t, &Reader{}, in)
		if err != nil {
			t.Errorf("%s: %v", in.Name, err)
		}
		lines := strings.Count(strings.TrimSpace(string(mustRead(t, in.Path))), "\n") + 1
		if len(pages) != lines {
			t.Errorf("%s: %d pages from %d lines", in.Name, len(pages), lines)
		}
		for _, p := range pages {
			if p.Text == "" && p.Title == "" || strings.HasPrefix(p.ID, in.Name+"#") {
				t.Errorf("%s: page %q has no text nor title, or no own id", in.Name, p.ID)
				break
			}
		}
	}
}

// TestSharedSeeds reads the acceptance seeds folder: every text dump is one
// text page named by its file name; a stray non-input file is refused as
// ErrUnsupported, not read as an article.
func TestSharedSeeds(t *testing.T) {
	dir := sharedtest.Path(t, "seeds")
	ins, errs := Expand([]string{dir})
	if len(errs) != 0 || len(ins) == 0 {
		t.Fatalf("Expand: %d inputs, errors %v", len(ins), errs)
	}
	for _, in := range ins {
		pages, err := readInput(t, &Reader{}, in)
		if !strings.HasSuffix(in.Name, ".txt") {
			if len(pages) != 0 || (err != nil && !errors.Is(err, ErrUnsupported)) {
				t.Errorf("%s: %d pages, error %v", in.Name, len(pages), err)
			}
			continue
		}
		if err != nil || len(pages) != 1 || pages[0].ID != in.Name || pages[0].Format != storyline.FormatText || pages[0].Text == "" {
			t.Errorf("%s: %d pages, error %v", in.Name, len(pages), err)
		}
	}
}
