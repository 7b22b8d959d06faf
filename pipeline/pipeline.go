// Package pipeline runs pages through extraction and the per-document stages
// on several goroutines and hands the results on in input order, so that the
// order-dependent steps after it (dedup, clustering, commit) see a
// deterministic stream. It receives its stages; it imports none of them.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/storyline-news/storyline"
)

// Extractor cleans a page into articles.
type Extractor interface {
	Extract(ctx context.Context, p *storyline.Page) ([]*storyline.Article, error)
}

// Pipeline turns pages into annotated documents.
type Pipeline struct {
	Extractor Extractor
	Stages    []storyline.Stage
	// Workers is the number of pages processed at once; GOMAXPROCS when 0.
	Workers int
	// Stats, when set, receives the time spent in every stage.
	Stats *Stats
}

// Result is what became of one page.
type Result struct {
	Page *storyline.Page
	Docs []*storyline.Doc
	// Err is set when the page could not be cleaned; the stream goes on.
	Err error
}

// Run processes every page from in and calls sink with the results in the
// order the pages arrived. It returns when in is closed and drained, or at
// the first error from sink or the context.
func (p *Pipeline) Run(ctx context.Context, in <-chan *storyline.Page, sink func(context.Context, Result) error) error {
	if err := p.Check(); err != nil {
		return &storyline.Error{Code: storyline.EINTERNAL, Op: "pipeline.Run", Err: err}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Each page gets a one-slot channel queued in input order; workers fill
	// them in any order and the sink drains them in order.
	slots := make(chan chan Result, workers*4)
	jobs := make(chan job, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- p.Process(ctx, j.page)
			}
		}()
	}
	go func() {
		defer close(slots)
		defer close(jobs)
		for {
			var page *storyline.Page
			select {
			case pg, ok := <-in:
				if !ok {
					return
				}
				page = pg
			case <-ctx.Done():
				return
			}
			out := make(chan Result, 1)
			select {
			case slots <- out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{page, out}:
			case <-ctx.Done():
				return
			}
		}
	}()
	err := drain(ctx, slots, sink)
	cancel()
	wg.Wait()
	return err
}

type job struct {
	page *storyline.Page
	out  chan Result
}

func drain(ctx context.Context, slots <-chan chan Result, sink func(context.Context, Result) error) error {
	for {
		var slot chan Result
		select {
		case s, ok := <-slots:
			if !ok {
				return ctx.Err()
			}
			slot = s
		case <-ctx.Done():
			return ctx.Err()
		}
		var r Result
		select {
		case r = <-slot:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := sink(ctx, r); err != nil {
			return err
		}
	}
}

// Process cleans one page and runs every stage over each of its articles.
// A panic in a stage is turned into an error on the page: one bad document
// never takes the run down.
func (p *Pipeline) Process(ctx context.Context, page *storyline.Page) (r Result) {
	r.Page = page
	defer func() {
		if v := recover(); v != nil {
			r.Docs = nil
			r.Err = &storyline.Error{Code: storyline.EINTERNAL, Op: "pipeline", Path: page.ID, Message: fmt.Sprintf("panic: %v", v)}
		}
	}()
	done := p.Stats.start("extract")
	articles, err := p.Extractor.Extract(ctx, page)
	done(len(page.Content()))
	if err != nil {
		r.Err = err
		return r
	}
	for _, a := range articles {
		d := &storyline.Doc{Article: a, Page: page}
		if err := p.Annotate(ctx, d); err != nil {
			r.Err = err
			return r
		}
		r.Docs = append(r.Docs, d)
	}
	return r
}

// Annotate runs the stages over one document in order, skipping those built
// for another language than the article's, and records on the article
// which ran.
func (p *Pipeline) Annotate(ctx context.Context, d *storyline.Doc) error {
	d.Article.Stages = d.Article.Stages[:0]
	for _, s := range p.Stages {
		info := s.Info()
		if !info.Runs(d.Article.Language) {
			continue
		}
		done := p.Stats.start(info.Name)
		err := s.Process(ctx, d)
		done(len(d.Article.Body))
		if err != nil {
			return fmt.Errorf("%s: %w", info.Name, err)
		}
		d.Article.Stages = append(d.Article.Stages, info.Name)
	}
	return nil
}

// Check reports a stage that needs a layer no stage before it adds: the
// stage order is declared where the pipeline is wired, and a stage never
// runs an earlier one itself. A stage built for some languages only may
// not add a layer that a stage for more languages needs, since it is
// skipped for the others.
func (p *Pipeline) Check() error {
	added := map[storyline.Layer]storyline.StageInfo{}
	for _, s := range p.Stages {
		info := s.Info()
		for _, need := range info.Needs {
			by, ok := added[need]
			if !ok {
				return fmt.Errorf("pipeline: stage %s needs %s, which no stage before it adds", info.Name, need)
			}
			if len(by.Languages) > 0 && (len(info.Languages) == 0 || !sameLanguages(by, info)) {
				return fmt.Errorf("pipeline: stage %s needs %s from %s, which runs only for %v", info.Name, need, by.Name, by.Languages)
			}
		}
		for _, l := range info.Adds {
			added[l] = info
		}
	}
	return nil
}

// sameLanguages reports whether every language of b is one of a's.
func sameLanguages(a, b storyline.StageInfo) bool {
	for _, l := range b.Languages {
		if !a.Runs(l) {
			return false
		}
	}
	return true
}
