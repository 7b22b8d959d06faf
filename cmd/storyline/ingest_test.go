package main

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
)

// commitFailingStore is a real store whose Commit starts failing after a
// number of pages, as a full disk would make it.
type commitFailingStore struct {
	storyline.Store
	left int
}

var errDiskFull = errors.New("disk full")

func (s *commitFailingStore) Commit(ctx context.Context, c *storyline.Commit) error {
	if s.left == 0 {
		return errDiskFull
	}
	s.left--
	return s.Store.Commit(ctx, c)
}

// TestIngestStopsOnStoreFailure checks that a store failure ends the run
// with that error, promptly, with the pages before it committed.
func TestIngestStopsOnStoreFailure(t *testing.T) {
	dir := t.TempDir()
	writeSyntheticCorpus(t, dir, 2, 100)
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }, Now: time.Now}
	m.Run(context.Background(), []string{"version"}) // sets the logger up
	store := openTestStore(t, filepath.Join(t.TempDir(), "fail.db"))
	defer store.Close()
	run := &ingestRun{m: m, store: &commitFailingStore{Store: store, left: 5}, opt: ingestOptions{quiet: true, workers: 2, maxPage: 1 << 20}}
	done := make(chan error, 1)
	go func() { done <- run.execute(context.Background(), []string{dir}) }()
	select {
	case err := <-done:
		if !errors.Is(err, errDiskFull) {
			t.Fatalf("execute = %v, want the store's error", err)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("ingest hung after the store failed")
	}
	if n, err := store.Count(context.Background()); err != nil || n != 5 {
		t.Errorf("stored %d articles (err %v), want the 5 committed before the failure", n, err)
	}
}
