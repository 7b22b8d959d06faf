//go:build unix

package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/storyline-news/storyline"
)

func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
}

// TestFIFONamed: a named pipe named on the command line is read as a stream
// (its name is its id and picks its format); with no writer, cancellation
// ends the wait instead of hanging.
func TestFIFONamed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feed.jsonl")
	mkfifo(t, path)
	ins, errs := Expand([]string{path})
	if len(errs) != 0 || len(ins) != 1 || ins[0].Name != "feed.jsonl" || ins[0].Size != -1 {
		t.Fatalf("Expand = %+v, %v", ins, errs)
	}
	go func() {
		w, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		w.WriteString(`{"id":"r1","text":"one"}` + "\n")
		w.Close()
	}()
	pages, err := readInput(t, &Reader{}, ins[0])
	if err != nil || len(pages) != 1 || pages[0].ID != "r1" {
		t.Fatalf("with a writer: %d pages, error %v", len(pages), err)
	}

	// No writer: the open waits; cancellation ends it.
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- (&Reader{}).Read(ctx, ins[0], func(*storyline.Page) error { return nil }) }()
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("no writer: error %v, want context.Canceled", err)
	}

	// A writer that opens and never writes: the read waits; cancellation ends it.
	ctx, cancel = context.WithCancel(context.Background())
	opened := make(chan *os.File, 1)
	go func() {
		w, _ := os.OpenFile(path, os.O_WRONLY, 0)
		opened <- w
	}()
	go func() { done <- (&Reader{}).Read(ctx, ins[0], func(*storyline.Page) error { return nil }) }()
	w := <-opened
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("silent writer: error %v, want context.Canceled", err)
	}
	if w != nil {
		w.Close()
	}
}

// TestFIFOInFolderSkipped: a named pipe found in a folder is listed but
// never opened (it would block): Read reports it as a file ignored.
func TestFIFOInFolderSkipped(t *testing.T) {
	dir := t.TempDir()
	mkfifo(t, filepath.Join(dir, "pipe.txt"))
	writeFile(t, dir, "real.txt", []byte("A page.\n"))
	ins, errs := Expand([]string{dir})
	if len(errs) != 0 || len(ins) != 2 || ins[0].Name != "pipe.txt" {
		t.Fatalf("Expand = %+v, %v", ins, errs)
	}
	pages, err := readInput(t, &Reader{}, ins[0])
	if len(pages) != 0 || !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("pipe: %d pages, error %v", len(pages), err)
	}
}
