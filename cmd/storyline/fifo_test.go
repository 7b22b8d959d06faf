//go:build unix

package main

import (
	"context"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFOIngestInterrupted: a named pipe named on the command line that no
// one writes to no longer hangs: cancellation (SIGINT, SIGTERM) ends the
// run with exit 130.
func TestFIFOIngestInterrupted(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "feed.jsonl")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	type result struct {
		code   int
		stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, _, stderr := cli(t, ctx, "", "ingest", "--quiet", "--db", filepath.Join(dir, "s.db"), fifo)
		done <- result{code, stderr}
	}()
	time.Sleep(200 * time.Millisecond) // let it reach the open; either way the run must end
	cancel()
	select {
	case r := <-done:
		if r.code != exitInterrupted || !strings.Contains(r.stderr, "interrupted") {
			t.Errorf("exit %d, stderr %q; want %d", r.code, r.stderr, exitInterrupted)
		}
	case <-time.After(time.Minute):
		t.Fatal("ingest of a silent named pipe ignored cancellation")
	}
}
