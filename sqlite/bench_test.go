package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/sqlite"
	"github.com/storyline-news/storyline/storetest"
)

// BenchmarkCommit is the store suite's commit benchmark on SQLite.
func BenchmarkCommit(b *testing.B) {
	storetest.BenchCommit(b, func(b *testing.B) storyline.Store {
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		return db
	})
}

func BenchmarkEachArticle(b *testing.B) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 1000
	for i := range n {
		a := storetest.BenchArticle(rng, fmt.Sprintf("p%d", i))
		if err := db.Commit(ctx, &storyline.Commit{Page: storyline.PageRecord{ID: a.ID, Hash: "h"}, Articles: []*storyline.Article{a}}); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if err := db.EachArticle(ctx, func(*storyline.Article) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "articles/s")
}
