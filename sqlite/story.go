package sqlite

import (
	"context"

	"github.com/storyline-news/storyline"
)

// Story returns one story; ENOTFOUND if it is absent.
func (db *DB) Story(ctx context.Context, id string) (*storyline.Story, error) {
	return db.reader().Story(ctx, "sqlite.Story", id)
}

// EachStory calls fn for every story in id order, stopping at fn's first
// error, which it returns unwrapped.
func (db *DB) EachStory(ctx context.Context, fn func(*storyline.Story) error) error {
	return db.reader().EachStory(ctx, "sqlite.EachStory", fn)
}
