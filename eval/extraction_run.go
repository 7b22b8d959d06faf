package eval

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/storyline-news/storyline"
)

// ArticleExtractor is what the extraction benchmark runs: extract.Extractor.
type ArticleExtractor interface {
	Extract(ctx context.Context, p *storyline.Page) ([]*storyline.Article, error)
}

// PageOutput is what the extractor made of one benchmark page: the bodies of
// all its parts joined, title, author and date from part 1.
type PageOutput struct {
	ID                             string
	Body, Title, Author, Published string
	Confidence                     float64
	Evidence                       string
	Parts                          int
	Err                            error
}

// Input names a kind of benchmark page: "text" dumps or "html" pages.
type Input string

const (
	InputText Input = "text"
	InputHTML Input = "html"
)

// ReadPage loads the benchmark page id of the given kind as the CLI would:
// id "<id>.txt" or "<id>.html.gz", no URL (a file carries none).
func ReadPage(dir string, in Input, id string) (*storyline.Page, error) {
	if in == InputText {
		name := id + ".txt"
		b, err := os.ReadFile(filepath.Join(dir, "text", name))
		if err != nil {
			return nil, err
		}
		return &storyline.Page{ID: name, Origin: storyline.Origin{Path: name}, Format: storyline.FormatText, Text: string(b)}, nil
	}
	name := id + ".html.gz"
	b, err := os.ReadFile(filepath.Join(dir, "html", name))
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", name, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", name, err)
	}
	return &storyline.Page{ID: name, Origin: storyline.Origin{Path: name}, Format: storyline.FormatHTML, HTML: raw}, nil
}

// RunExtraction runs x over the pages ids of one kind and returns one
// output per page and the time spent in Extract alone.
func RunExtraction(ctx context.Context, dir string, in Input, ids []string, x ArticleExtractor) ([]PageOutput, time.Duration, error) {
	outs := make([]PageOutput, 0, len(ids))
	var spent time.Duration
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return outs, spent, err
		}
		p, err := ReadPage(dir, in, id)
		if err != nil {
			return outs, spent, fmt.Errorf("eval extraction: %w", err)
		}
		start := time.Now()
		arts, err := x.Extract(ctx, p)
		spent += time.Since(start)
		outs = append(outs, pageOutput(id, arts, err))
	}
	return outs, spent, nil
}

func pageOutput(id string, arts []*storyline.Article, err error) PageOutput {
	o := PageOutput{ID: id, Err: err, Parts: len(arts)}
	bodies := make([]string, 0, len(arts))
	for _, a := range arts {
		bodies = append(bodies, a.Body)
	}
	o.Body = strings.Join(bodies, "\n\n")
	if len(arts) > 0 {
		a := arts[0]
		o.Title, o.Author, o.Published = a.Title, a.Byline, a.Published
		o.Confidence, o.Evidence = a.PublishedConfidence, a.PublishedEvidence
	}
	return o
}
