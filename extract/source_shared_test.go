package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/sharedtest"
)

// reOwnOrigin marks pages that state their origin: a canonical link, og:url,
// og:site_name or a JSON-LD publisher.
var reOwnOrigin = regexp.MustCompile(`(?is)rel=["']?canonical|og:url|og:site_name|"publisher"\s*:`)

// sourceCoverageStride samples every n-th page in the default run;
// (STORYLINE_SOURCES_ALL=1) reads them all for the figure the README reports.
const sourceCoverageStride = 6

// TestHTMLSourceCoverage: of the benchmark pages that state their origin, at
// least 90% get a url or a source (issue 12).
func TestHTMLSourceCoverage(t *testing.T) {
	dir := sharedtest.Path(t, "data/extraction/html")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	sort.Strings(files)
	stride := sourceCoverageStride
	if os.Getenv("STORYLINE_SOURCES_ALL") != "" {
		stride = 1
	}
	x := New(Options{Now: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }})
	stating, filled, empty := 0, 0, 0
	for i := 0; i < len(files); i += stride {
		b := readGz(t, files[i])
		if !reOwnOrigin.Match(b) {
			continue
		}
		arts, err := x.Extract(context.Background(), &storyline.Page{ID: filepath.Base(files[i]), Format: storyline.FormatHTML, HTML: b})
		if err != nil || len(arts) == 0 {
			empty++
			continue
		}
		stating++
		if arts[0].URL != "" || arts[0].Source != "" {
			filled++
		}
	}
	share := float64(filled) / float64(max(stating, 1))
	t.Logf("url or source filled on %d of %d pages that state their origin (%.3f); %d gave no article", filled, stating, share, empty)
	if share < 0.90 {
		t.Errorf("coverage %.3f < 0.90", share)
	}
}

func readGz(t *testing.T, path string) []byte {
	f, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := gzip.NewReader(bytes.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
