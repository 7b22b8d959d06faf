package postgres_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/postgres"
	"github.com/storyline-news/storyline/postgres/pgtest"
	"github.com/storyline-news/storyline/storetest"
)

func openTemp(t testing.TB) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), pgtest.URL(t))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storyline.Store { return openTemp(t) })
}

func TestOpenTwiceMigratesOnce(t *testing.T) {
	u := pgtest.URL(t)
	ctx := context.Background()
	a, err := postgres.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := postgres.Open(ctx, u)
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	defer b.Close()
	var n int
	if err := a.Pool().QueryRow(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != postgres.SchemaVersion() {
		t.Errorf("%d migrations recorded, want %d", n, postgres.SchemaVersion())
	}
	if !strings.HasPrefix(a.Schema(), "storyline_test_") {
		t.Errorf("store lives in schema %q, not the test's own", a.Schema())
	}
}

// TestOpenTogether: workers start at once, each creating the schema.
func TestOpenTogether(t *testing.T) {
	u := pgtest.URL(t)
	const n = 6
	errs := make(chan error, n)
	for range n {
		go func() {
			db, err := postgres.Open(context.Background(), u)
			if err == nil {
				db.Close()
			}
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Errorf("Open beside others: %v", err)
		}
	}
}

func TestOpenRejects(t *testing.T) {
	for _, u := range []string{
		"postgres://postgres@127.0.0.1:5432/test?search_path=Robert%27);DROP",
		"postgres://[bad",
	} {
		_, err := postgres.Open(context.Background(), u)
		if code := storyline.ErrorCode(err); code != storyline.EINVALID {
			t.Errorf("Open(%q) code = %q (%v), want EINVALID", u, code, err)
		}
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	u := pgtest.URL(t)
	ctx := context.Background()
	db := openURL(t, u)
	if _, err := db.Pool().Exec(ctx, `INSERT INTO schema_migrations(version, name) VALUES (9999, 'future')`); err != nil {
		t.Fatal(err)
	}
	_, err := postgres.Open(ctx, u)
	if code := storyline.ErrorCode(err); code != storyline.EINVALID {
		t.Errorf("Open of a newer schema: code %q (%v), want EINVALID", code, err)
	}
}

// TestOpenExisting: a read opens a store that exists and never makes one:
// a missing schema stays missing, an empty one holds no store, and a store
// of another version is refused rather than migrated.
func TestOpenExisting(t *testing.T) {
	ctx := context.Background()
	u := pgtest.URL(t)
	if _, err := postgres.OpenExisting(ctx, u); storyline.ErrorCode(err) != storyline.ENOTFOUND {
		t.Errorf("OpenExisting of a missing schema: code %q (%v), want ENOTFOUND", storyline.ErrorCode(err), err)
	}
	db := openURL(t, u) // makes the schema and the store
	var n int
	if err := db.Pool().QueryRow(ctx, `SELECT count(*) FROM pg_namespace WHERE nspname = $1`, db.Schema()).Scan(&n); err != nil || n != 1 {
		t.Fatalf("schema %s: %d, %v", db.Schema(), n, err)
	}
	r, err := postgres.OpenExisting(ctx, u)
	if err != nil {
		t.Fatalf("OpenExisting of a store: %v", err)
	}
	if _, err := r.Stories(ctx, storyline.Query{}); err != nil {
		t.Errorf("Stories: %v", err)
	}
	r.Close()
	if _, err := db.Pool().Exec(ctx, `INSERT INTO schema_migrations(version, name) VALUES (9999, 'future')`); err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.OpenExisting(ctx, u); storyline.ErrorCode(err) != storyline.EINVALID {
		t.Errorf("OpenExisting of a newer store: code %q (%v), want EINVALID", storyline.ErrorCode(err), err)
	}
	if _, err := db.Pool().Exec(ctx, `DROP TABLE schema_migrations`); err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.OpenExisting(ctx, u); storyline.ErrorCode(err) != storyline.ENOTFOUND {
		t.Errorf("OpenExisting of a schema without a store: code %q (%v), want ENOTFOUND", storyline.ErrorCode(err), err)
	}
}

// TestOpenWriterExcludes: a second writer of a store is refused while the
// first holds it, and takes it once the first has closed.
func TestOpenWriterExcludes(t *testing.T) {
	ctx := context.Background()
	u := pgtest.URL(t)
	first, err := postgres.OpenWriter(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.OpenWriter(ctx, u); storyline.ErrorCode(err) != storyline.ECONFLICT {
		t.Errorf("a second writer: code %q (%v), want ECONFLICT", storyline.ErrorCode(err), err)
	}
	reader := openURL(t, u) // readers and the queue's Open are not writers
	if _, err := reader.Stories(ctx, storyline.Query{}); err != nil {
		t.Errorf("a reader beside the writer: %v", err)
	}
	first.Close()
	second, err := postgres.OpenWriter(ctx, u)
	if err != nil {
		t.Fatalf("a writer after the first closed: %v", err)
	}
	second.Close()
}

func openURL(t *testing.T, u string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestNULSurvives: PostgreSQL text refuses NUL; a hostile body keeps it
// anyway (in the document) and the commit does not fail.
func TestNULSurvives(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	a := &storyline.Article{ID: "nul.txt", Title: "a\x00b", Body: "before\x00after Harbour",
		Entities: []storyline.ArticleEntity{{Name: "Harbour", Type: storyline.Org, Mentions: []storyline.Span{{Start: 13, End: 20}}}}}
	c := &storyline.Commit{Page: storyline.PageRecord{ID: "nul.txt", Hash: "h"}, Articles: []*storyline.Article{a}}
	if err := db.Commit(ctx, c); err != nil {
		t.Fatalf("Commit: %v", err)
	}
	got, err := db.Article(ctx, "nul.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got.Body != a.Body || got.Title != a.Title {
		t.Errorf("round trip lost the NUL: %q %q", got.Title, got.Body)
	}
	bad := &storyline.Commit{Page: storyline.PageRecord{ID: "a\x00b", Hash: "h"}}
	if code := storyline.ErrorCode(db.Commit(ctx, bad)); code != storyline.EINVALID {
		t.Errorf("page id with NUL: code %q, want EINVALID", code)
	}
}

// TestSearch covers what storetest does not: tsquery syntax in the text,
// where words end, and snippets that mark folded words.
func TestSearch(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	docs := []*storyline.Article{
		{ID: "a", Title: "Harbour council approves ferry budget", Body: "The council met in Ålesund and approved the ferry budget."},
		{ID: "b", Title: "Ferry strike ends", Body: "Crews returned to work after the harbour council offered a raise."},
		{ID: "c", Title: "Weather", Body: "Rain is expected across the coast; ferries may be delayed. Olsvik’s co-op rose 3.5%."},
	}
	for _, a := range docs {
		c := &storyline.Commit{Page: storyline.PageRecord{ID: a.ID, Hash: "h"}, Articles: []*storyline.Article{a}}
		if err := db.Commit(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		query string
		want  []string // ids, best first when order is meaningful
	}{
		// Ranking, folding and words that are operators elsewhere: storetest (SearchRanking).
		{"ferr*", []string{"a", "b", "c"}},
		{"':* & !", []string{}},          // tsquery syntax is inert
		{"olsvik", []string{"c"}},        // a curly apostrophe ends a word
		{`"co op" "3 5"`, []string{"c"}}, // as does any other punctuation
	}
	for _, tt := range tests {
		res, err := db.Search(ctx, storyline.Query{Text: tt.query})
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		ids := []string{}
		for _, h := range res.Hits {
			ids = append(ids, h.Article)
		}
		if tt.query == "ferr*" {
			slices.Sort(ids)
		}
		if !slices.Equal(ids, tt.want) || res.Total != len(tt.want) {
			t.Errorf("Search(%q) = %v (total %d), want %v", tt.query, ids, res.Total, tt.want)
		}
	}
	for query, want := range map[string]string{
		"approved": storyline.MarkStart + "approved" + storyline.MarkEnd,
		"alesund":  storyline.MarkStart + "Ålesund" + storyline.MarkEnd,
		"olsv*":    storyline.MarkStart + "Olsvik" + storyline.MarkEnd + "’s",
	} {
		res, err := db.Search(ctx, storyline.Query{Text: query, Limit: 1})
		if err != nil || len(res.Hits) != 1 || !strings.Contains(res.Hits[0].Snippet, want) {
			t.Errorf("Search(%s): snippet does not hold %q: %+v, %v", query, want, res, err)
		}
	}
}
