package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/storyline-news/storyline/postgres"
	"github.com/storyline-news/storyline/postgres/pgtest"
	"github.com/storyline-news/storyline/queue/natstest"
	"github.com/storyline-news/storyline/sharedtest"
)

// testAckWait is how soon a killed worker's page goes to another in the tests.
const testAckWait = 5 * time.Second

// queueDeadline bounds one queued run in the tests: each takes seconds, so
// a stalled queue fails its test, with every process's output, well before
// go test's ten minutes stop the whole package without saying why.
const queueDeadline = 4 * time.Minute

// startWorker starts a storyline worker process, stopped with SIGTERM (and
// checked to exit cleanly) when the test ends unless it was killed before.
// A failed test logs what every worker printed.
func startWorker(t *testing.T, url, stream, db string) *exec.Cmd {
	t.Helper()
	cmd := storylineProcess(t, "worker", "--queue", url, "--stream", stream, "--db", db, "--workers", "1", "--metrics", "", "--ack-wait", testAckWait.String())
	out := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Signal(syscall.SIGTERM)
			if err := cmd.Wait(); err != nil && !t.Failed() {
				t.Errorf("worker after SIGTERM: %v", err)
			}
		}
		if t.Failed() {
			t.Logf("worker %d printed:\n%s", cmd.Process.Pid, out.String())
		}
	})
	return cmd
}

// lockedBuffer collects a process's output while the test may read it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// queuedRun ingests paths through the queue with n worker processes into a
// fresh PostgreSQL schema and returns its URL and the inputs it skipped.
func queuedRun(t *testing.T, n int, paths ...string) (db string, skipped []string) {
	url, stream := natstest.Stream(t)
	db = pgtest.URL(t)
	for range n {
		startWorker(t, url, stream, db)
	}
	args := append([]string{"ingest", "--quiet", "--queue", url, "--stream", stream, "--db", db, "--wait"}, paths...)
	return db, skippedLines(runWithin(t, queueDeadline, args...))
}

// runWithin runs the binary and returns its output; it fails the test on an
// exit code other than 0 or exitInputErrors (inputs skipped, each named).
func runWithin(t *testing.T, d time.Duration, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	cmd := storylineProcess(t, args...)
	cmd = exec.CommandContext(ctx, cmd.Path, cmd.Args[1:]...)
	cmd.Env = append(os.Environ(), "STORYLINE_TEST_AS_MAIN=1")
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == exitInputErrors) {
		t.Fatalf("storyline %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// ingestSkipping runs storyline ingest in-process and returns the inputs it
// skipped; it fails the test on an exit code other than 0 or exitInputErrors.
func ingestSkipping(t *testing.T, args ...string) []string {
	t.Helper()
	var stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr, Getenv: func(string) string { return "" }, Now: time.Now}
	if code := m.Run(context.Background(), append([]string{"ingest"}, args...)); code != exitOK && code != exitInputErrors {
		t.Fatalf("storyline ingest %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	return skippedLines(stderr.String())
}

// skippedLines are the "skipped:" lines of a run's output, sorted.
func skippedLines(out string) []string {
	var lines []string
	for l := range strings.Lines(out) {
		if strings.Contains(l, "skipped: ") {
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	slices.Sort(lines)
	return lines
}

// sameExports checks that every export of two stores is the same, byte for byte.
func sameExports(t *testing.T, got, want string) {
	t.Helper()
	for _, kind := range exportKinds {
		w := runCLI(t, "export", "--db", want, kind)
		g := runCLI(t, "export", "--db", got, kind)
		if len(w) == 0 && kind == "articles" {
			t.Fatalf("no articles in the reference store")
		}
		if !bytes.Equal(g, w) {
			t.Errorf("export %s of the queued run differs from storyline ingest's:\n%s", kind, firstDiff(g, w))
		}
	}
}

// TestQueueEquivalence: whatever the number of workers, a queued ingest
// exports what storyline ingest into SQLite exports (CONTRACT.md, "Scaled
// out"). The shared dev sets (events dev, extraction text: minutes) run when
// $STORYLINE_TEST_QUEUE_SHARED is set, as .ci/run sets it.
func TestQueueEquivalence(t *testing.T) {
	if testing.Short() {
		t.Skip("starts real processes")
	}
	sets := []struct {
		name  string
		paths []string
	}{
		{"examples", []string{filepath.Join("..", "..", "examples", "corpus")}},
	}
	if os.Getenv("STORYLINE_TEST_QUEUE_SHARED") != "" {
		sets = append(sets, struct {
			name  string
			paths []string
		}{"events-dev", []string{sharedtest.Path(t, "data/events/basil-dev.jsonl"), sharedtest.Path(t, "data/events/ecbplus-dev.jsonl")}},
			struct {
				name  string
				paths []string
			}{"extraction-text", []string{sharedtest.Path(t, "data/extraction/text")}})
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			lite := filepath.Join(t.TempDir(), "lite.db")
			skipped := ingestSkipping(t, append([]string{"--quiet", "--db", lite}, set.paths...)...)
			for _, n := range []int{1, 3} {
				t.Run(fmt.Sprintf("workers=%d", n), func(t *testing.T) {
					db, qskipped := queuedRun(t, n, set.paths...)
					if !slices.Equal(qskipped, skipped) {
						t.Errorf("the queued run skipped %q, storyline ingest %q", qskipped, skipped)
					}
					sameExports(t, db, lite)
				})
			}
		})
	}
}

// TestQueueWorkerKilled kills the only worker with SIGKILL in the middle of
// a queued run and starts two others: nothing is lost or stored twice, and
// the export equals storyline ingest's.
func TestQueueWorkerKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts real processes")
	}
	url, stream := natstest.Stream(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	writeSyntheticCorpus(t, corpus, 4, 60)
	lite := filepath.Join(dir, "lite.db")
	runCLI(t, "ingest", "--quiet", "--db", lite, corpus)
	db := pgtest.URL(t)

	first := startWorker(t, url, stream, db)
	ingest := storylineProcess(t, "ingest", "--quiet", "--queue", url, "--stream", stream, "--db", db, "--wait", corpus)
	out := &lockedBuffer{}
	ingest.Stdout, ingest.Stderr = out, out
	if err := ingest.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- ingest.Wait() }()
	pg := openPG(t, db)
	waitStored(t, pg, 20)
	if err := first.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	first.Wait()
	killedAt := countPG(t, pg)
	startWorker(t, url, stream, db)
	startWorker(t, url, stream, db)
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("ingest --wait: %v\n%s", err, out.String())
		}
	case <-time.After(queueDeadline):
		ingest.Process.Kill()
		t.Fatalf("the queue did not drain after the kill; ingest printed:\n%s", out.String())
	}
	if total := countPG(t, pg); killedAt >= total {
		t.Fatalf("the worker was killed after the run finished (%d of %d articles); make the corpus larger", killedAt, total)
	}
	sameExports(t, db, lite)
	var left, dead int
	pg.Pool().QueryRow(context.Background(), `SELECT (SELECT count(*) FROM queue_results), (SELECT count(*) FROM queue_dead)`).Scan(&left, &dead)
	if left != 0 || dead != 0 {
		t.Errorf("after the run: %d results unapplied, %d dead letters; want none", left, dead)
	}
	t.Logf("killed the worker at %d articles", killedAt)
}

func openPG(t *testing.T, url string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func countPG(t *testing.T, db *postgres.DB) int {
	t.Helper()
	n, err := db.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func waitStored(t *testing.T, db *postgres.DB, n int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if countPG(t, db) >= n {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no %d articles stored within the deadline", n)
}

// TestWorkerStoppedDuringStartup: a worker told to stop before it has
// started (here its context is cancelled before it dials, as SIGTERM does
// while a loaded machine is still starting it) ends cleanly, exit 0, not as
// an interrupted run.
func TestWorkerStoppedDuringStartup(t *testing.T) {
	url, stream := natstest.Stream(t)
	db := pgtest.URL(t)
	var stdout, stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }, Now: time.Now}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if code := m.Run(ctx, []string{"worker", "--queue", url, "--stream", stream, "--db", db, "--metrics", ""}); code != exitOK {
		t.Errorf("worker stopped during start-up: exit %d, want %d\n%s", code, exitOK, stderr.String())
	}
}
