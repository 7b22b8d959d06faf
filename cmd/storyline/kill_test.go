package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/sqlite"
)

// TestMain lets the test binary stand in for the storyline binary, so the
// kill test runs a real process without a separate build.
func TestMain(m *testing.M) {
	if os.Getenv("STORYLINE_TEST_AS_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// TestStoppedIngestLosesNothing stops a real ingest process while it
// commits, with SIGKILL (nothing gets to clean up) and with SIGINT (a user's
// Ctrl-C: the run stops gracefully with exit code 130), then checks that every
// committed page is whole and that running the same command again finishes
// the job without storing anything twice, and exports what one uninterrupted
// run exports.
func TestStoppedIngestLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts real processes")
	}
	tests := []struct {
		name     string
		signal   syscall.Signal
		wantCode int // -1: killed, no exit code
	}{
		{"SIGKILL", syscall.SIGKILL, -1},
		{"SIGINT", syscall.SIGINT, exitInterrupted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			corpus := filepath.Join(dir, "corpus")
			const files, perFile = 6, 150
			writeSyntheticCorpus(t, corpus, files, perFile)
			db := filepath.Join(dir, "stop.db")

			code := stopIngestMidway(t, db, corpus, tt.signal)
			if code != tt.wantCode {
				t.Errorf("exit code %d after %s, want %d", code, tt.name, tt.wantCode)
			}
			stopped := countArticles(t, db)
			if stopped >= files*perFile {
				t.Fatalf("the process finished (%d articles) before it was stopped; make the corpus larger", stopped)
			}
			assertPagesWhole(t, db)

			rerun := storylineProcess(t, "ingest", "--quiet", "--db", db, corpus)
			if out, err := rerun.CombinedOutput(); err != nil {
				t.Fatalf("rerun after %s: %v\n%s", tt.name, err, out)
			}
			if got := countArticles(t, db); got != files*perFile {
				t.Fatalf("after the rerun: %d articles, want %d (stopped at %d)", got, files*perFile, stopped)
			}
			assertPagesWhole(t, db)
			// ... and stored what one uninterrupted run stores.
			whole := filepath.Join(dir, "whole.db")
			runCLI(t, "ingest", "--quiet", "--db", whole, corpus)
			want := exportAll(t, whole)
			for what, got := range exportAll(t, db) {
				if got != want[what] {
					t.Errorf("after %s and a rerun, export %s differs from one run in %d lines", tt.name, what, differingLines(want[what], got))
				}
			}
			t.Logf("stopped after %d of %d articles; the rerun finished the job", stopped, files*perFile)
		})
	}
}

// stopIngestMidway starts an ingest, sends sig once some articles are
// committed, and returns the process's exit code (-1 when killed).
func stopIngestMidway(t *testing.T, db, corpus string, sig syscall.Signal) int {
	cmd := storylineProcess(t, "ingest", "--quiet", "--workers", "1", "--db", db, corpus)
	var output strings.Builder
	cmd.Stdout, cmd.Stderr = &output, &output
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	waitForArticles(t, db, 40, exited, &output)
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	<-exited
	return cmd.ProcessState.ExitCode()
}

func storylineProcess(t *testing.T, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "STORYLINE_TEST_AS_MAIN=1")
	return cmd
}

// writeSyntheticCorpus writes JSON Lines files of made-up articles.
func writeSyntheticCorpus(t *testing.T, dir string, files, perFile int) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("council minister harbour vote budget river festival talks border storm election court report energy farmers union strike museum")
	for f := range files {
		var b strings.Builder
		for i := range perFile {
			var body strings.Builder
			for s := range 12 {
				fmt.Fprintf(&body, "Sentence %d of record %d says the %s and the %s met over the %s. ", s, i,
					words[rng.IntN(len(words))], words[rng.IntN(len(words))], words[rng.IntN(len(words))])
			}
			fmt.Fprintf(&b, `{"id":"f%d-r%d","title":"Record %d of file %d","date":"2026-01-%02d","text":%q}`+"\n", f, i, i, f, 1+i%28, body.String())
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("part-%d.jsonl", f)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// waitForArticles waits until the ingest writing db has committed n
// articles. It looks as a reader does (read-only, no migration): a probe
// that opened the store to write would race the ingest's own migration of
// the new file, and in that race SQLite refuses one of the two writers at
// once (a deadlock its busy timeout cannot wait out), as a CI run saw.
func waitForArticles(t *testing.T, db string, n int, exited <-chan struct{}, output fmt.Stringer) {
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if committedArticles(db) >= n {
			return
		}
		select {
		case <-exited:
			t.Fatalf("ingest exited before %d articles were committed:\n%s", n, output)
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("no %d articles committed within the deadline", n)
}

// committedArticles is how many articles a reader finds in the store at
// path; 0 while it is not yet a store a reader can open (being created,
// its schema not yet written).
func committedArticles(path string) int {
	s, err := sqlite.OpenReadOnly(context.Background(), path)
	if err != nil {
		return 0
	}
	defer s.Close()
	n, err := s.Count(context.Background())
	if err != nil {
		return 0
	}
	return n
}

func countArticles(t *testing.T, path string) int {
	t.Helper()
	s := openTestStore(t, path)
	defer s.Close()
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// assertPagesWhole checks that every stored article is readable and complete.
func assertPagesWhole(t *testing.T, path string) {
	t.Helper()
	s := openTestStore(t, path)
	defer s.Close()
	err := s.EachArticle(context.Background(), func(a *storyline.Article) error {
		if a.Body == "" || a.Title == "" || a.Published == "" {
			return fmt.Errorf("article %s is incomplete: %+v", a.ID, a)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func openTestStore(t *testing.T, path string) storyline.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	return s
}
