package sqlite_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/sqlite"
)

func searchFixture(t testing.TB, db *sqlite.DB) {
	docs := []*storyline.Article{
		{ID: "a", Title: "Harbour council approves ferry budget", Body: "The council met in Ålesund and approved the ferry budget."},
		{ID: "b", Title: "Ferry strike ends", Body: "Crews returned to work after the harbour council offered a raise."},
		{ID: "c", Title: "Weather", Body: "Rain is expected across the coast; ferries may be delayed."},
	}
	for _, a := range docs {
		c := &storyline.Commit{Page: storyline.PageRecord{ID: a.ID, Hash: "h"}, Articles: []*storyline.Article{a}}
		if err := db.Commit(context.Background(), c); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSearch(t *testing.T) {
	db := openTemp(t)
	searchFixture(t, db)
	tests := []struct {
		query string
		want  []string // ids, best first when order is meaningful
	}{
		// Ranking, folding and words that are operators elsewhere: storetest (SearchRanking).
		{"ferr*", []string{"a", "b", "c"}},
		{`"unclosed`, nil},
		{"", []string{"a", "b", "c"}}, // no text: the filters alone select (none here), newest first
		{"  * - ", nil},
	}
	for _, tt := range tests {
		res, err := db.Search(context.Background(), storyline.Query{Text: tt.query, Limit: 10})
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.Article)
		}
		if tt.query == "ferr*" {
			slices.Sort(ids)
		}
		if !slices.Equal(ids, tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, ids, tt.want)
		}
	}
}

func TestSearchSnippetAndReplace(t *testing.T) {
	db := openTemp(t)
	searchFixture(t, db)
	res, err := db.Search(context.Background(), storyline.Query{Text: "raise", Limit: 5})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("Search(raise) = %v, %v", res, err)
	}
	if h := res.Hits[0]; !strings.Contains(h.Snippet, storyline.MarkStart+"raise"+storyline.MarkEnd) || h.Title != "Ferry strike ends" {
		t.Errorf("hit = %+v", h)
	}
	// Re-committing the page with new text must drop the old words from the index.
	c := &storyline.Commit{Page: storyline.PageRecord{ID: "b", Hash: "h2"},
		Articles: []*storyline.Article{{ID: "b", Body: "Nothing to see."}}}
	if err := db.Commit(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	if res, err := db.Search(context.Background(), storyline.Query{Text: "raise", Limit: 5}); err != nil || len(res.Hits) != 0 {
		t.Errorf("after re-commit Search(raise) = %v, %v; want none", res, err)
	}
}

// TestSearchLongQuery: a word repeated is searched once, and a query of
// more than MaxQueryWords words is refused before it reaches FTS5 (whose
// snippets grow with the square of the terms: such a query held the store
// past the server's 30 s read limit).
func TestSearchLongQuery(t *testing.T) {
	db := openTemp(t)
	searchFixture(t, db)
	many := make([]string, storyline.MaxQueryWords+1)
	for i := range many {
		many[i] = "ferry" + strings.Repeat("x", i)
	}
	tests := []struct {
		query string
		want  []string
		code  string
	}{
		{strings.Repeat("the ", 5000), []string{"a", "b", "c"}, ""},
		{strings.Repeat("Raise raise ", 2000), []string{"b"}, ""},
		{strings.Join(many, " "), nil, storyline.EINVALID},
		{`"` + strings.Repeat("the ", 10000) + `"`, nil, storyline.EINVALID},
	}
	for _, tt := range tests {
		res, err := db.Search(context.Background(), storyline.Query{Text: tt.query, Limit: 10})
		if storyline.ErrorCode(err) != tt.code || tt.code == "" && err != nil {
			t.Errorf("Search(%.40q…) error %v, want code %q", tt.query, err, tt.code)
			continue
		}
		if err != nil {
			continue
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.Article)
		}
		slices.Sort(ids)
		if !slices.Equal(ids, tt.want) {
			t.Errorf("Search(%.40q…) = %v, want %v", tt.query, ids, tt.want)
		}
	}
}

// FuzzSearch states: no query, however malformed, is a panic, or an error
// but the EINVALID of a query Query.Page refuses (too many words, a prefix
// too short).
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"council", `"a b`, "a*", "NEAR(a b)", "col:term", "^x", "a OR b", "\x00", "\"\"\"", "ü*", "-x", "(", "*"} {
		f.Add(s)
	}
	db, err := sqlite.Open(context.Background(), f.TempDir()+"/fuzz.db")
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	searchFixture(f, db)
	f.Fuzz(func(t *testing.T, q string) {
		query := storyline.Query{Text: q, Limit: 3}
		_, err := db.Search(context.Background(), query)
		if _, _, refused := query.Page(); err != nil && refused == nil ||
			refused != nil && storyline.ErrorCode(err) != storyline.EINVALID {
			t.Errorf("Search(%q): %v", q, err)
		}
	})
}
