package postgres

import (
	"context"
	"fmt"

	"github.com/storyline-news/storyline"
)

// Article returns one article; ENOTFOUND if it is absent.
func (db *DB) Article(ctx context.Context, id string) (*storyline.Article, error) {
	return db.reader().Article(ctx, "postgres.Article", id)
}

// EachArticle calls fn for every article in id order (bytewise, as SQLite
// orders), stopping at fn's first error, which it returns unwrapped.
func (db *DB) EachArticle(ctx context.Context, fn func(*storyline.Article) error) error {
	return db.reader().EachArticle(ctx, "postgres.EachArticle", fn)
}

// Count returns the number of stored articles.
func (db *DB) Count(ctx context.Context) (int, error) {
	var n int
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("postgres.Count: %w", err)
	}
	return n, nil
}

// Story returns one story; ENOTFOUND if it is absent.
func (db *DB) Story(ctx context.Context, id string) (*storyline.Story, error) {
	return db.reader().Story(ctx, "postgres.Story", id)
}

// EachStory calls fn for every story in id order, stopping at fn's first
// error, which it returns unwrapped.
func (db *DB) EachStory(ctx context.Context, fn func(*storyline.Story) error) error {
	return db.reader().EachStory(ctx, "postgres.EachStory", fn)
}

// EachCommitted calls fn for every article in commit order, each with the
// names it was committed with.
func (db *DB) EachCommitted(ctx context.Context, fn func(*storyline.Article) error) error {
	return db.reader().EachCommitted(ctx, "postgres.EachCommitted", fn)
}
