package engine

import (
	"context"
	"errors"
	"io"
	"sync"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/ingest"
)

// Observer hears how a run goes, for progress displays and logs. Every field
// may be nil. Bytes, InputDone and Failed may be called from two goroutines.
type Observer struct {
	// Bytes is called as raw input bytes are consumed.
	Bytes func(n int64)
	// InputDone is called when an input has been read to its end.
	InputDone func()
	// Committed is called after a page and its articles are stored.
	Committed func(page string, articles []string)
	// Failed is called for an input or a page that could not be read or
	// cleaned; it was skipped, the run goes on.
	Failed func(err error)
	// Ignored is called for a stray file found in a folder (a README, a
	// JSON document): it is not news, and no failure.
	Ignored func(err error)
}

// Report is what a run did.
type Report struct {
	Pages int // pages committed
	// Unchanged are the ids of the pages skipped because the store holds
	// them unchanged, in reading order: what a client that posted one
	// again needs to find its articles.
	Unchanged []string
	// Repeated counts page ids met twice in the run (a WARC that fetched a
	// URL twice, a JSON Lines id reused): the first page is kept, so that
	// running again changes nothing.
	Repeated int
	// Empty counts the pages committed that held no article (a menu, a
	// paywall's teaser, a page of links): stored, so that running again
	// passes them over, and logged one by one.
	Empty int
	// Articles are the ids of the articles committed, in commit order.
	Articles []string
	// Failed are the inputs and pages skipped, each with its reason.
	Failed []error
}

// Ingest reads every input (stdin is what an input with path "-" reads),
// runs its pages through the pipeline and the sequential steps, and commits
// each page with everything derived from it in one transaction. Inputs or
// pages that cannot be read are reported in the Report and skipped; the
// error is for what stops the run: the context, or the store.
func (e *Engine) Ingest(ctx context.Context, inputs []ingest.Input, stdin io.Reader, obs Observer) (*Report, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	r := &run{e: e, obs: obs, rep: &Report{}, seen: map[string]bool{}}
	err := r.execute(ctx, inputs, stdin)
	if err == nil {
		err = e.relink(ctx)
	}
	if err != nil {
		e.linkerStale = true // it may have linked pages that were not stored
	}
	return r.rep, err
}

// IngestBody ingests one input given as bytes, named name as a file would be
// (the name picks the reader and gives the id): what the server's ingest
// endpoint receives.
func (e *Engine) IngestBody(ctx context.Context, name string, body io.Reader, obs Observer) (*Report, error) {
	in := ingest.Input{Path: "-", Name: name, Size: -1, Explicit: true}
	return e.Ingest(ctx, []ingest.Input{in}, body, obs)
}

// run is one call of Ingest.
type run struct {
	e   *Engine
	obs Observer
	rep *Report

	// seen and the report's Unchanged and Repeated belong to the reading
	// goroutine until it ends.
	seen map[string]bool
	// changed holds the pages stored before with other content: their old
	// articles leave their stories before the new ones are assigned.
	changed sync.Map
	mu      sync.Mutex // guards rep.Failed, appended from both goroutines

	// batch holds the pages processed and not yet stored (group commit).
	batch      []*storyline.Commit
	batchBytes int
	batchStart time.Time
}

func (r *run) execute(ctx context.Context, inputs []ingest.Input, stdin io.Reader) error {
	pages, stopReading, readErr := r.startReading(ctx, inputs, stdin)
	err := r.e.pipe.Run(ctx, pages, r.commit)
	if err == nil || errors.Is(err, context.Canceled) {
		// What was processed before the end, or before a user's Ctrl-C,
		// is stored; after a store error nothing more is tried.
		if ferr := r.flush(context.WithoutCancel(ctx)); err == nil {
			err = ferr
		}
	}
	stopReading()
	// A pipeline that finished normally drained the pages to the end, so the
	// reader had finished too and its error is its own, not the cancel.
	if rerr := readErr(); err == nil {
		err = rerr
	}
	return err
}

// startReading reads the inputs on a goroutine of their own into pages.
// The consumer calls stop when it ends early (a store error), so that the
// reader does not wait forever to hand on its next page, and then readErr
// for the reader's own error, once pages is drained or stop was called.
func (r *run) startReading(ctx context.Context, inputs []ingest.Input, stdin io.Reader) (pages <-chan *storyline.Page, stop func(), readErr func() error) {
	readCtx, stopReading := context.WithCancel(ctx)
	out := make(chan *storyline.Page, 64)
	errc := make(chan error, 1)
	go func() {
		defer close(out)
		errc <- r.read(readCtx, inputs, stdin, out)
	}()
	return out, stopReading, func() error {
		err := <-errc
		stopReading()
		return err
	}
}

// read streams the pages of every input into out, skipping pages the store
// already holds unchanged.
func (r *run) read(ctx context.Context, inputs []ingest.Input, stdin io.Reader, out chan<- *storyline.Page) error {
	reader := &ingest.Reader{Stdin: stdin, MaxPageBytes: r.e.opt.MaxPageBytes, OnBytes: r.obs.Bytes}
	for _, in := range inputs {
		err := reader.Read(ctx, in, func(p *storyline.Page) error {
			return r.enqueue(ctx, p, out)
		})
		if r.obs.InputDone != nil {
			r.obs.InputDone()
		}
		switch {
		case err == nil:
		case ctx.Err() != nil:
			return ctx.Err()
		case storyline.ErrorCode(err) != storyline.EINPUT:
			return err
		case errors.Is(err, ingest.ErrUnsupported) && !in.Explicit:
			if r.obs.Ignored != nil {
				r.obs.Ignored(err)
			}
		default:
			r.fail(err)
		}
	}
	return nil
}

func (r *run) enqueue(ctx context.Context, p *storyline.Page, out chan<- *storyline.Page) error {
	if r.seen[p.ID] {
		r.rep.Repeated++
		r.e.opt.Logger.Info("page id repeated in this run; the first page is kept", "id", p.ID, "path", p.Origin.Path)
		return nil
	}
	r.seen[p.ID] = true
	if !r.e.opt.Force {
		stored, err := r.e.store.PageHash(ctx, p.ID)
		if err != nil {
			return err
		}
		if stored == PageHash(p) {
			r.rep.Unchanged = append(r.rep.Unchanged, p.ID)
			return nil
		}
		if stored != "" {
			r.changed.Store(p.ID, true)
		}
	}
	select {
	case out <- p:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// fail records an input or page that was skipped.
func (r *run) fail(err error) {
	r.mu.Lock()
	r.rep.Failed = append(r.rep.Failed, err)
	r.mu.Unlock()
	if r.obs.Failed != nil {
		r.obs.Failed(err)
	}
}
