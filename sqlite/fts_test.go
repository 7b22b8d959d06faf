package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/storetest"
)

// TestFullTextIndexInStep commits batches that insert, replace, take over,
// move and rename articles, and checks after each that the full-text index
// holds exactly what the articles hold (FTS5's integrity check against its
// content table) and that a search finds the articles it should: Commit
// indexes a batch's articles at its end, and must index them before a delete
// in the same batch removes one.
func TestFullTextIndexInStep(t *testing.T) {
	ctx := context.Background()
	art := func(id, title, body string) *storyline.Article {
		return &storyline.Article{ID: id, Title: title, Body: body, Language: "en"}
	}
	page := func(id string, as ...*storyline.Article) *storyline.Commit {
		return &storyline.Commit{Page: storyline.PageRecord{ID: id, Hash: "h-" + id}, Articles: as}
	}
	tests := []struct {
		name  string
		batch []*storyline.Commit
		find  map[string][]string // word → ids of the articles that hold it
	}{
		{
			name: "two pages in one batch",
			batch: []*storyline.Commit{
				page("p1", art("a1", "Harbour talks", "alpha words"), art("a2", "", "bravo words")),
				page("p2", art("b1", "Ferry", "charlie words")),
			},
			find: map[string][]string{"alpha": {"a1"}, "bravo": {"a2"}, "harbour": {"a1"}, "words": {"a1", "a2", "b1"}},
		},
		{
			name: "a page committed twice in one batch",
			batch: []*storyline.Commit{
				page("p3", art("c1", "Old title", "delta words")),
				page("p3", art("c1", "New title", "echo words")),
			},
			find: map[string][]string{"delta": nil, "echo": {"c1"}, "old": nil, "new": {"c1"}},
		},
		{
			name: "another page takes an article id over in the same batch",
			batch: []*storyline.Commit{
				page("p4", art("d1", "", "foxtrot words")),
				page("p5", art("d1", "", "golf words")),
			},
			find: map[string][]string{"foxtrot": nil, "golf": {"d1"}},
		},
		{
			name: "a page of an earlier batch replaced, and a story that moves articles",
			batch: []*storyline.Commit{
				page("p1", art("a1", "Harbour talks", "hotel words")),
				{Page: storyline.PageRecord{ID: "p6", Hash: "h"}, Articles: []*storyline.Article{art("e1", "", "india words")},
					Stories: []*storyline.Story{{ID: "s1", Articles: []string{"a1", "b1", "e1"}}}},
			},
			find: map[string][]string{"alpha": nil, "bravo": nil, "hotel": {"a1"}, "india": {"e1"}, "charlie": {"b1"}},
		},
	}
	db, err := Open(ctx, filepath.Join(t.TempDir(), "fts.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tt := range tests {
		if err := db.Commit(ctx, tt.batch...); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		checkIndex(t, db, tt.name, tt.find)
	}
	if _, err := db.Relink(ctx, map[storyline.EntityKey]storyline.EntityKey{
		{Name: "Nobody", Type: storyline.Person}: {Name: "Somebody", Type: storyline.Person}}); err != nil {
		t.Fatal(err)
	}
	checkIndex(t, db, "after a rename", map[string][]string{"hotel": {"a1"}})
}

func checkIndex(t *testing.T, db *DB, name string, find map[string][]string) {
	t.Helper()
	ctx := context.Background()
	if _, err := db.w.ExecContext(ctx, `INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("%s: index differs from the articles: %v", name, err)
	}
	for word, want := range find {
		rows, err := db.r.QueryContext(ctx, `SELECT a.id FROM articles_fts JOIN articles a ON a.n = articles_fts.rowid
			WHERE articles_fts MATCH ? ORDER BY a.id`, word)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				t.Fatal(err)
			}
			got = append(got, id)
		}
		rows.Close()
		if !slices.Equal(got, want) {
			t.Errorf("%s: %q finds %v, want %v", name, word, got, want)
		}
	}
}

// TestFTSSettingsSameSearch commits the same articles one page at a time
// (many small segments, many merges) to a store with migration 6's index
// settings and to one set back to FTS5's defaults, and checks that searches
// find the same hits with the same scores and snippets, page after page.
func TestFTSSettingsSameSearch(t *testing.T) {
	ctx := context.Background()
	open := func(defaults bool) *DB {
		db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		if defaults {
			for _, s := range []string{`INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 4)`,
				`INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 1048576)`} {
				if _, err := db.w.ExecContext(ctx, s); err != nil {
					t.Fatal(err)
				}
			}
		}
		return db
	}
	tuned, defaults := open(false), open(true)
	rng := rand.New(rand.NewPCG(4, 2))
	for i := range 200 {
		a := storetest.BenchArticle(rng, fmt.Sprintf("p%d", i%170)) // the last 30 replace earlier pages
		for _, db := range []*DB{tuned, defaults} {
			c := *a
			if err := db.Commit(ctx, &storyline.Commit{Page: storyline.PageRecord{ID: fmt.Sprintf("p%d", i%170), Hash: fmt.Sprint(i)}, Articles: []*storyline.Article{&c}}); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, text := range []string{"ferry", "harbour council", "olsvik", "passengers waited", "p17", "ålesund", "tomas"} {
		q := storyline.Query{Text: text, Limit: 7}
		for page := 0; ; page++ {
			got, err := tuned.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			want, err := defaults.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q page %d: tuned index finds %+v, defaults %+v", text, page, got, want)
			}
			if page == 0 && got.Total == 0 {
				t.Errorf("%q finds nothing: the comparison proves little", text)
			}
			if got.Next == "" {
				break
			}
			q.Cursor = got.Next
		}
	}
}
