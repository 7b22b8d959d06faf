package postgres_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/storetest"
)

// BenchmarkCommit is the store suite's commit benchmark on PostgreSQL.
func BenchmarkCommit(b *testing.B) {
	storetest.BenchCommit(b, func(b *testing.B) storyline.Store { return openTemp(b) })
}

// BenchmarkSearch: a text query with facets over benchArticles articles,
// and the same filters without text (newest first).
func BenchmarkSearch(b *testing.B) {
	const benchArticles = 500
	db := openTemp(b)
	ctx := context.Background()
	var cs []*storyline.Commit
	for i := range benchArticles {
		a := &storyline.Article{ID: fmt.Sprintf("a%04d", i), Title: fmt.Sprintf("Harbour report %d", i),
			Source: fmt.Sprintf("outlet%d.example", i%7), Published: fmt.Sprintf("2026-%02d-%02d", 1+i%12, 1+i%28),
			Body: fmt.Sprintf("The harbour council met on day %d. Ferry crews voted; the strike went on for %d days.", i, i%9)}
		cs = append(cs, &storyline.Commit{Page: storyline.PageRecord{ID: a.ID, Hash: "h"}, Articles: []*storyline.Article{a}})
	}
	if err := db.Commit(ctx, cs...); err != nil {
		b.Fatal(err)
	}
	for _, q := range []storyline.Query{{Text: "harbour ferr*"}, {Source: "outlet3.example"}} {
		b.Run(fmt.Sprintf("text=%q", q.Text), func(b *testing.B) {
			for b.Loop() {
				res, err := db.Search(ctx, q)
				if err != nil || res.Total == 0 {
					b.Fatalf("Search(%+v) = %+v, %v", q, res, err)
				}
			}
		})
	}
}
