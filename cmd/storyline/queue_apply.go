package main

import (
	"context"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/engine"
	"github.com/storyline-news/storyline/pipeline"
	"github.com/storyline-news/storyline/queue"
)

// newApplier returns the queue.NewApplier of a worker: the sequential half
// of an engine restored from store, over the worker's pipeline (whose
// stages it does not run), so that a queued ingest stores exactly what
// storyline ingest stores.
func (m *Main) newApplier(p *pipeline.Pipeline) queue.NewApplier {
	return func(ctx context.Context, store storyline.Store) (queue.Applier, error) {
		eng, err := engine.New(ctx, store, p, engine.Options{Now: m.Now, Logger: m.Logger})
		if err != nil {
			return nil, err
		}
		return engineApplier{eng.Sequential(engine.Observer{Failed: func(err error) {
			m.tellInput("skipped", err)
		}})}, nil
	}
}

// engineApplier names EndRun as the queue calls it.
type engineApplier struct{ *engine.Sequential }

func (a engineApplier) EndBatch(ctx context.Context) error { return a.EndRun(ctx) }
