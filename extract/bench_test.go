package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"github.com/storyline-news/storyline/sharedtest"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/storyline-news/storyline"
)

// benchPages loads up to n dev pages of one kind from ../shared, or skips.
func benchPages(b *testing.B, kind string, n int) []*storyline.Page {
	dir := sharedtest.Path(b, filepath.Join("data", "extraction", kind))
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(files) > n {
		files = files[:n]
	}
	var pages []*storyline.Page
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		p := &storyline.Page{ID: filepath.Base(f), Format: storyline.FormatText, Text: string(raw)}
		if kind == "html" {
			zr, err := gzip.NewReader(bytes.NewReader(raw))
			if err != nil {
				b.Fatal(err)
			}
			html, _ := io.ReadAll(zr)
			p = &storyline.Page{ID: p.ID, Format: storyline.FormatHTML, HTML: html}
		}
		pages = append(pages, p)
	}
	return pages
}

func benchExtract(b *testing.B, pages []*storyline.Page) {
	x := New(Options{Now: func() time.Time { return time.Date(2026, 9, 13, 0, 0, 0, 0, time.UTC) }})
	ctx := context.Background()
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	n := 0
	for i := 0; i < b.N; i++ {
		if _, err := x.Extract(ctx, pages[i%len(pages)]); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "pages/s")
	// The machine is shared: pages per second of this process's CPU time is
	// the figure that does not depend on the neighbours' load.
	b.ReportMetric(float64(n)/(cpuTime()-cpu0).Seconds(), "pages/cpu-s")
}

func BenchmarkExtractText(b *testing.B) { benchExtract(b, benchPages(b, "text", 1000)) }

func BenchmarkExtractHTML(b *testing.B) { benchExtract(b, benchPages(b, "html", 1000)) }

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLineProbs measures the boosted line model alone over the dev
// dumps' feature rows, a block of lines at a time as score calls it (the
// trees scored the QuickScorer way, quick.go).
func BenchmarkLineProbs(b *testing.B) {
	var rows [][NumFeatures]float64
	for _, p := range benchPages(b, "text", 1000) {
		rows = append(rows, computeFeatures(splitLines(p.Text)).x...)
	}
	m := defaultModel()
	out := make([]float64, probBlock)
	b.Run(fmt.Sprintf("size=%d", len(rows)), func(b *testing.B) {
		cpu0 := cpuTime()
		for b.Loop() {
			for i := 0; i < len(rows); i += probBlock {
				m.Probs(rows[i:min(i+probBlock, len(rows))], out)
			}
		}
		b.ReportMetric(float64(len(rows)*b.N)/(cpuTime()-cpu0).Seconds(), "lines/cpu-s")
	})
}

// benchDumps cuts the first n dev text dumps into their lines, or skips.
func benchDumps(b *testing.B, n int) [][]*line {
	var dumps [][]*line
	for _, p := range benchPages(b, "text", n) {
		dumps = append(dumps, splitLines(p.Text))
	}
	return dumps
}

// BenchmarkSplitLines measures cutting the dev text dumps into measured
// lines (splitLines: words, vocabulary, dates, links, notices).
func BenchmarkSplitLines(b *testing.B) {
	for _, n := range []int{100, 1000} {
		pages := benchPages(b, "text", n)
		b.Run(fmt.Sprintf("size=%d", len(pages)), func(b *testing.B) {
			for b.Loop() {
				for _, p := range pages {
					splitLines(p.Text)
				}
			}
		})
	}
}

// BenchmarkFindDates measures findDates over every line of the dev dumps
// that has the digits of a year, as measureInto asks for them.
func BenchmarkFindDates(b *testing.B) {
	var texts []string
	for _, lines := range benchDumps(b, 1000) {
		for _, l := range lines {
			if l.digits >= 4 {
				texts = append(texts, l.text)
			}
		}
	}
	b.Run(fmt.Sprintf("size=%d", len(texts)), func(b *testing.B) {
		for b.Loop() {
			for _, s := range texts {
				findDates(s)
			}
		}
	})
}

// BenchmarkTextBylines measures reading the byline candidates of each dev
// dump's whole page, with their features (textBylines, bylineRows).
func BenchmarkTextBylines(b *testing.B) {
	dumps := benchDumps(b, 1000)
	b.Run(fmt.Sprintf("size=%d", len(dumps)), func(b *testing.B) {
		for b.Loop() {
			for _, lines := range dumps {
				if len(lines) == 0 {
					continue
				}
				first, last := len(lines)/3, len(lines)*2/3
				cands := textBylines(lines, first, last, 0)
				bylineRows(cands, lines, first, last, -1)
			}
		}
	})
}

// BenchmarkCandidates measures the headline and byline walks over 200 HTML
// dev pages as fromHTML makes them: with one ldCache for both (each JSON-LD
// script decoded once a page) and with none (decoded by each walk).
func BenchmarkCandidates(b *testing.B) {
	var docs []*html.Node
	for _, p := range benchPages(b, "html", 200) {
		if doc, err := parseHTML(p.HTML); err == nil {
			docs = append(docs, doc)
		}
	}
	for _, cached := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cached), func(b *testing.B) {
			for b.Loop() {
				for _, doc := range docs {
					meta := pageMeta{title: "a title", author: "an author"}
					if cached {
						meta.ld = ldCache{}
					}
					headlineCandidates(doc, meta)
					bylineCandidates(doc, meta)
				}
			}
		})
	}
}

// BenchmarkDateCandidates measures the date statements' walk (and the
// labelled dates of the body's text) over 200 HTML dev pages.
func BenchmarkDateCandidates(b *testing.B) {
	var docs []*html.Node
	for _, p := range benchPages(b, "html", 200) {
		if doc, err := parseHTML(p.HTML); err == nil {
			docs = append(docs, doc)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range docs {
			dateCandidates(doc, "https://example.com/news/2020/01/13/a-story", textBytes(doc, maxMainContentText+1))
		}
	}
}

// BenchmarkDumpSite measures reading each dev dump's site from its
// furniture (dumpSite: the candidate names, the rules' evidence, and the
// learned choice's measures of the names where the rules name none),
// around the body the line model keeps.
func BenchmarkDumpSite(b *testing.B) {
	x := New(Options{})
	type dump struct {
		lines []*line
		keep  []int
	}
	var dumps []dump
	for _, lines := range benchDumps(b, 1000) {
		if len(lines) > 0 {
			dumps = append(dumps, dump{lines, x.model.bodyLines(x.model.score(lines, lineCounts(lines)))})
		}
	}
	b.Run(fmt.Sprintf("size=%d", len(dumps)), func(b *testing.B) {
		for b.Loop() {
			for _, d := range dumps {
				dumpSite(d.lines, d.keep, x.textSite)
			}
		}
	})
}

// BenchmarkTextTitles measures the headline candidates of each dev dump's
// first article with their features (titleLines, titleFeatureRows: the
// lead's words, the page's repeats and the lines that hold a candidate).
func BenchmarkTextTitles(b *testing.B) {
	x := New(Options{})
	type article struct {
		lines []*line
		pt    part
		body  []string
	}
	var arts []article
	for _, p := range benchPages(b, "text", 1000) {
		if lines, pt, body, ok := x.firstArticle(p.Text); ok {
			arts = append(arts, article{lines, pt, body})
		}
	}
	b.Run(fmt.Sprintf("size=%d", len(arts)), func(b *testing.B) {
		for b.Loop() {
			for _, a := range arts {
				feed := feedTitle(a.lines)
				cands := titleLines(a.lines, a.pt.lines[0], 0, len(a.body) > 1, feed)
				titleFeatureRows(cands, a.lines, a.body, a.pt, lineCounts(a.lines), feed)
			}
		}
	})
}
