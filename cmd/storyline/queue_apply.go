package main

import (
	"context"
	"fmt"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/engine"
	"github.com/storyline-news/storyline/pipeline"
	"github.com/storyline-news/storyline/queue"
)

// engineApplier is the engine's sequential half, run by the queue's
// sequencer, so that a queued ingest stores exactly what storyline ingest
// stores.
type engineApplier struct {
	m   *Main
	eng *engine.Engine
}

var _ queue.Applier = (*engineApplier)(nil)

// newApplier returns the queue.NewApplier of a worker: an engine restored
// from store, over the worker's pipeline (whose stages it does not run).
func (m *Main) newApplier(p *pipeline.Pipeline) queue.NewApplier {
	return func(ctx context.Context, store storyline.Store) (queue.Applier, error) {
		eng, err := engine.New(ctx, store, p, engine.Options{Now: m.Now, Logger: m.Logger})
		if err != nil {
			return nil, err
		}
		return &engineApplier{m: m, eng: eng}, nil
	}
}

func (a *engineApplier) Apply(ctx context.Context, res pipeline.Result) error {
	return a.eng.Apply(ctx, res, engine.Observer{Failed: func(err error) {
		fmt.Fprintf(a.m.Stderr, "storyline: skipped: %v\n", err)
	}})
}

func (a *engineApplier) EndBatch(ctx context.Context) error { return a.eng.EndRun(ctx) }
