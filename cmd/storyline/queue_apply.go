package main

import (
	"context"
	"io"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/pipeline"
	"github.com/storyline-news/storyline/queue"
)

// ingestApplier is the sequential half of storyline ingest (ingestRun's
// restore, commit and relink) run by the queue's sequencer, so that a queued
// ingest stores exactly what storyline ingest stores. It is the one seam
// between the queue and the ingest code: when the engine package owns the
// sequential half, it plugs in here.
type ingestApplier struct{ r *ingestRun }

var _ queue.Applier = (*ingestApplier)(nil)

func (m *Main) newIngestApplier(ctx context.Context, store storyline.Store) (queue.Applier, error) {
	r := &ingestRun{m: m, store: store, opt: ingestOptions{quiet: true},
		prog: newProgress(io.Discard, false, 0, 0)}
	if err := r.restore(ctx); err != nil {
		return nil, err
	}
	return &ingestApplier{r: r}, nil
}

// Apply commits one processed page as storyline ingest would: a page stored
// unchanged is passed over, a changed one first leaves its stories.
func (a *ingestApplier) Apply(ctx context.Context, res pipeline.Result) error {
	stored, err := a.r.store.PageHash(ctx, res.Page.ID)
	if err != nil {
		return err
	}
	if stored == pageHash(res.Page) {
		return nil
	}
	if stored != "" {
		a.r.changed.Store(res.Page.ID, true)
	}
	return a.r.commit(ctx, res)
}

// EndBatch applies the renames the batch revealed, as ingest does at its end.
func (a *ingestApplier) EndBatch(ctx context.Context) error { return a.r.relink(ctx) }
