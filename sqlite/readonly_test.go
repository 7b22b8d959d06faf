package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

// storeWithOneArticle makes a closed store holding article "p".
func storeWithOneArticle(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	c := &storyline.Commit{Page: storyline.PageRecord{ID: "p", Hash: "h"}, Articles: []*storyline.Article{{ID: "p", Body: "text"}}}
	if err := db.Commit(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestOpenReadOnly: a read-only open reads a store, as a plain file or as an
// immutable one (what a file the process may not write gets), refuses to
// write, and leaves the file as it was.
func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	for _, immutable := range []bool{false, true} {
		path := storeWithOneArticle(t)
		before, _ := os.ReadFile(path)
		db, err := openReadOnly(ctx, path, immutable)
		if err != nil {
			t.Fatalf("immutable=%v: %v", immutable, err)
		}
		if a, err := db.Article(ctx, "p"); err != nil || a.Body != "text" {
			t.Errorf("immutable=%v: article %+v, %v", immutable, a, err)
		}
		c := &storyline.Commit{Page: storyline.PageRecord{ID: "q", Hash: "h"}, Articles: []*storyline.Article{{ID: "q", Body: "x"}}}
		if err := db.Commit(ctx, c); storyline.ErrorCode(err) != storyline.EINVALID {
			t.Errorf("immutable=%v: Commit on a read-only store = %v", immutable, err)
		}
		if _, err := db.Relink(ctx, map[storyline.EntityKey]storyline.EntityKey{{Name: "a"}: {Name: "b"}}); storyline.ErrorCode(err) != storyline.EINVALID {
			t.Errorf("immutable=%v: Relink on a read-only store = %v", immutable, err)
		}
		if err := db.Close(); err != nil {
			t.Error(err)
		}
		if after, _ := os.ReadFile(path); string(after) != string(before) {
			t.Errorf("immutable=%v: the store file changed", immutable)
		}
	}
}

// TestOpenReadOnlyRefuses: no file is created for a missing store, and a
// file that is no store, or a store of another schema version, is refused
// with a message instead of being migrated.
func TestOpenReadOnlyRefuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("just some text, long enough to be no SQLite header at all...................."), 0o644)
	empty := filepath.Join(dir, "empty.db")
	if db, err := sql.Open("sqlite", empty); err == nil {
		db.Exec(`CREATE TABLE t(x)`)
		db.Close()
	}
	old := storeWithOneArticle(t)
	if db, err := sql.Open("sqlite", old); err == nil {
		db.Exec(`DELETE FROM schema_migrations`)
		db.Close()
	}
	newer := storeWithOneArticle(t)
	if db, err := sql.Open("sqlite", newer); err == nil {
		db.Exec(`INSERT INTO schema_migrations VALUES (9999, 'future', 'now')`)
		db.Close()
	}
	tests := []struct {
		name, path, code, want string
	}{
		{"missing", filepath.Join(dir, "nope.db"), storyline.ENOTFOUND, "no store here"},
		{"folder", dir, storyline.EINVALID, "a folder"},
		{"text file", text, storyline.EINVALID, "not a storyline store"},
		{"other sqlite", empty, storyline.EINVALID, "not a storyline store"},
		{"older schema", old, storyline.EINVALID, "run storyline ingest on it once"},
		{"newer schema", newer, storyline.EINVALID, "newer than this program's"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, err := OpenReadOnly(ctx, tt.path)
			if err == nil {
				db.Close()
				t.Fatal("opened")
			}
			if storyline.ErrorCode(err) != tt.code || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v (code %s), want %s saying %q", err, storyline.ErrorCode(err), tt.code, tt.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "nope.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing store was created: %v", err)
	}
}

// TestWriterLock: a second writer is refused with a message naming the
// holder while the first holds the store, and gets it after Close; plain
// readers and read-only opens are not blocked.
func TestWriterLock(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.db")
	first, err := OpenWriter(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	second, err := OpenWriter(ctx, path)
	if err == nil {
		second.Close()
		t.Fatal("two writers at once")
	}
	if storyline.ErrorCode(err) != storyline.ECONFLICT || !strings.Contains(err.Error(), "is writing this store") || !strings.Contains(err.Error(), "pid") {
		t.Errorf("second writer: %v", err)
	}
	if ro, err := OpenReadOnly(ctx, path); err != nil {
		t.Errorf("read-only open beside a writer: %v", err)
	} else {
		ro.Close()
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := OpenWriter(ctx, path)
	if err != nil {
		t.Fatalf("writer after the first closed: %v", err)
	}
	again.Close()
}

// TestBusyIsReportedAsBusy: SQLite's lock errors become an ECONFLICT that
// says the store is busy, and only that, not an internal or migration
// error.
func TestBusyIsReportedAsBusy(t *testing.T) {
	for _, tt := range []struct {
		err  error
		code string
	}{
		{errors.New("migrate 0001_init.sql: database is locked (5) (SQLITE_BUSY)"), storyline.ECONFLICT},
		{errors.New("database table is locked (SQLITE_LOCKED)"), storyline.ECONFLICT},
		{errors.New("disk I/O error"), storyline.EINTERNAL},
	} {
		for _, err := range []error{openError("x.db", tt.err), storeError("op", "id", tt.err)} {
			if storyline.ErrorCode(err) != tt.code || (tt.code == storyline.ECONFLICT) != strings.Contains(err.Error(), "the store is busy") {
				t.Errorf("%v: got %v (%s)", tt.err, err, storyline.ErrorCode(err))
			}
			if tt.code == storyline.ECONFLICT && (strings.Contains(err.Error(), "SQLITE") || strings.Contains(err.Error(), "migrate")) {
				t.Errorf("%v: the message %q names the driver's steps", tt.err, err)
			}
		}
	}
}

// TestDamagedStoreSaysSo: a damaged store file is reported as damaged,
// not by the step that met the damage ("schema version: database disk
// image is malformed (11)").
func TestDamagedStoreSaysSo(t *testing.T) {
	for _, cause := range []string{"schema version: database disk image is malformed (11)", "file is not a database (26) (SQLITE_NOTADB)"} {
		err := openError("x.db", errors.New(cause))
		if !strings.Contains(err.Error(), "damaged") || strings.Contains(err.Error(), "schema version") {
			t.Errorf("%s: %v", cause, err)
		}
	}
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	b, _ := os.ReadFile(path)
	if len(b) < 4096 {
		t.Fatalf("store of %d bytes", len(b))
	}
	// the header kept, the pages after it cut off and scrambled
	for i := 100; i < len(b); i++ {
		b[i] ^= 0x5a
	}
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
	if err := os.WriteFile(path, b[:len(b)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	if r, err := OpenReadOnly(context.Background(), path); err == nil {
		r.Close()
		t.Error("a damaged store opened")
	} else if !strings.Contains(err.Error(), "damaged") {
		t.Errorf("OpenReadOnly on a damaged store: %v", err)
	}
}

// TestOpenWriterRefusesOtherFiles: a --db that names a folder or a file
// with other content is refused (EINVALID) and nothing is made beside it;
// a missing or empty file becomes a store.
func TestOpenWriterRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "passwd")
	if err := os.WriteFile(text, []byte("root:x:0:0:root:/root:/bin/bash\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{text, dir} {
		_, err := OpenWriter(context.Background(), path)
		if storyline.ErrorCode(err) != storyline.EINVALID {
			t.Errorf("OpenWriter(%s): %v, want EINVALID", path, err)
		}
		if _, err := os.Stat(path + ".lock"); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("OpenWriter(%s) left %s.lock (%v)", path, path, err)
		}
	}
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	db, err := OpenWriter(context.Background(), empty)
	if err != nil {
		t.Fatalf("OpenWriter of an empty file: %v", err)
	}
	db.Close()
}

// TestOpenWriterReadOnlyFile: a store file the process may not write is
// refused when it is opened, with a message that says so, instead of
// failing at the first commit as a write error of the page at hand; the
// file is left as it was and no lock file is made beside it.
func TestOpenWriterReadOnlyFile(t *testing.T) {
	for _, tt := range []struct {
		name    string
		mode    os.FileMode
		wantErr bool
	}{
		{"writable", 0o644, false},
		{"read-only", 0o444, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := storeWithOneArticle(t)
			if err := os.Chmod(path, tt.mode); err != nil {
				t.Fatal(err)
			}
			os.Remove(path + "-shm")
			os.Remove(path + "-wal")
			if !tt.wantErr {
				db, err := OpenWriter(context.Background(), path)
				if err != nil {
					t.Fatal(err)
				}
				db.Close()
				return
			}
			if writable(path) {
				// root may write any file: check as an unprivileged user
				asNobody(t, path)
				return
			}
			checkReadOnlyRefused(t, path)
		})
	}
}

// roStoreEnv names the store TestOpenWriterReadOnlyAsNobody checks, set
// only when asNobody runs it.
const roStoreEnv = "STORYLINE_TEST_READ_ONLY_STORE"

// asNobody runs TestOpenWriterReadOnlyAsNobody on path in this test
// binary as the user nobody (setpriv, util-linux), for a process that may
// write any file itself.
func asNobody(t *testing.T, path string) {
	t.Helper()
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("this process may write a read-only file, and there is no setpriv to drop that")
	}
	// nobody walks to the store, and may write its folder (a lock file
	// could be made there): only the file itself is read-only
	mode := os.FileMode(0o777)
	for dir := filepath.Dir(path); dir != filepath.Dir(dir) && dir != os.TempDir(); dir = filepath.Dir(dir) {
		if err := os.Chmod(dir, mode); err != nil {
			t.Fatal(err)
		}
		mode = 0o755
	}
	cmd := exec.Command(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", os.Args[0], "-test.run=^TestOpenWriterReadOnlyAsNobody$", "-test.v")
	cmd.Env = append(os.Environ(), roStoreEnv+"="+path)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestOpenWriterReadOnlyAsNobody") {
		t.Errorf("as nobody: %v\n%s", err, out)
	}
}

// TestOpenWriterReadOnlyAsNobody is TestOpenWriterReadOnlyFile's check in
// a process that may not write the store (asNobody starts it).
func TestOpenWriterReadOnlyAsNobody(t *testing.T) {
	path := os.Getenv(roStoreEnv)
	if path == "" {
		t.Skip("run by TestOpenWriterReadOnlyFile")
	}
	if writable(path) {
		t.Fatal("this process may write the store")
	}
	checkReadOnlyRefused(t, path)
}

// checkReadOnlyRefused opens a store file this process may not write:
// OpenWriter must refuse it with a message that says so, change nothing
// and make no lock file.
func checkReadOnlyRefused(t *testing.T, path string) {
	t.Helper()
	before, _ := os.ReadFile(path)
	db, err := OpenWriter(context.Background(), path)
	if err == nil {
		db.Close()
		t.Fatal("OpenWriter opened a read-only store file")
	}
	if storyline.ErrorCode(err) != storyline.EINTERNAL || !strings.Contains(err.Error(), "the store is read-only") {
		t.Errorf("OpenWriter: %v (%s)", err, storyline.ErrorCode(err))
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("the store file changed")
	}
	if _, err := os.Stat(path + ".lock"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a lock file was made (%v)", err)
	}
}
