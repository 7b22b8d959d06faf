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
	if isPostgres(path) {
		return postgres.OpenExisting(ctx, path)
	}
	return sqlite.OpenReadOnly(ctx, path)
}

func isPostgres(path string) bool {
	return strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://")
}

// dbFlagUsage describes --db wherever a command takes it.
const dbFlagUsage = "store: a SQLite file or a postgres:// URL (default $STORYLINE_DB, else storyline.db)"
