package postgres

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/postgres/pgtest"
	"github.com/storyline-news/storyline/storesql"
)

// TestMigrateSearchBackfills: a schema written before migration 3 gets its
// quote rows and word-only search columns from what it holds.
func TestMigrateSearchBackfills(t *testing.T) {
	ctx := context.Background()
	u := pgtest.URL(t)
	parsed, err := url.Parse(u)
	if err != nil {
		t.Fatal(err)
	}
	schema := parsed.Query().Get("search_path")
	conn, err := pgx.Connect(ctx, pgtest.BaseURL())
	if err != nil {
		t.Fatal(err)
	}
	ms, err := storesql.Migrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	setup := []string{`CREATE SCHEMA ` + pgx.Identifier{schema}.Sanitize(),
		`SET search_path = ` + pgx.Identifier{schema}.Sanitize(),
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`}
	for _, m := range ms[:2] { // the schema as it was before 0003
		setup = append(setup, m.SQL, fmt.Sprintf(`INSERT INTO schema_migrations(version, name) VALUES (%d, '%s')`, m.Version, m.Name))
	}
	setup = append(setup, `INSERT INTO pages VALUES ('p', 'h', 'text', 'p', now())`,
		// As the old commit code wrote them: folded, punctuation kept.
		`INSERT INTO articles(id, page_id, seq, published, body, doc, search_title, search_body) VALUES
			('a', 'p', 0, '2026-03-17', 'Olsvik’s co-op rose.', '{"id":"a","quotes":[`+
			`{"text":"We are close.","speaker":"Maren\u0000 Olsvik","cue":"said","kind":"direct","start":0,"end":5},`+
			`{"text":"Nul \u0000 here.","speaker":null,"cue":null,"kind":"direct","start":6,"end":9}]}',
			'', 'olsvik’s co-op rose.'),
			('b', 'p', 1, '2026-04-01', 'Nothing.', '{"id":"b","quotes":null}', '', 'nothing.')`)
	for _, s := range setup {
		if _, err := conn.Exec(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	conn.Close(ctx)

	db, err := Open(ctx, u)
	if err != nil {
		t.Fatalf("Open migrating from 2: %v", err)
	}
	defer db.Close()
	qs, err := db.Quotes(ctx, storyline.QuoteQuery{})
	if err != nil || len(qs) != 2 {
		t.Fatalf("Quotes after backfill = %+v, %v; want 2", qs, err)
	}
	// The record is the doc's (NUL and all); the speaker column, which the
	// filter reads, has the NUL dropped, as a commit drops it.
	if qs[0].Speaker != "Maren\x00 Olsvik" || qs[1].Text != "Nul \x00 here." || qs[1].Speaker != "" {
		t.Errorf("backfilled quotes = %+v", qs)
	}
	if qs, err := db.Quotes(ctx, storyline.QuoteQuery{Speaker: "Maren Olsvik"}); err != nil || len(qs) != 1 {
		t.Errorf("Quotes(Maren Olsvik) = %d, %v; want 1", len(qs), err)
	}
	for _, tt := range []struct {
		q    storyline.Query
		want []string
	}{
		{storyline.Query{Text: "olsvik"}, []string{"a"}},
		{storyline.Query{Text: `"co op rose"`}, []string{"a"}},
		{storyline.Query{To: "2026-03"}, []string{"a"}},
		{storyline.Query{From: "2026-04"}, []string{"b"}},
	} {
		res, err := db.Search(ctx, tt.q)
		if err != nil {
			t.Fatalf("Search(%+v): %v", tt.q, err)
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.Article)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Search(%+v) after migrating = %v, want %v", tt.q, got, tt.want)
		}
	}
}
