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
// queue): Pages reads pages as Ingest does, for a publisher, and Apply and
// EndRun are the sequential half, for the one sequencer that commits what
// workers processed elsewhere.

// Apply runs the sequential steps over one page whose parallel stages ran
// elsewhere and commits it, as Ingest would at the page's place in the
// order: a page stored unchanged is passed over, a changed one first leaves
// its stories. A page that could not be cleaned goes to obs.Failed.
func (e *Engine) Apply(ctx context.Context, res pipeline.Result, obs Observer) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	r := &run{e: e, obs: obs, rep: &Report{}}
	if !e.opt.Force {
		stored, err := e.store.PageHash(ctx, res.Page.ID)
		if err != nil {
			return err
		}
		if stored == PageHash(res.Page) {
			return nil
		}
		if stored != "" {
			r.changed.Store(res.Page.ID, true)
		}
	}
	return r.commit(ctx, res)
}

// EndRun applies the renames that the pages applied so far revealed, as
// Ingest does at the end of a run.
func (e *Engine) EndRun(ctx context.Context) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.relink(ctx)
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
	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	pages := make(chan *storyline.Page, 64)
	readErr := make(chan error, 1)
	go func() {
		defer close(pages)
		readErr <- r.read(readCtx, inputs, stdin, pages)
	}()
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
	if rerr := <-readErr; err == nil {
		err = rerr
	}
	return r.rep, err
}
