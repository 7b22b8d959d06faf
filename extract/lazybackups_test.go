package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/storyline-news/storyline/sharedtest"
)

// lazyBackupsPages bounds the dev pages TestLazyBackupsSameExtraction
// reads, to keep the test fast.
const lazyBackupsPages = 60

// TestLazyBackupsSameExtraction holds go-trafilatura's LazyBackups (no
// copies of the tree up front nor before the fallbacks, the fork's
// 12-lazy-backups and 13-fewer-copies patches) to the copies it replaces:
// the same main content and metadata on dev pages, and the caller's tree
// left as it was given.
func TestLazyBackupsSameExtraction(t *testing.T) {
	dir := filepath.Join(sharedtest.Path(t, filepath.Join("data", "extraction")), "html")
	names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	if len(names) > lazyBackupsPages {
		names = names[:lazyBackupsPages]
	}
	for _, name := range names {
		raw := readGzip(t, name)
		doc, err := parseHTML(raw)
		if err != nil {
			continue
		}
		before := render(t, doc)
		opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true, SkipLanguage: true, SkipTaxonomy: true}
		want, wantErr := trafilatura.ExtractDocument(doc, opts)
		opts.LazyBackups = true
		got, gotErr := trafilatura.ExtractDocument(doc, opts)
		if render(t, doc) != before {
			t.Errorf("%s: the caller's tree changed", filepath.Base(name))
		}
		if (wantErr == nil) != (gotErr == nil) {
			t.Errorf("%s: error %v with copies, %v without", filepath.Base(name), wantErr, gotErr)
			continue
		}
		if wantErr != nil {
			continue
		}
		if got.ContentText != want.ContentText || render(t, got.ContentNode) != render(t, want.ContentNode) {
			t.Errorf("%s: main content differs without the copies", filepath.Base(name))
		}
		if got.Metadata.Title != want.Metadata.Title || got.Metadata.Author != want.Metadata.Author ||
			got.Metadata.URL != want.Metadata.URL || got.Metadata.Sitename != want.Metadata.Sitename {
			t.Errorf("%s: metadata %+v without the copies, %+v with", filepath.Base(name), got.Metadata, want.Metadata)
		}
	}
}

func readGzip(t *testing.T, name string) []byte {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func render(t *testing.T, n *html.Node) string {
	t.Helper()
	if n == nil {
		return ""
	}
	var buf bytes.Buffer
	if err := html.Render(&buf, n); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
