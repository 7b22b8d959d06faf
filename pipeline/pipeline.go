// Package pipeline runs pages through extraction and the per-document stages
// on several goroutines and hands the results on in input order, so that the
// order-dependent steps after it (dedup, clustering, commit) see a
// deterministic stream. It receives its stages; it imports none of them.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

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
	// MaxStageRunes bounds the part of a body the stages read:
	// DefaultMaxStageRunes when 0, no bound when negative.
	MaxStageRunes int
}

// DefaultMaxStageRunes is the longest body the stages read whole. Some
// stages cost more than linear time in the length of a body (quotes: 2.6 s
// for 1 MB, 6.8 s for 2 MB) and all of them hold per-token state, so an
// 8 MB text record took 2 min 16 s and 1.5 GB. A long-form article is
// under 100,000 characters; past this bound the stages read the body up to
// the last paragraph end before it, and the article says so in Problems.
const DefaultMaxStageRunes = 200_000

func (p *Pipeline) maxStageRunes() int {
	if p.MaxStageRunes == 0 {
		return DefaultMaxStageRunes
	}
	return p.MaxStageRunes
}

// stagePrefix finds where to cut a body longer than max code points: at the
// last paragraph end (else line end, else space) in the second half of the
// first max code points, else right after them. It returns the byte offset
// of the cut, the body's length in code points, and whether to cut at all.
func stagePrefix(body string, max int) (cut, runes int, ok bool) {
	if len(body) <= max { // bytes bound code points from above
		return 0, 0, false
	}
	runes = utf8.RuneCountInString(body)
	if runes <= max {
		return 0, 0, false
	}
	n := 0
	for i := range body {
		if n == max {
			cut = i
			break
		}
		n++
	}
	for _, sep := range []string{"\n\n", "\n", " "} {
		if i := strings.LastIndex(body[:cut], sep); i >= cut/2 {
			return i, runes, true
		}
	}
	return cut, runes, true
}

// Result is what became of one page.
type Result struct {
	Page *storyline.Page
	Docs []*storyline.Doc
	// Err is set when the page could not be cleaned; the stream goes on.
	Err error
	// Hash is the page's content hash when Page travels without its
	// content (the queue's results: the stages have read it, and the
	// sequential steps need only the hash); "" when Page has its content.
	Hash string
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
	done(page.ContentLen())
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
// for another language than the article's and the transient ones whose
// layers no later stage that runs needs, and records on the article which
// ran. A stage sees at most maxStageRunes of a long body, cut at a
// paragraph end; the article keeps its whole body and says so in its
// problems, with every problem the stages found.
func (p *Pipeline) Annotate(ctx context.Context, d *storyline.Doc) error {
	d.Article.Stages = d.Article.Stages[:0]
	defer func() {
		for _, e := range d.Problems {
			d.Article.Problems = append(d.Article.Problems, e.Error())
		}
	}()
	if full := d.Article.Body; p.maxStageRunes() > 0 {
		if cut, runes, ok := stagePrefix(full, p.maxStageRunes()); ok {
			d.Article.Body = full[:cut]
			defer func() { d.Article.Body = full }()
			d.Problems = append(d.Problems, fmt.Errorf("the body is %d characters long: entities, quotes and dates were looked for in its first %d only", runes, utf8.RuneCountInString(full[:cut])))
		}
	}
	infos := make([]storyline.StageInfo, len(p.Stages))
	for i, s := range p.Stages {
		infos[i] = s.Info()
	}
	for i, s := range p.Stages {
		info := infos[i]
		if !info.Runs(d.Article.Language) || info.Transient && !neededAfter(infos[i+1:], info.Adds, d.Article.Language) {
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

// neededAfter reports whether one of the later stages (their infos) that
// runs for an article in language lang needs one of the layers.
func neededAfter(later []storyline.StageInfo, layers []storyline.Layer, lang string) bool {
	for _, info := range later {
		if !info.Runs(lang) {
			continue
		}
		for _, need := range info.Needs {
			if slices.Contains(layers, need) {
				return true
			}
		}
	}
	return false
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
