package dedup

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/extract"
)

func TestDebugPair(t *testing.T) {
	ids := filepath.SplitList(os.Getenv("DEDUP_DEBUG"))
	if len(ids) == 0 {
		t.Skip()
	}
	dir := sharedDir(t, "data/extraction")
	x := extract.New(extract.Options{})
	for _, id := range ids {
		txt, _ := os.ReadFile(filepath.Join(dir, "text", id+".txt"))
		raw, _ := readGz(filepath.Join(dir, "html", id+".html.gz"))
		a, _ := x.Extract(context.Background(), &storyline.Page{ID: id, Format: storyline.FormatText, Text: string(txt)})
		b, _ := x.Extract(context.Background(), &storyline.Page{ID: id, Format: storyline.FormatHTML, HTML: raw})
		for _, ar := range a {
			t.Logf("%s TEXT %q", id, trunc(ar.Body))
		}
		for _, ar := range b {
			t.Logf("%s HTML %q", id, trunc(ar.Body))
		}
	}
}

func trunc(s string) string {
	if len(s) > 400 {
		return s[:300] + " ... " + s[len(s)-100:]
	}
	return s
}
