package sqlite

import (
	"context"
	"database/sql"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/storesql"
)

// Story returns one story; ENOTFOUND if it is absent.
func (db *DB) Story(ctx context.Context, id string) (*storyline.Story, error) {
	const op = "sqlite.Story"
	var doc string
	err := db.r.QueryRowContext(ctx, `SELECT doc FROM stories WHERE id = ?`, id).Scan(&doc)
	if err == sql.ErrNoRows {
		return nil, storyline.OpErrorf(op, storyline.ENOTFOUND, "story %q not found", id)
	}
	if err != nil {
		return nil, storeError(op, id, err)
	}
	return storesql.DecodeStory(doc)
}

// EachStory calls fn for every story in id order, stopping at fn's first
// error, which it returns unwrapped.
func (db *DB) EachStory(ctx context.Context, fn func(*storyline.Story) error) error {
	const op = "sqlite.EachStory"
	rows, err := db.r.QueryContext(ctx, `SELECT doc FROM stories ORDER BY id`)
	if err != nil {
		return storeError(op, "", err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc string
		if err := rows.Scan(&doc); err != nil {
			return storeError(op, "", err)
		}
		s, err := storesql.DecodeStory(doc)
		if err != nil {
			return storeError(op, "", err)
		}
		if err := fn(s); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return storeError(op, "", err)
	}
	return nil
}
