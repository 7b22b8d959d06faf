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
	"runtime"
	"strings"

	"github.com/storyline-news/storyline"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

var _ storyline.Store = (*DB)(nil)

// DB is an open storyline database.
//
// Writes go through one connection so that concurrent committers queue in
// database/sql instead of failing with SQLITE_BUSY; reads use their own pool,
// which WAL mode lets run beside the writer.
type DB struct {
	path string
	w    *sql.DB
	r    *sql.DB

	stmts *writeStmts
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
		return nil, fmt.Errorf("sqlite.Open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	db := &DB{path: path, w: w}
	if err := migrate(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite.Open %s: %w", path, err)
	}
	if db.stmts, err = prepareWrites(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite.Open %s: %w", path, err)
	}
	if db.r, err = sql.Open("sqlite", dsn(path, readPragmas)); err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite.Open %s: %w", path, err)
	}
	db.r.SetMaxIdleConns(max(2, runtime.GOMAXPROCS(0)))
	return db, nil
}

// Close closes both pools; the last connection to close checkpoints the WAL.
func (db *DB) Close() error {
	return errors.Join(db.stmts.close(), db.r.Close(), db.w.Close())
}

// Path is the file the database lives in.
func (db *DB) Path() string { return db.path }

// writePragmas: _txlock=immediate takes the write lock at BEGIN, so that a
// second process waits on busy_timeout instead of failing at its first write.
const writePragmas = "_txlock=immediate" +
	"&_pragma=busy_timeout(10000)" +
	"&_pragma=journal_mode(WAL)" +
	"&_pragma=foreign_keys(1)" +
	"&_pragma=synchronous(NORMAL)"

const readPragmas = "_pragma=busy_timeout(10000)" +
	"&_pragma=foreign_keys(1)" +
	"&_pragma=query_only(1)"

// dsn builds a file: URI so that a path holding '?' or '#' still names the
// file and not a query.
func dsn(path, pragmas string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + esc + "?" + pragmas
}

func notFound(op, format string, args ...any) error {
	e := storyline.Errorf(storyline.ENOTFOUND, format, args...)
	e.Op = op
	return e
}

func invalid(op, format string, args ...any) error {
	e := storyline.Errorf(storyline.EINVALID, format, args...)
	e.Op = op
	return e
}

// null stores an unknown (empty) value as SQL NULL, so queries can test it.
func null(s string) any {
	if s == "" {
		return nil
	}
	return s
}
