package dedup

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"github.com/storyline-news/storyline/sharedtest"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/extract"
)

// pageBody extracts a page and returns its articles' bodies joined: a text
// dump may be split into several articles where the HTML gives one.
func pageBody(t *testing.T, x *extract.Extractor, p *storyline.Page) string {
	arts, err := x.Extract(context.Background(), p)
	if err != nil {
		return ""
	}
	var parts []string
	for _, a := range arts {
		parts = append(parts, a.Body)
	}
	return strings.Join(parts, "\n\n")
}

// goldURLs maps page ids to their URLs: the set holds a few pages captured
// twice under two ids, which are copies of each other, not different pages.
func goldURLs(t *testing.T, dir string) map[string]string {
	out := map[string]string{}
	names, _ := filepath.Glob(filepath.Join(dir, "gold", "*.jsonl"))
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range bytes.Split(data, []byte("\n")) {
			var rec struct{ ID, URL string }
			if json.Unmarshal(line, &rec) == nil && rec.URL != "" {
				out[rec.ID] = rec.URL
			}
		}
	}
	return out
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// TestCaptures measures the near-duplicate decision on the extraction dev
// set, which holds an HTML and a text-dump capture of every page: the two
// captures of a page must match (at least 90% of pages), and captures of two
// different pages never.
func TestCaptures(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts about 1,600 pages")
	}
	dir := sharedtest.Path(t, "data/extraction")
	names, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	// The whole set takes about a minute to extract; a fixed sample keeps the
	// package test short. DEDUP_CAPTURES_ALL=1 measures every page.
	if os.Getenv("DEDUP_CAPTURES_ALL") == "" {
		names = names[:min(len(names), 300)]
	}
	urls := goldURLs(t, dir)
	samePage := func(a, b string) bool { return a == b || (urls[a] != "" && urls[a] == urls[b]) }
	x := extract.New(extract.Options{})
	h := NewHasher()
	var htmlSigs, textSigs []Signature
	var ids []string
	for _, name := range names {
		id := strings.TrimSuffix(filepath.Base(name), ".txt")
		txt, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := readGz(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			continue
		}
		tb := pageBody(t, x, &storyline.Page{ID: id + ".txt", Format: storyline.FormatText, Text: string(txt)})
		hb := pageBody(t, x, &storyline.Page{ID: id + ".html", Format: storyline.FormatHTML, HTML: raw})
		if len(bytes.TrimSpace([]byte(tb))) == 0 || len(strings.TrimSpace(hb)) == 0 {
			t.Logf("%s: an empty extraction (text %d, html %d bytes)", id, len(tb), len(hb))
		}
		ids = append(ids, id)
		textSigs = append(textSigs, h.Sign(tb))
		htmlSigs = append(htmlSigs, h.Sign(hb))
	}
	opt := DefaultOptions()
	idx := NewIndex(opt)
	for i, id := range ids {
		idx.Add(id, htmlSigs[i])
	}
	found, wrong := 0, 0
	var conts []float64
	for i, id := range ids {
		conts = append(conts, Containment(htmlSigs[i], textSigs[i]))
		got, ok := idx.Find(textSigs[i])
		switch {
		case ok && samePage(got, id):
			found++
		case !ok && os.Getenv("DEDUP_VERBOSE") != "":
			t.Logf("missed %s: containment %.2f, shingles html %d text %d", id, conts[len(conts)-1], htmlSigs[i].Shingles, textSigs[i].Shingles)
		case ok:
			wrong++
			t.Logf("text capture of %s matched the HTML capture of %s", id, got)
		}
	}
	falsePairs := 0
	for i := range ids {
		for j := range ids {
			if !samePage(ids[i], ids[j]) && Containment(htmlSigs[i], textSigs[j]) >= opt.MinContainment &&
				htmlSigs[i].Shingles >= opt.MinShingles && textSigs[j].Shingles >= opt.MinShingles {
				falsePairs++
				t.Logf("different pages over the threshold: html %s, text %s (%.2f)", ids[i], ids[j], Containment(htmlSigs[i], textSigs[j]))
			}
		}
	}
	sort.Float64s(conts)
	q := func(p float64) float64 { return conts[int(p*float64(len(conts)-1))] }
	rate := float64(found) / float64(len(ids))
	t.Logf("pages %d: found %d (%.3f), wrong %d, different-page pairs over threshold %d; containment quantiles 5%% %.2f 10%% %.2f 25%% %.2f 50%% %.2f",
		len(ids), found, rate, wrong, falsePairs, q(0.05), q(0.10), q(0.25), q(0.5))
	// The whole set must reach 0.90; the fixed sample of the short run has
	// more hard pages and a lower floor.
	floor := 0.90
	if len(names) < 807 {
		floor = 0.85
	}
	if rate < floor {
		t.Errorf("found %.3f of pages' captures as duplicates, want >= %.2f", rate, floor)
	}
	// Different URLs can still carry one text. The set holds one wire story
	// (EFE) published by two Chilean sites, a true near copy, and one page
	// saved twice, once under a made-up "hard::" URL. Allow those two pairs
	// (both directions) and fail on more.
	if falsePairs > 4 || wrong > 2 {
		t.Errorf("%d pairs of different pages over the threshold, %d wrong matches", falsePairs, wrong)
	}
}
