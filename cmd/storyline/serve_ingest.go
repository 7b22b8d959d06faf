package main

import (
	"context"
	"io"
	"runtime"
	"sync"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/engine"
)

// engineIngester is what POST /api/ingest runs: the engine's IngestBody,
// with the engine built on the first write (restoring its sequential state
// from the store takes a while on a big store, and a read-only server never
// needs it).
type engineIngester struct {
	m     *Main
	store storyline.Store

	mu  sync.Mutex
	eng *engine.Engine
}

func (a *engineIngester) engine(ctx context.Context) (*engine.Engine, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.eng != nil {
		return a.eng, nil
	}
	p, err := a.m.newPipeline(runtime.GOMAXPROCS(0), nil)
	if err != nil {
		return nil, err
	}
	eng, err := engine.New(ctx, a.store, p, engine.Options{Now: a.m.Now, Logger: a.m.Logger})
	if err != nil {
		return nil, err
	}
	a.eng = eng
	return eng, nil
}

func (a *engineIngester) Ingest(ctx context.Context, name string, body io.Reader) (storyline.IngestResult, error) {
	eng, err := a.engine(ctx)
	if err != nil {
		return storyline.IngestResult{}, err
	}
	rep, err := eng.IngestBody(ctx, name, body, engine.Observer{})
	if err != nil {
		return storyline.IngestResult{}, err
	}
	res := storyline.IngestResult{Pages: rep.Pages, Articles: rep.Articles, Failed: []storyline.IngestFailure{}, Unchanged: rep.Unchanged}
	for _, f := range rep.Failed {
		res.Failed = append(res.Failed, storyline.IngestFailure{Input: name, Error: f.Error()})
	}
	return res, nil
}
