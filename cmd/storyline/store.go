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

// openStore opens the store that path names: a postgres:// URL (its
// search_path parameter picks the schema) or a SQLite file.
func (m *Main) openStore(ctx context.Context, path string) (storyline.Store, error) {
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return postgres.Open(ctx, path)
	}
	return sqlite.Open(ctx, path)
}

// dbFlagUsage describes --db wherever a command takes it.
const dbFlagUsage = "store: a SQLite file or a postgres:// URL (default $STORYLINE_DB, else storyline.db)"
