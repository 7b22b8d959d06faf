package main

import (
	"context"
	"strings"

	"github.com/storyline-news/storyline"
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

// openStore opens the store that path names for writing, creating it if
// needed; it holds the store's writer lock until closed, so a second
// writing command into the same store is refused with a message.
func (m *Main) openStore(ctx context.Context, path string) (storyline.Store, error) {
	if err := refusePostgres(path); err != nil {
		return nil, err
	}
	return sqlite.OpenWriter(ctx, path)
}

// readStore is what read commands (export, stories) use of a store.
type readStore interface {
	storyline.ArticleReader
	Close() error
}

// openReader opens an existing store for a read command: read-only, never
// created, never migrated (a store in a read-only place works, a missing
// one is an error).
func (m *Main) openReader(ctx context.Context, path string) (readStore, error) {
	if err := refusePostgres(path); err != nil {
		return nil, err
	}
	return sqlite.OpenReadOnly(ctx, path)
}

func refusePostgres(path string) error {
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return storyline.Errorf(storyline.EINVALID, "the PostgreSQL store is not built yet; use a SQLite file path for --db")
	}
	return nil
}
