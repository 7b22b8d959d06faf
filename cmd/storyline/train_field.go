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

// fieldFolds is the number of cross-validation folds; sites are kept whole
// in one fold, so the figure says how the choice does on new sites.
const fieldFolds = 5

// fieldTrainer trains the choice of one page field among its statements.
type fieldTrainer struct {
	field   extract.Field
	name    string // the command's word: headline, byline
	goldKey string // the key of the gold in DIR/gold/trafilatura.jsonl
	out     string
	about   string
}

func (m *Main) trainHeadline(ctx context.Context, args []string) error {
	return m.trainField(ctx, args, fieldTrainer{extract.FieldHeadline, "headline", "title", filepath.Join("extract", "headline.json"),
		`Learn how to choose an HTML page's headline among its statements of it (the
first <h1>, og:title, twitter:title, the JSON-LD headline, the <title> with and
without the site's name, go-trafilatura's pick), from the extraction benchmark's
title gold.`})
}

func (m *Main) trainByline(ctx context.Context, args []string) error {
	return m.trainField(ctx, args, fieldTrainer{extract.FieldByline, "byline", "author", filepath.Join("extract", "byline.json"),
		`Learn how to choose an HTML page's authors among its statements of them (meta
author and article:author, JSON-LD, Dublin Core, rel=author, itemprop=author,
an element whose class says author or byline, a "By ..." line, go-trafilatura's
pick), from the extraction benchmark's author gold.`})
}

func (m *Main) trainField(ctx context.Context, args []string, ft fieldTrainer) error {
	fs := m.flags("train "+ft.name, "--data DIR [--out FILE]", ft.about+`

Reads DIR/gold/trafilatura.jsonl and the pages in DIR/html. Prints the
exact accuracy cross-validated by site for each regularisation tried, then
fits on all pages and writes the model. Deterministic: the same data gives
the same bytes.`)
	data := fs.String("data", "", "the extraction benchmark folder (required)")
	out := fs.String("out", ft.out, "where to write the model")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return usageError("train %s needs --data DIR", ft.name)
	}
	xs, err := fieldExamples(ctx, *data, ft)
	if err != nil {
		return err
	}
	reachable := 0
	for _, x := range xs {
		if x.Reachable() {
			reachable++
		}
	}
	fmt.Fprintf(m.Stdout, "%d pages with a gold %s; the gold is among the candidates of %d (%.3f)\n", len(xs), ft.goldKey, reachable, float64(reachable)/float64(len(xs)))
	for _, l2 := range []float64{0, extract.FieldFitL2, 0.1} {
		fmt.Fprintf(m.Stdout, "l2 %-5g exact, %d-fold cross-validated by site: %.3f\n", l2, fieldFolds, crossValidateField(ft.field, xs, l2))
	}
	model := ft.field.Fit(xs, extract.FieldFitL2)
	right := 0
	for _, x := range xs {
		if model.Correct(x) {
			right++
		}
	}
	fmt.Fprintf(m.Stdout, "fitted on all pages (l2 %g): exact %.3f on the same pages\n", extract.FieldFitL2, float64(right)/float64(len(xs)))
	return writeFileAtomic(*out, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		return enc.Encode(model)
	})
}

// crossValidateField is the exact accuracy on held-out sites.
func crossValidateField(f extract.Field, xs []extract.FieldExample, l2 float64) float64 {
	right := 0
	for k := range fieldFolds {
		var train, test []extract.FieldExample
		for _, x := range xs {
			if siteFold(x.Group) == k {
				test = append(test, x)
			} else {
				train = append(train, x)
			}
		}
		model := f.Fit(train, l2)
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
	return int(h.Sum32() % fieldFolds)
}

// fieldExamples reads the pages of the benchmark that have a gold value.
func fieldExamples(ctx context.Context, dir string, ft fieldTrainer) ([]extract.FieldExample, error) {
	goldPath := filepath.Join(dir, "gold", "trafilatura.jsonl")
	f, err := os.Open(goldPath)
	if err != nil {
		return nil, storyline.InputError("train "+ft.name, goldPath, err)
	}
	defer f.Close()
	e := extract.New(extract.Options{})
	var xs []extract.FieldExample
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var g map[string]any
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, storyline.InputError("train "+ft.name, goldPath, err)
		}
		gold, _ := g[ft.goldKey].(string)
		id, _ := g["id"].(string)
		pageURL, _ := g["url"].(string)
		htmlPath, _ := g["html"].(string)
		if gold == "" || htmlPath == "" {
			continue
		}
		page, err := readGzipPage(filepath.Join(dir, htmlPath), id, pageURL)
		if err != nil {
			return nil, err
		}
		site := pageURL
		if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
			site = strings.TrimPrefix(u.Host, "www.")
		}
		x, err := e.FieldExample(ft.field, page, site, gold)
		if err != nil {
			continue // a page without main content has nothing to learn from
		}
		xs = append(xs, x)
	}
	return xs, sc.Err()
}

func readGzipPage(path, id, pageURL string) (*storyline.Page, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, storyline.InputError("train", path, err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, storyline.InputError("train", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, storyline.InputError("train", path, err)
	}
	return &storyline.Page{ID: id, HTML: b, Format: storyline.FormatHTML, URL: pageURL}, nil
}
