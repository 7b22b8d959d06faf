package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/storesql"
)

// Article returns one article; ENOTFOUND if it is absent.
func (db *DB) Article(ctx context.Context, id string) (*storyline.Article, error) {
	const op = "postgres.Article"
	var doc, body string
	err := db.pool.QueryRow(ctx, `SELECT doc, body FROM articles WHERE id = $1`, clean(id)).Scan(&doc, &body)
	if err == pgx.ErrNoRows {
		return nil, storyline.OpErrorf(op, storyline.ENOTFOUND, "article %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, id, err)
	}
	a, err := decodeArticle(doc, body)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, id, err)
	}
	return a, nil
}

// EachArticle calls fn for every article in id order (bytewise, as SQLite
// orders), stopping at fn's first error, which it returns unwrapped.
func (db *DB) EachArticle(ctx context.Context, fn func(*storyline.Article) error) error {
	const op = "postgres.EachArticle"
	rows, err := db.pool.Query(ctx, `SELECT doc, body FROM articles ORDER BY id`)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc, body string
		if err := rows.Scan(&doc, &body); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		a, err := decodeArticle(doc, body)
		if err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
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
	const op = "postgres.Story"
	var doc string
	err := db.pool.QueryRow(ctx, `SELECT doc FROM stories WHERE id = $1`, clean(id)).Scan(&doc)
	if err == pgx.ErrNoRows {
		return nil, storyline.OpErrorf(op, storyline.ENOTFOUND, "story %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, id, err)
	}
	return storesql.DecodeStory(doc)
}

// EachStory calls fn for every story in id order, stopping at fn's first
// error, which it returns unwrapped.
func (db *DB) EachStory(ctx context.Context, fn func(*storyline.Story) error) error {
	const op = "postgres.EachStory"
	rows, err := db.pool.Query(ctx, `SELECT doc FROM stories ORDER BY id`)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc string
		if err := rows.Scan(&doc); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		s, err := storesql.DecodeStory(doc)
		if err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		if err := fn(s); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}

// EachCommitted calls fn for every article in commit order, each with the
// names it was committed with.
func (db *DB) EachCommitted(ctx context.Context, fn func(*storyline.Article) error) error {
	const op = "postgres.EachCommitted"
	rows, err := db.pool.Query(ctx, `SELECT doc, body, linked FROM articles ORDER BY committed`)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc, body string
		var linked *string
		if err := rows.Scan(&doc, &body, &linked); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		a, err := decodeArticle(doc, body)
		if err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		if linked != nil {
			var names storyline.LinkedNames
			if err := json.Unmarshal([]byte(*linked), &names); err != nil {
				return fmt.Errorf("%s %s: linked names: %w", op, a.ID, err)
			}
			a.SetLinkedNames(names)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}
