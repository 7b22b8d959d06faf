package sqlite

import (
	"context"
	"fmt"

	"github.com/storyline-news/storyline"
)

// Article returns one article; ENOTFOUND if it is absent.
func (db *DB) Article(ctx context.Context, id string) (*storyline.Article, error) {
	return db.reader().Article(ctx, "sqlite.Article", id)
}

// EachArticle calls fn for every article in id order, stopping at fn's
// first error, which it returns unwrapped.
func (db *DB) EachArticle(ctx context.Context, fn func(*storyline.Article) error) error {
	return db.reader().EachArticle(ctx, "sqlite.EachArticle", fn)
}

// Count returns the number of stored articles.
func (db *DB) Count(ctx context.Context) (int, error) {
	var n int
	if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite.Count: %w", err)
	}
	return n, nil
}

// EachCommitted calls fn for every article in commit order (n grows with
// every insert), each with the names it was committed with.
func (db *DB) EachCommitted(ctx context.Context, fn func(*storyline.Article) error) error {
	return db.reader().EachCommitted(ctx, "sqlite.EachCommitted", fn)
}
