package main

import (
	"context"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/postgres"
	"github.com/storyline-news/storyline/sqlite"
)

// dbPath resolves the store location: the flag, else $STORYLINE_DB, else
// storyline.db in the working directory (CONTRACT.md).
func (m *Main) dbPath(flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	if env := m.Getenv("STORYLINE_DB"); env != "" {
		return env
	}
	return "storyline.db"
}

// openStore opens the store that path names for writing: a postgres:// URL
// (its search_path parameter picks the schema), else a SQLite file, created
// if needed. It holds the store's writer lock until closed, so that a
// second writing command into the same store is refused with a message.
func (m *Main) openStore(ctx context.Context, path string) (storyline.Store, error) {
	if err := checkStoreURL(path); err != nil {
		return nil, err
	}
	if isPostgres(path) {
		return postgres.OpenWriter(ctx, path)
	}
	return sqlite.OpenWriter(ctx, path)
}

// readStore is what read commands (export, stories, search) use of a store.
type readStore interface {
	storyline.ArticleReader
	storyline.Searcher
	Close() error
}

// openReader opens an existing store for a read command: read-only, never
// created, never migrated (a store in a read-only place works, a missing
// one is an error).
func (m *Main) openReader(ctx context.Context, path string) (readStore, error) {
	if err := checkStoreURL(path); err != nil {
		return nil, err
	}
	if isPostgres(path) {
		return postgres.OpenExisting(ctx, path)
	}
	return sqlite.OpenReadOnly(ctx, path)
}

// checkStoreURL refuses a --db that is a URL of another kind than
// postgres://, which would otherwise be taken for a file path: a reader
// said "no store here (run storyline ingest --db mysql://h/db first)", a
// writer failed on "mysql://h/db.lock", or made a SQLite file in a folder
// named "mysql:".
func checkStoreURL(path string) error {
	if hasURLScheme(path) && !isPostgres(path) {
		return usageError("--db %s: a store is a SQLite file or a postgres:// URL", path)
	}
	return nil
}

// hasURLScheme reports whether path begins as a URL does, a scheme and
// "://" ("mysql://", "sqlite://", RFC 3986): such a --db names no SQLite
// file.
func hasURLScheme(path string) bool {
	scheme, _, ok := strings.Cut(path, "://")
	if !ok || scheme == "" {
		return false
	}
	for i, r := range scheme {
		letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if !letter && (i == 0 || !('0' <= r && r <= '9' || r == '+' || r == '.' || r == '-')) {
			return false
		}
	}
	return true
}

func isPostgres(path string) bool {
	return strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://")
}

// dbFlagUsage describes --db wherever a command takes it.
const dbFlagUsage = "store: a SQLite file or a postgres:// URL (default $STORYLINE_DB, else storyline.db)"
