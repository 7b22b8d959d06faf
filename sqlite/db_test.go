package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/sqlite"
	"github.com/storyline-news/storyline/storetest"
)

func openTemp(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "storyline.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storyline.Store { return openTemp(t) })
}

func TestOpenOddPath(t *testing.T) {
	// '?', '#' and '%' must name the file, not start a URI query or escape.
	path := filepath.Join(t.TempDir(), "a?b#c%20d.db")
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer db.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not created at %q: %v", path, err)
	}
}

func TestOpenEmptyPath(t *testing.T) {
	_, err := sqlite.Open(context.Background(), "")
	if code := storyline.ErrorCode(err); code != storyline.EINVALID {
		t.Errorf("Open(\"\") code = %q (%v), want EINVALID", code, err)
	}
}

// crashEnv makes the test binary act as the process that dies mid-run.
const crashEnv = "STORYLINE_SQLITE_CRASH_DB"

// TestReopenAfterKill commits in a child process that is then killed with
// SIGKILL (no Close, WAL not checkpointed) and checks the data survives.
func TestReopenAfterKill(t *testing.T) {
	if path := os.Getenv(crashEnv); path != "" {
		commitAndDie(path)
		return
	}
	path := filepath.Join(t.TempDir(), "killed.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestReopenAfterKill$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.CombinedOutput()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("child did not die by signal: %v\n%s", err, out)
	}
	if _, err := os.Stat(path + "-wal"); err != nil {
		t.Logf("no WAL file left behind (%v); the test is weaker than meant", err)
	}
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer db.Close()
	a, err := db.Article(context.Background(), "killed.txt")
	if err != nil || a.Title != "Survivor" {
		t.Fatalf("article after kill = %+v, %v", a, err)
	}
}

func commitAndDie(path string) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		os.Exit(3)
	}
	c := &storyline.Commit{Page: storyline.PageRecord{ID: "killed.txt", Hash: "h"},
		Articles: []*storyline.Article{{ID: "killed.txt", Title: "Survivor", Body: "Still here."}}}
	if err := db.Commit(ctx, c); err != nil {
		os.Exit(4)
	}
	syscall.Kill(os.Getpid(), syscall.SIGKILL)
	select {}
}

// TestTwoHandles opens one file twice, as two processes would, and commits
// through both at once: BEGIN IMMEDIATE plus busy_timeout must serialise them
// without a "database is locked" error.
func TestTwoHandles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	var dbs [2]*sqlite.DB
	for i := range dbs {
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatalf("Open #%d: %v", i, err)
		}
		defer db.Close()
		dbs[i] = db
	}
	const per = 20
	errs := make(chan error, 2*per)
	var wg sync.WaitGroup
	for i, db := range dbs {
		wg.Go(func() {
			for j := range per {
				id := fmt.Sprintf("h%d-%d", i, j)
				c := &storyline.Commit{Page: storyline.PageRecord{ID: id, Hash: "h"},
					Articles: []*storyline.Article{{ID: id, Body: "text " + id}}}
				errs <- db.Commit(ctx, c)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	for i, db := range dbs {
		if n, err := db.Count(ctx); err != nil || n != 2*per {
			t.Errorf("handle %d sees %d articles (%v), want %d", i, n, err, 2*per)
		}
	}
}

func TestOpenRelativePath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	db, err := sqlite.Open(context.Background(), "storyline.db")
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer db.Close()
	if _, err := os.Stat(filepath.Join(dir, "storyline.db")); err != nil {
		t.Errorf("relative path not resolved against the working directory: %v", err)
	}
}
