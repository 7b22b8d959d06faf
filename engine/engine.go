// Package engine owns one whole ingest: pages in, the parallel stages of a
// pipeline, the sequential steps in commit order (names linked across
// documents, duplicates and stories), the store commit, and the renames after
// a run. The command line, the HTTP server and the queue workers all ingest
// through it, so none of them holds a copy of these steps.
//
// An Engine is long-lived: it restores what the sequential steps know from
// the store once, in New, and keeps it up to date as it commits. Runs on one
// Engine are serialised, because the sequential steps depend on order.
package engine

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/cluster"
	"github.com/storyline-news/storyline/entity"
	"github.com/storyline-news/storyline/ingest"
	"github.com/storyline-news/storyline/pipeline"
)

// Store is what an ingest needs of a store: to know what is stored, to
// restore the sequential steps from it (the articles as committed), to
// commit a page, and to rename entities. Every storyline.Store is one.
type Store interface {
	storyline.PageStore
	storyline.ArticleReader
	storyline.CommitReader
	storyline.EntityRenamer
}

var _ Store = storyline.Store(nil)

// Options tune an Engine. The zero value is usable.
type Options struct {
	// Force reprocesses pages the store already holds unchanged.
	Force bool
	// MaxPageBytes bounds a page, record or text line; ingest's default when 0.
	MaxPageBytes int64
	// Now is the clock that stamps committed pages; time.Now when nil.
	Now func() time.Time
	// Logger receives debug and info records; a discarding logger when nil.
	Logger *slog.Logger
	// Cluster are the story clusterer's options; cluster.DefaultOptions when
	// nil (the evals set others to tune them).
	Cluster *cluster.Options
}

// Engine ingests pages into one store. The pipeline's Stats, when set, also
// receive the time of the sequential steps ("cluster", "commit").
type Engine struct {
	store Store
	pipe  *pipeline.Pipeline
	opt   Options

	// mu serialises runs: linker and clusterer are sequential by design.
	mu        sync.Mutex
	linker    *entity.Linker
	clusterer *cluster.Clusterer
	// linkerStale is set when the linker may have learnt names the store
	// does not hold (a stored article replaced, a run that failed): the
	// renames after the run then learn the names afresh from the store.
	linkerStale bool
}

// New returns an Engine that runs pages through pipe into store, with the
// sequential steps restored from what store already holds, so that this
// engine continues where the last run stopped.
func New(ctx context.Context, store Store, pipe *pipeline.Pipeline, opt Options) (*Engine, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.MaxPageBytes <= 0 {
		opt.MaxPageBytes = ingest.DefaultMaxPageBytes
	}
	e := &Engine{store: store, pipe: pipe, opt: opt}
	if err := e.restore(ctx); err != nil {
		return nil, err
	}
	return e, nil
}

// restore loads what the sequential steps need to know about the articles
// already stored: both replay the articles as they were committed, so that
// the engine goes on as the run that stored them would have.
func (e *Engine) restore(ctx context.Context) error {
	t0 := time.Now()
	if err := e.restoreLinker(ctx); err != nil {
		return err
	}
	copt := cluster.DefaultOptions()
	if e.opt.Cluster != nil {
		copt = *e.opt.Cluster
	}
	e.clusterer = cluster.New(copt)
	if err := e.clusterer.Restore(ctx, e.store); err != nil {
		return err
	}
	if !e.clusterer.Exact() {
		e.opt.Logger.Info("stories restored from the store as they stand: a run that goes on from here may differ a little from one run over everything")
	}
	e.opt.Logger.Debug("restored from the store", "exact", e.clusterer.Exact(), "took", time.Since(t0))
	return nil
}

// restoreLinker learns the names the stored articles were committed with:
// the linker is then the one that linked them, whatever renames were
// applied to the store since.
func (e *Engine) restoreLinker(ctx context.Context) error {
	e.linker = entity.NewLinker()
	return e.store.EachCommitted(ctx, func(a *storyline.Article) error {
		e.linker.Learn(a.Entities)
		return nil
	})
}

// relink recomputes the renames from the names every stored article was
// committed with (lone surnames that later articles explained, names typed
// against the consensus) and applies them to the names committed, undoing
// those that the evidence no longer supports: the names the store shows
// are then a function of the articles stored, not of where runs began and
// ended, and a no-op re-run finds nothing to change. The linker has learnt
// exactly those names (restored from the store, then every article it
// linked), unless it is stale.
func (e *Engine) relink(ctx context.Context) error {
	t0 := time.Now()
	if e.linkerStale {
		if err := e.restoreLinker(ctx); err != nil {
			return err
		}
		e.linkerStale = false
	}
	renames := e.linker.Renames()
	n, err := e.store.Relink(ctx, renames)
	if err != nil {
		return err
	}
	e.opt.Logger.Debug("relinked names", "names", len(renames), "articles", n, "took", time.Since(t0))
	return nil
}
