package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/storesql"
)

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("fresh Open: %v", err)
	}
	if v, err := schemaVersion(ctx, db.r); err != nil || v != SchemaVersion() || v < 1 {
		t.Fatalf("schema version after fresh open = %d, %v; want %d", v, err, SchemaVersion())
	}
	c := &storyline.Commit{Page: storyline.PageRecord{ID: "p", Hash: "h"},
		Articles: []*storyline.Article{{ID: "p", Body: "kept across reopen"}}}
	if err := db.Commit(ctx, c); err != nil {
		t.Fatal(err)
	}
	db.Close()

	db, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	var rows int
	if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&rows); err != nil || rows != len(mustMigrations(t)) {
		t.Errorf("schema_migrations rows after reopen = %d, %v; want one per migration", rows, err)
	}
	if n, _ := db.Count(ctx); n != 1 {
		t.Errorf("Count after reopen = %d, want 1", n)
	}
	db.Close()
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "future.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.w.ExecContext(ctx, `INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, 'future.sql', '')`,
		SchemaVersion()+1)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(ctx, path)
	if code := storyline.ErrorCode(err); code != storyline.EINVALID {
		t.Errorf("Open of a newer schema: code %q (%v), want EINVALID", code, err)
	}
}

func TestPragmas(t *testing.T) {
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, p := range []struct {
		pool *sql.DB
		name string
		want string
	}{
		{db.w, "journal_mode", "wal"}, {db.w, "foreign_keys", "1"}, {db.w, "busy_timeout", "10000"},
		{db.w, "temp_store", "2"}, {db.w, "cache_size", "-32768"}, // 2: MEMORY
		{db.w, "page_size", strconv.Itoa(pageSize)}, {db.r, "page_size", strconv.Itoa(pageSize)},
		{db.r, "foreign_keys", "1"}, {db.r, "query_only", "1"},
	} {
		var got string
		if err := p.pool.QueryRow("PRAGMA " + p.name).Scan(&got); err != nil || got != p.want {
			t.Errorf("PRAGMA %s = %q, %v; want %q", p.name, got, err, p.want)
		}
	}
}

// TestPageSizeKept: a store made with other pages (every store before
// pageSize, SQLite's 4 KiB) keeps them, and opens and takes commits as before.
func TestPageSizeKept(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite", dsn(path, ""))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"PRAGMA page_size = 4096", "PRAGMA journal_mode = WAL", "CREATE TABLE t(x)"} {
		if _, err := old.Exec(q); err != nil {
			t.Fatal(q, err)
		}
	}
	old.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var got int
	if err := db.w.QueryRow("PRAGMA page_size").Scan(&got); err != nil || got != 4096 {
		t.Errorf("page_size = %d, %v; want 4096", got, err)
	}
}

func mustMigrations(t *testing.T) []storesql.Migration {
	ms, err := storesql.Migrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// TestQuotesBackfill: a store written before migration 3 gets its quote rows
// when it is opened by this code.
func TestQuotesBackfill(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := &storyline.Article{ID: "a", Body: "x said “y”.", Quotes: []storyline.Quote{{Text: "y", Speaker: "X", Start: 8, End: 9}}}
	if err := db.Commit(ctx, &storyline.Commit{Page: storyline.PageRecord{ID: "a", Hash: "h"}, Articles: []*storyline.Article{a}}); err != nil {
		t.Fatal(err)
	}
	// Undo migration 3, as a store written before it looks.
	for _, q := range []string{`DROP TRIGGER article_quotes_insert`, `DROP TRIGGER article_quotes_update`,
		`DROP TABLE article_quotes`, `DELETE FROM schema_migrations WHERE version = 3`} {
		if _, err := db.w.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	qs, err := db.Quotes(ctx, storyline.QuoteQuery{Speaker: "X"})
	if err != nil || len(qs) != 1 || qs[0].Text != "y" {
		t.Errorf("after migrating, Quotes(X) = %+v, %v; want the one quote", qs, err)
	}
}

// TestFTSSettings: migration 6 leaves the full-text index's merge width and
// memory in its config table, where FTS5 reads them on every connection.
func TestFTSSettings(t *testing.T) {
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tt := range []struct{ key, want string }{{"automerge", "8"}, {"hashsize", "8388608"}} {
		var got string
		if err := db.r.QueryRow(`SELECT v FROM articles_fts_config WHERE k = ?`, tt.key).Scan(&got); err != nil || got != tt.want {
			t.Errorf("articles_fts_config %s = %q, %v; want %q", tt.key, got, err, tt.want)
		}
	}
}
