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
// restore the sequential steps from it, to commit a page, and to rename
// entities. Every storyline.Store is one.
type Store interface {
	storyline.PageStore
	storyline.ArticleReader
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
// already stored.
func (e *Engine) restore(ctx context.Context) error {
	if err := e.restoreLinker(ctx); err != nil {
		return err
	}
	e.clusterer = cluster.New(cluster.DefaultOptions())
	return e.clusterer.Restore(ctx, e.store)
}

// restoreLinker learns the names the store holds.
func (e *Engine) restoreLinker(ctx context.Context) error {
	e.linker = entity.NewLinker()
	return e.store.EachEntity(ctx, func(en *storyline.Entity) error {
		e.linker.LearnName(storyline.EntityKey{Name: en.Name, Type: en.Type}, en.Mentions)
		return nil
	})
}

// maxRelinkRounds bounds the renames after a run. A rename can make another
// one due (a name's mentions move to its new type or full name and change a
// consensus), so relink repeats until nothing is pending, each round on a
// linker learnt afresh from the renamed store: exactly what the next run
// would restore, so that a no-op re-run finds nothing to change. Chains are
// short; the bound only guards against a cycle.
const maxRelinkRounds = 8

// relink gives the lone surnames stored earlier the full names that later
// articles revealed, and the names typed against the consensus its type.
func (e *Engine) relink(ctx context.Context) error {
	for round := range maxRelinkRounds {
		renames := e.linker.Pending()
		if len(renames) == 0 {
			return nil
		}
		n, err := e.store.RenameEntities(ctx, renames)
		if err != nil {
			return err
		}
		e.opt.Logger.Debug("relinked names", "round", round+1, "names", len(renames), "articles", n)
		if err := e.restoreLinker(ctx); err != nil {
			return err
		}
	}
	return nil
}
