package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/extract"
)

// headlineFolds is the number of cross-validation folds; sites are kept
// whole in one fold, so the figure says how the choice does on new sites.
const headlineFolds = 5

func (m *Main) trainHeadline(ctx context.Context, args []string) error {
	fs := m.flags("train headline", "--data DIR [--out FILE]",
		`Learn how to choose an HTML page's headline among its statements of it (the
first <h1>, og:title, twitter:title, the JSON-LD headline, the <title> with and
without the site's name, go-trafilatura's pick), from the extraction benchmark's
title gold (DIR/gold/trafilatura.jsonl with the pages in DIR/html). Prints the
accuracy cross-validated by site for each regularisation tried, then fits on
all pages and writes the model. Deterministic: the same data gives the same bytes.`)
	data := fs.String("data", "", "the extraction benchmark folder (required)")
	out := fs.String("out", filepath.Join("extract", "headline.json"), "where to write the model")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return usageError("train headline needs --data DIR")
	}
	xs, err := headlineExamples(ctx, *data)
	if err != nil {
		return err
	}
	reachable := 0
	for _, x := range xs {
		if x.Reachable() {
			reachable++
		}
	}
	fmt.Fprintf(m.Stdout, "%d pages with a gold title; the gold is among the candidates of %d (%.3f)\n", len(xs), reachable, float64(reachable)/float64(len(xs)))
	for _, l2 := range []float64{0, extract.HeadFitL2, 0.1} {
		fmt.Fprintf(m.Stdout, "l2 %-5g exact, %d-fold cross-validated by site: %.3f\n", l2, headlineFolds, crossValidateHeadline(xs, l2))
	}
	model := extract.FitHeadline(xs, extract.HeadFitL2)
	right := 0
	for _, x := range xs {
		if model.Correct(x) {
			right++
		}
	}
	fmt.Fprintf(m.Stdout, "fitted on all pages (l2 %g): exact %.3f on the same pages\n", extract.HeadFitL2, float64(right)/float64(len(xs)))
	return writeFileAtomic(*out, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		return enc.Encode(model)
	})
}

// crossValidateHeadline is the exact accuracy on held-out sites.
func crossValidateHeadline(xs []extract.HeadlineExample, l2 float64) float64 {
	right := 0
	for k := range headlineFolds {
		var train, test []extract.HeadlineExample
		for _, x := range xs {
			if siteFold(x.Group) == k {
				test = append(test, x)
			} else {
				train = append(train, x)
			}
		}
		model := extract.FitHeadline(train, l2)
		for _, x := range test {
			if model.Correct(x) {
				right++
			}
		}
	}
	return float64(right) / float64(len(xs))
}

func siteFold(site string) int {
	h := fnv.New32a()
	h.Write([]byte(site))
	return int(h.Sum32() % headlineFolds)
}

// headlineExamples reads the pages of the benchmark that have a gold title.
func headlineExamples(ctx context.Context, dir string) ([]extract.HeadlineExample, error) {
	goldPath := filepath.Join(dir, "gold", "trafilatura.jsonl")
	f, err := os.Open(goldPath)
	if err != nil {
		return nil, storyline.InputError("train headline", goldPath, err)
	}
	defer f.Close()
	e := extract.New(extract.Options{})
	var xs []extract.HeadlineExample
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var g struct {
			ID, URL, HTML string
			Title         *string
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, storyline.InputError("train headline", goldPath, err)
		}
		if g.Title == nil || *g.Title == "" {
			continue
		}
		page, err := readGzipPage(filepath.Join(dir, g.HTML), g.ID, g.URL)
		if err != nil {
			return nil, err
		}
		site := g.URL
		if u, err := url.Parse(g.URL); err == nil && u.Host != "" {
			site = strings.TrimPrefix(u.Host, "www.")
		}
		x, err := e.HeadlineExample(page, site, *g.Title)
		if err != nil {
			continue // a page without main content has no headline to learn from
		}
		xs = append(xs, x)
	}
	return xs, sc.Err()
}

func readGzipPage(path, id, pageURL string) (*storyline.Page, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, storyline.InputError("train headline", path, err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, storyline.InputError("train headline", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, storyline.InputError("train headline", path, err)
	}
	return &storyline.Page{ID: id, HTML: b, Format: storyline.FormatHTML, URL: pageURL}, nil
}
