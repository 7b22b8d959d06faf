package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/storyline-news/storyline"
)

// Article returns one article; ENOTFOUND if it is absent.
func (db *DB) Article(ctx context.Context, id string) (*storyline.Article, error) {
	const op = "sqlite.Article"
	var doc, body string
	err := db.r.QueryRowContext(ctx, `SELECT doc, body FROM articles WHERE id = ?`, id).Scan(&doc, &body)
	if err == sql.ErrNoRows {
		return nil, storyline.OpErrorf(op, storyline.ENOTFOUND, "article %q not found", id)
	}
	if err != nil {
		return nil, storeError(op, id, err)
	}
	a, err := decodeArticle(doc, body)
	if err != nil {
		return nil, storeError(op, id, err)
	}
	return a, nil
}

// EachArticle calls fn for every article in id order, stopping at fn's
// first error, which it returns unwrapped.
func (db *DB) EachArticle(ctx context.Context, fn func(*storyline.Article) error) error {
	const op = "sqlite.EachArticle"
	rows, err := db.r.QueryContext(ctx, `SELECT doc, body FROM articles ORDER BY id`)
	if err != nil {
		return storeError(op, "", err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc, body string
		if err := rows.Scan(&doc, &body); err != nil {
			return storeError(op, "", err)
		}
		a, err := decodeArticle(doc, body)
		if err != nil {
			return storeError(op, "", err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return storeError(op, "", err)
	}
	return nil
}

// Count returns the number of stored articles.
func (db *DB) Count(ctx context.Context) (int, error) {
	var n int
	if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite.Count: %w", err)
	}
	return n, nil
}

func decodeArticle(doc, body string) (*storyline.Article, error) {
	a := new(storyline.Article)
	if err := json.Unmarshal([]byte(doc), a); err != nil {
		return nil, fmt.Errorf("decode article: %w", err)
	}
	a.Body = body
	return a, nil
}

// EachCommitted calls fn for every article in commit order (n grows with
// every insert), each with the names it was committed with.
func (db *DB) EachCommitted(ctx context.Context, fn func(*storyline.Article) error) error {
	const op = "sqlite.EachCommitted"
	rows, err := db.r.QueryContext(ctx, `SELECT doc, body, linked FROM articles ORDER BY n`)
	if err != nil {
		return storeError(op, "", err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc, body string
		var linked sql.NullString
		if err := rows.Scan(&doc, &body, &linked); err != nil {
			return storeError(op, "", err)
		}
		a, err := decodeArticle(doc, body)
		if err != nil {
			return storeError(op, "", err)
		}
		if linked.Valid {
			var names storyline.LinkedNames
			if err := json.Unmarshal([]byte(linked.String), &names); err != nil {
				return storeError(op, a.ID, fmt.Errorf("linked names: %w", err))
			}
			a.SetLinkedNames(names)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return storeError(op, "", err)
	}
	return nil
}
