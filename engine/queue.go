package engine

import (
	"context"
	"io"
	"log/slog"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/ingest"
	"github.com/storyline-news/storyline/pipeline"
)

// This file splits an ingest in two for the scaled-out mode (package
// queue): Pages reads pages as Ingest does, for a publisher, and Sequential
// is the sequential half, for the one sequencer that commits what workers
// processed elsewhere.

// Sequential is the sequential half of an Engine for pages whose parallel
// stages ran elsewhere (the queue's workers): it applies processed pages in
// the order given, storing them in batches (group commit) as Ingest does.
type Sequential struct {
	e *Engine
	r *run
}

// Sequential returns the engine's sequential half; obs hears of commits and
// of pages that could not be cleaned.
func (e *Engine) Sequential(obs Observer) *Sequential {
	return &Sequential{e: e, r: &run{e: e, obs: obs, rep: &Report{}}}
}

// Apply runs the sequential steps over one processed page and adds it to
// the batch, as Ingest would at the page's place in the order: a page stored
// unchanged is passed over, a changed one first leaves its stories. The
// batch is stored when it is full; the caller flushes it before applying a
// page whose id is in it already, so that the store shows the earlier one.
func (s *Sequential) Apply(ctx context.Context, res pipeline.Result) error {
	s.e.mu.Lock()
	defer s.e.mu.Unlock()
	if !s.e.opt.Force {
		stored, err := s.e.store.PageHash(ctx, res.Page.ID)
		if err != nil {
			return err
		}
		if stored == resultHash(res) {
			return nil
		}
		if stored != "" {
			s.r.changed.Store(res.Page.ID, true)
		}
	}
	return s.r.commit(ctx, res)
}

// Flush stores the batch.
func (s *Sequential) Flush(ctx context.Context) error {
	s.e.mu.Lock()
	defer s.e.mu.Unlock()
	return s.r.flush(ctx)
}

// EndRun stores the batch and applies the renames that the pages applied so
// far revealed, as Ingest does at the end of a run.
func (s *Sequential) EndRun(ctx context.Context) error {
	s.e.mu.Lock()
	defer s.e.mu.Unlock()
	err := s.r.flush(ctx)
	if err == nil {
		err = s.e.relink(ctx)
	}
	if err != nil {
		s.e.linkerStale = true // it may have linked pages that were not stored
	}
	return err
}

// Pages reads inputs as Ingest does (a page id met twice keeps its first
// page; a page store holds unchanged is left out unless opt.Force) and hands
// each page to fn instead of processing it. An EINPUT error from fn skips
// that page (it is reported in the Report and to obs.Failed); another stops
// the reading. Nothing is restored from the store.
func Pages(ctx context.Context, store Store, inputs []ingest.Input, stdin io.Reader, opt Options, obs Observer,
	fn func(context.Context, *storyline.Page) error) (*Report, error) {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.MaxPageBytes <= 0 {
		opt.MaxPageBytes = ingest.DefaultMaxPageBytes
	}
	r := &run{e: &Engine{store: store, opt: opt}, obs: obs, rep: &Report{}, seen: map[string]bool{}}
	pages, stopReading, readErr := r.startReading(ctx, inputs, stdin)
	defer stopReading()
	var err error
	for p := range pages {
		if err != nil {
			continue // drain, so the reader can end
		}
		switch ferr := fn(ctx, p); {
		case storyline.ErrorCode(ferr) == storyline.EINPUT:
			r.fail(ferr)
		case ferr != nil:
			err = ferr
			stopReading()
		}
	}
	if rerr := readErr(); err == nil {
		err = rerr
	}
	return r.rep, err
}
