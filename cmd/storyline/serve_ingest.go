package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/storyline-news/storyline"
)

// cliIngester is the temporary adapter behind POST /api/ingest: it runs the
// ingest command's own code on the body, saved under its name in a
// temporary folder (so the name picks the reader and the id exactly as a
// file named on the command line would). It goes when package engine
// implements web.Ingester.
type cliIngester struct {
	m     *Main
	store storyline.Store
	// mu serialises ingests: the sequential steps (linking, clustering)
	// restore their state from the store and must see every earlier commit.
	mu sync.Mutex
}

func (c *cliIngester) Ingest(ctx context.Context, name string, body io.Reader) (storyline.IngestResult, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	dir, err := os.MkdirTemp("", "storyline-ingest-")
	if err != nil {
		return storyline.IngestResult{}, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, filepath.Base(name))
	f, err := os.Create(path)
	if err != nil {
		return storyline.IngestResult{}, err
	}
	_, err = io.Copy(f, body)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return storyline.IngestResult{}, err
	}
	var stderr bytes.Buffer
	child := *c.m
	child.Stderr = &stderr
	rec := &recordingStore{Store: c.store}
	run := &ingestRun{m: &child, store: rec, opt: ingestOptions{quiet: true, workers: 1, maxPage: 32 << 20}}
	err = run.execute(ctx, []string{path})
	if _, partial := err.(*partialError); err != nil && !partial {
		return storyline.IngestResult{}, err
	}
	res := storyline.IngestResult{Pages: rec.pages, Articles: rec.articles, Failed: []storyline.IngestFailure{}}
	for _, line := range strings.Split(stderr.String(), "\n") {
		if msg, ok := strings.CutPrefix(line, "storyline: skipped: "); ok {
			// Messages name the temporary path; the client knows the input by its name.
			msg = strings.ReplaceAll(msg, path, name)
			res.Failed = append(res.Failed, storyline.IngestFailure{Input: name, Error: msg})
		}
	}
	if res.Articles == nil {
		res.Articles = []string{}
	}
	return res, nil
}

// recordingStore notes what each commit stores.
type recordingStore struct {
	storyline.Store
	pages    int
	articles []string
}

func (r *recordingStore) Commit(ctx context.Context, cm *storyline.Commit) error {
	if err := r.Store.Commit(ctx, cm); err != nil {
		return err
	}
	r.pages++
	for _, a := range cm.Articles {
		r.articles = append(r.articles, a.ID)
	}
	return nil
}
