package sqlite

import (
	"context"

	"github.com/storyline-news/storyline"
)

// EachEntity calls fn for every entity (canonical name and type) in the store,
// most mentioned first, ties by name then type, stopping at fn's first error.
func (db *DB) EachEntity(ctx context.Context, fn func(*storyline.Entity) error) error {
	return db.reader().EachEntity(ctx, func(err error) error { return storeError("sqlite.EachEntity", "", err) }, fn)
}
