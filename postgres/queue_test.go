package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
)

// TestLedgerAppliesInOrder: progress moves one message at a time, a commit
// for the wrong message is rolled back whole, and results go once applied.
func TestLedgerAppliesInOrder(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	const stream = "s@1"
	page := func(id string) []*storyline.Commit {
		return []*storyline.Commit{{Page: storyline.PageRecord{ID: id, Hash: "h"},
			Articles: []*storyline.Article{{ID: id, Body: "x"}}}}
	}
	steps := []struct {
		name   string
		do     func() error
		code   string // "" for success
		stored int    // articles afterwards
	}{
		{"second before first", func() error { return db.MarkApplied(ctx, stream, 1, 2) }, storyline.ECONFLICT, 0},
		{"commit out of order rolls back", func() error { return db.CommitApplied(ctx, page("a"), stream, 2, 3) }, storyline.ECONFLICT, 0},
		{"first", func() error { return db.CommitApplied(ctx, page("a"), stream, 0, 1) }, "", 1},
		{"first again", func() error { return db.CommitApplied(ctx, page("b"), stream, 0, 1) }, storyline.ECONFLICT, 1},
		{"backwards", func() error { return db.MarkApplied(ctx, stream, 1, 1) }, storyline.ECONFLICT, 1},
		{"second, nothing to commit", func() error { return db.MarkApplied(ctx, stream, 1, 2) }, "", 1},
		{"third and fourth in one", func() error { return db.CommitApplied(ctx, append(page("c"), page("d")...), stream, 2, 4) }, "", 3},
	}
	for _, s := range steps {
		err := s.do()
		if got := storyline.ErrorCode(err); (err == nil) != (s.code == "") || err != nil && got != s.code {
			t.Errorf("%s: err %v, want code %q", s.name, err, s.code)
		}
		if n, _ := db.Count(ctx); n != s.stored {
			t.Errorf("%s: %d articles stored, want %d", s.name, n, s.stored)
		}
	}
	if applied, err := db.Applied(ctx, stream); err != nil || applied != 4 {
		t.Errorf("Applied = %d, %v; want 4", applied, err)
	}
	// A redelivered result for an applied message is not stored again.
	if err := db.PutResult(ctx, stream, 2, []byte("late")); err != nil {
		t.Fatal(err)
	}
	if err := db.PutResult(ctx, stream, 5, []byte("next")); err != nil {
		t.Fatal(err)
	}
	if err := db.PutResult(ctx, stream, 5, []byte("again")); err != nil {
		t.Fatal(err)
	}
	var got []string
	db.EachResult(ctx, stream, 0, 10, func(seq int64, p []byte) error { got = append(got, string(p)); return nil })
	if len(got) != 1 || got[0] != "next" {
		t.Errorf("results %q, want [next]", got)
	}
	if n, _ := db.Backlog(ctx, stream); n != 1 {
		t.Errorf("Backlog = %d, want 1", n)
	}
}

// TestLeaseIsExclusive: while one holder leads, another waits; release hands over.
func TestLeaseIsExclusive(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	release, _, err := db.Lead(ctx, "s@1")
	if err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 1500*time.Millisecond)
	defer cancel()
	if _, _, err := db.Lead(short, "s@1"); err == nil {
		t.Fatal("a second leader got the lease")
	}
	if r2, _, err := db.Lead(ctx, "other@1"); err != nil {
		t.Errorf("another stream's lease: %v", err)
	} else {
		r2()
	}
	release()
	r3, _, err := db.Lead(ctx, "s@1")
	if err != nil {
		t.Fatalf("lease after release: %v", err)
	}
	r3()
}
