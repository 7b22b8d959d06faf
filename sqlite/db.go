// Package sqlite is the embedded store: one SQLite file in WAL mode, written
// through a single connection and read through a pool, with versioned
// migrations, full-text search over titles and bodies, and the whole
// storyline.Store contract (checked by storetest).
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"slices"
	"strings"

	"github.com/storyline-news/storyline"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

var _ storyline.Store = (*DB)(nil)

// DB is an open storyline database.
//
// Writes go through one connection so that concurrent committers queue in
// database/sql instead of failing with SQLITE_BUSY; reads use their own pool,
// which WAL mode lets run beside the writer. A DB opened read-only has no
// writer: Commit and Relink fail on it.
type DB struct {
	path string
	w    *sql.DB
	r    *sql.DB

	stmts *writeStmts
	// pageHash is PageHash's query, prepared once on the read pool: an
	// ingest asks it for every page it reads.
	pageHash *sql.Stmt
	lock     *writerLock // held by OpenWriter until Close
}

// Open opens the database at path, creating it if needed, and brings its
// schema up to date. Opening a database written by a newer version of the
// code fails with an EINVALID error rather than touching it.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, &storyline.Error{Code: storyline.EINVALID, Op: "sqlite.Open", Message: "empty database path"}
	}
	w, err := sql.Open("sqlite", dsn(path, writePragmas))
	if err != nil {
		return nil, openError(path, err)
	}
	w.SetMaxOpenConns(1)
	db := &DB{path: path, w: w}
	if err := setJournal(ctx, w); err != nil {
		w.Close()
		return nil, openError(path, err)
	}
	if err := migrate(ctx, w); err != nil {
		w.Close()
		return nil, openError(path, err)
	}
	if db.stmts, err = prepareWrites(ctx, w); err != nil {
		w.Close()
		return nil, openError(path, err)
	}
	if db.r, err = sql.Open("sqlite", dsn(path, readPragmas)); err != nil {
		w.Close()
		return nil, openError(path, err)
	}
	db.r.SetMaxIdleConns(max(2, runtime.GOMAXPROCS(0)))
	if db.pageHash, err = db.r.PrepareContext(ctx, pageHashQuery); err != nil {
		db.Close()
		return nil, openError(path, err)
	}
	return db, nil
}

// OpenWriter is Open for a process that writes the store for a while (an
// ingest run): it first takes the store's writer lock (a lock on PATH.lock,
// released by Close or when the process dies), so that a second writer is
// refused with an ECONFLICT error naming the holder instead of interleaving
// its pages, stories and duplicate marks with the first one's.
func OpenWriter(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return Open(ctx, path)
	}
	if err := checkSQLiteFile(path); err != nil {
		return nil, err // before the lock file is made beside it
	}
	lock, err := lockWriter(path)
	if err != nil {
		return nil, err
	}
	db, err := Open(ctx, path)
	if err != nil {
		lock.release()
		return nil, err
	}
	db.lock = lock
	return db, nil
}

// sqliteHeader opens every SQLite database file.
const sqliteHeader = "SQLite format 3\x00"

// checkSQLiteFile refuses a path that is a folder or a file with content
// that is no SQLite database (a store given the wrong --db), which the
// store would otherwise report as "file is not a database (26)", and a
// store file this process may not write; a missing or empty file is a
// store to make.
func checkSQLiteFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return openError(path, err)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return &storyline.Error{Code: storyline.EINVALID, Op: "sqlite.OpenWriter", Path: path, Message: "a folder, not a store"}
	}
	head := make([]byte, len(sqliteHeader))
	n, _ := io.ReadFull(f, head)
	if n > 0 && string(head[:n]) != sqliteHeader {
		return &storyline.Error{Code: storyline.EINVALID, Op: "sqlite.OpenWriter", Path: path, Message: "not a storyline store: the file is no SQLite database"}
	}
	if !writable(path) {
		// SQLite would open it read-only and fail at the first commit, with
		// "attempt to write a readonly database" put on the page at hand.
		return &storyline.Error{Code: storyline.EINTERNAL, Op: "sqlite.OpenWriter", Path: path,
			Message: "the store is read-only for this user: a command that writes it cannot run (export, stories, story and search can read it)"}
	}
	return nil
}

// OpenReadOnly opens an existing database for reading only: it never
// creates the file, never migrates, and works on a file the process may
// not write. A missing file is an ENOTFOUND error, a file that is no
// storyline store or has another schema version an EINVALID one.
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, &storyline.Error{Code: storyline.EINVALID, Op: "sqlite.OpenReadOnly", Message: "empty database path"}
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, &storyline.Error{Code: storyline.ENOTFOUND, Op: "sqlite.OpenReadOnly", Path: path,
			Message: "no store here (run storyline ingest --db " + path + " first)"}
	case err != nil:
		return nil, openError(path, err)
	case info.IsDir():
		return nil, &storyline.Error{Code: storyline.EINVALID, Op: "sqlite.OpenReadOnly", Path: path, Message: "a folder, not a store"}
	}
	// A WAL store needs its -shm file, which a reader may not be able to
	// create beside a file it cannot write: such a file is read as immutable.
	return openReadOnly(ctx, path, !writable(path))
}

func openReadOnly(ctx context.Context, path string, immutable bool) (*DB, error) {
	pragmas := "mode=ro&" + readPragmas
	if immutable {
		pragmas = "mode=ro&immutable=1&" + readPragmas
	}
	r, err := sql.Open("sqlite", dsn(path, pragmas))
	if err != nil {
		return nil, openError(path, err)
	}
	r.SetMaxIdleConns(max(2, runtime.GOMAXPROCS(0)))
	if err := checkSchema(ctx, r, path); err != nil {
		r.Close()
		return nil, err
	}
	return &DB{path: path, r: r}, nil
}

// checkSchema makes sure a store opened read-only has the schema this code
// reads, since it may not migrate it.
func checkSchema(ctx context.Context, r *sql.DB, path string) error {
	v, err := schemaVersion(ctx, r)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") || strings.Contains(err.Error(), "file is not a database") {
			return &storyline.Error{Code: storyline.EINVALID, Op: "sqlite.OpenReadOnly", Path: path, Message: "not a storyline store"}
		}
		return openError(path, err)
	}
	switch latest := SchemaVersion(); {
	case v < latest:
		return &storyline.Error{Code: storyline.EINVALID, Op: "sqlite.OpenReadOnly", Path: path,
			Message: fmt.Sprintf("the store has schema version %d and this program reads %d: run storyline ingest on it once to upgrade it", v, latest)}
	case v > latest:
		return &storyline.Error{Code: storyline.EINVALID, Op: "sqlite.OpenReadOnly", Path: path,
			Message: fmt.Sprintf("the store has schema version %d, newer than this program's %d", v, latest)}
	}
	return nil
}

// writable reports whether this process may write the file at path.
func writable(path string) bool {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return false
	}
	f.Close()
	return true
}

// busyMessage is what a busy store is reported with, and all of it: the
// driver's words after it ("migrate 0001_init.sql: database is locked (5)
// (SQLITE_BUSY)") name steps the user never took.
const busyMessage = "the store is busy: another process holds it locked; try again when it is done"

// openError turns a failure to open or migrate the store into a message
// for people: a store another process holds locked is reported as busy.
func openError(path string, err error) error {
	if isBusy(err) {
		return &storyline.Error{Code: storyline.ECONFLICT, Op: "sqlite.Open", Path: path, Message: busyMessage}
	}
	if isCorrupt(err) {
		return &storyline.Error{Code: storyline.EINTERNAL, Op: "sqlite.Open", Path: path, Message: corruptMessage}
	}
	var e *storyline.Error
	if errors.As(err, &e) {
		if e.Path == "" {
			e.Path = path
		}
		return e
	}
	return &storyline.Error{Code: storyline.EINTERNAL, Op: "sqlite.Open", Path: path, Message: "cannot open the store", Err: err}
}

// corruptMessage is what a damaged store file is reported with: SQLite's
// "database disk image is malformed (11)" came after the step that met it
// ("schema version: …"), which says nothing to the user.
const corruptMessage = "the store file is damaged (SQLite finds it malformed): restore it from a copy, or ingest again into a new --db"

// isCorrupt recognises SQLite's damaged-file errors (SQLITE_CORRUPT,
// SQLITE_NOTADB).
func isCorrupt(err error) bool {
	return errorSays(err, "SQLITE_CORRUPT", "disk image is malformed", "SQLITE_NOTADB")
}

// isBusy recognises SQLite's "database is locked" (SQLITE_BUSY) and
// "database table is locked" (SQLITE_LOCKED) errors.
func isBusy(err error) bool {
	return errorSays(err, "SQLITE_BUSY", "database is locked", "SQLITE_LOCKED")
}

// errorSays reports whether err's message holds one of the words: the
// driver's errors carry SQLite's result code in their text only.
func errorSays(err error, words ...string) bool {
	if err == nil {
		return false
	}
	s := err.Error()
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
}

// Close closes both pools; the last connection to close checkpoints the WAL.
func (db *DB) Close() error {
	var errs []error
	if db.stmts != nil {
		errs = append(errs, db.stmts.close())
	}
	if db.pageHash != nil {
		errs = append(errs, db.pageHash.Close())
	}
	if db.r != nil {
		errs = append(errs, db.r.Close())
	}
	if db.w != nil {
		errs = append(errs, db.w.Close())
	}
	if db.lock != nil {
		db.lock.release()
		db.lock = nil
	}
	return errors.Join(errs...)
}

// Path is the file the database lives in.
func (db *DB) Path() string { return db.path }

// errReadOnly is returned by the write methods of a DB opened read-only.
func (db *DB) errReadOnly(op string) error {
	return &storyline.Error{Code: storyline.EINVALID, Op: op, Path: db.path, Message: "the store was opened read-only"}
}

// writePragmas: _txlock=immediate takes the write lock at BEGIN, so that a
// second process waits on busy_timeout instead of failing at its first write.
// temp_store=MEMORY keeps the statement journals in memory: Commit's
// deletes (cascading to entities, the full-text trigger) and upserts open a
// statement savepoint, and each page they change was written to a temporary
// file, a system call per page (a third of the write calls of a one-core
// ingest of the HTML dev pages: strace -c counted 43k pwrite64 calls, now
// 26k). The journals hold no more than one statement's pages.
// cache_size=-32768 keeps 32 MiB of pages (SQLite's default is 2 MiB): the
// full-text index's segments and the article tables' B-trees that a batch
// revisits stay in memory (pread64 calls of the same ingest 11.7k -> 6.6k).
// The journal mode is not among them: setJournal sets it, after the page
// size, which a new file must be given first (the driver runs the pragmas
// in name order, journal_mode before page_size).
const writePragmas = "_txlock=immediate" +
	"&_pragma=busy_timeout(10000)" +
	"&_pragma=foreign_keys(1)" +
	"&_pragma=synchronous(NORMAL)" +
	"&_pragma=temp_store(MEMORY)" +
	"&_pragma=cache_size(-32768)"

// pageSize is the page size of a new store (SQLite's default is 4 KiB). A
// commit writes every page it changed to the WAL, a frame and a write
// system call each, and a checkpoint writes them again: an article's body,
// its document and its full-text postings fill several 4 KiB pages, so
// larger pages mean fewer system calls for the same bytes (a one-core
// bench of the text dev dumps made 19,774 pwrite64 calls with 4 KiB pages
// and 2,104 with 64 KiB, strace -c). A store keeps the size it was made
// with: a WAL file's page size cannot change.
const pageSize = 64 << 10

// setJournal gives a new store its page size, then puts the store in WAL
// mode (a no-op for a store in WAL mode already, whose page size stays).
// The page size must come first: once the journal mode is set, page 1
// exists and fixes it.
func setJournal(ctx context.Context, w *sql.DB) error {
	if _, err := w.ExecContext(ctx, fmt.Sprintf("PRAGMA page_size = %d", pageSize)); err != nil {
		return err
	}
	_, err := w.ExecContext(ctx, "PRAGMA journal_mode = WAL")
	return err
}

const readPragmas = "_pragma=busy_timeout(10000)" +
	"&_pragma=foreign_keys(1)" +
	"&_pragma=query_only(1)"

// dsn builds a file: URI so that a path holding '?' or '#' still names the
// file and not a query.
func dsn(path, pragmas string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + esc + "?" + pragmas
}

// null stores an unknown (empty) value as SQL NULL, so queries can test it.
func null(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// storeError wraps a failure of a store operation for people: a busy store
// says so (ECONFLICT); an error that already is a *storyline.Error (from a
// callback, say) or a cancellation passes as it is.
func storeError(op, id string, err error) error {
	var e *storyline.Error
	if errors.As(err, &e) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if isBusy(err) {
		return &storyline.Error{Code: storyline.ECONFLICT, Op: op, Path: id, Message: busyMessage}
	}
	return &storyline.Error{Code: storyline.EINTERNAL, Op: op, Path: id, Err: err}
}
