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

// openStore opens the store that path names.
func (m *Main) openStore(ctx context.Context, path string) (storyline.Store, error) {
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return nil, storyline.Errorf(storyline.EINVALID, "the PostgreSQL store is not built yet; use a SQLite file path for --db")
	}
	return sqlite.Open(ctx, path)
}
