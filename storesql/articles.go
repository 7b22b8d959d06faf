package storesql

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/storyline-news/storyline"
)

// PageHash returns the stored content hash of a page, "" if it was never
// committed.
func (r Reader) PageHash(ctx context.Context, op, pageID string) (string, error) {
	var hash string
	if _, err := r.row(ctx, []any{&hash}, `SELECT hash FROM pages WHERE id = `+r.Param(1), r.Text(pageID)); err != nil {
		return "", fmt.Errorf("%s %s: %w", op, pageID, err)
	}
	return hash, nil
}

// Article returns one article; ENOTFOUND if it is absent.
func (r Reader) Article(ctx context.Context, op, id string) (*storyline.Article, error) {
	var doc, body string
	found, err := r.row(ctx, []any{&doc, &body}, `SELECT doc, body FROM articles WHERE id = `+r.Param(1), r.Text(id))
	if err != nil {
		return nil, r.Wrap(op, id, err)
	}
	if !found {
		return nil, storyline.OpErrorf(op, storyline.ENOTFOUND, "article %q not found", id)
	}
	a, err := DecodeArticle(doc, body)
	if err != nil {
		return nil, r.Wrap(op, id, err)
	}
	return a, nil
}

// EachArticle calls fn for every article in id order (bytewise: COLLATE
// "C" in PostgreSQL), stopping at fn's first error, which it returns
// unwrapped.
func (r Reader) EachArticle(ctx context.Context, op string, fn func(*storyline.Article) error) error {
	return r.eachArticle(ctx, op, false, fn)
}

// EachCommitted calls fn for every article in commit order (r.Committed),
// each with the names it was committed with: its linked names, where the
// store keeps them.
func (r Reader) EachCommitted(ctx context.Context, op string, fn func(*storyline.Article) error) error {
	return r.eachArticle(ctx, op, true, fn)
}

// eachArticle reads the articles in id order, or in commit order with their
// linked names.
func (r Reader) eachArticle(ctx context.Context, op string, committed bool, fn func(*storyline.Article) error) error {
	query := `SELECT doc, body FROM articles ORDER BY id`
	if committed {
		query = `SELECT doc, body, linked FROM articles ORDER BY ` + r.Committed
	}
	rows, err := r.Query(ctx, query)
	if err != nil {
		return r.Wrap(op, "", err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc, body string
		var linked *string // NULL: stored before linked names were kept
		dest := []any{&doc, &body}
		if committed {
			dest = append(dest, &linked)
		}
		if err := rows.Scan(dest...); err != nil {
			return r.Wrap(op, "", err)
		}
		a, err := DecodeArticle(doc, body)
		if err != nil {
			return r.Wrap(op, "", err)
		}
		if linked != nil {
			var names storyline.LinkedNames
			if err := json.Unmarshal([]byte(*linked), &names); err != nil {
				return r.Wrap(op, a.ID, fmt.Errorf("linked names: %w", err))
			}
			a.SetLinkedNames(names)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return r.Wrap(op, "", err)
	}
	return nil
}

// DecodeArticle reads an article from its stored document and its body
// column. The document holds no body, unless the column could not hold it
// as it is (PostgreSQL text holds no NUL).
func DecodeArticle(doc, body string) (*storyline.Article, error) {
	a := new(storyline.Article)
	if err := json.Unmarshal([]byte(doc), a); err != nil {
		return nil, fmt.Errorf("decode article: %w", err)
	}
	if a.Body == "" {
		a.Body = body
	}
	return a, nil
}

// Story returns one story; ENOTFOUND if it is absent.
func (r Reader) Story(ctx context.Context, op, id string) (*storyline.Story, error) {
	var doc string
	found, err := r.row(ctx, []any{&doc}, `SELECT doc FROM stories WHERE id = `+r.Param(1), r.Text(id))
	if err != nil {
		return nil, r.Wrap(op, id, err)
	}
	if !found {
		return nil, storyline.OpErrorf(op, storyline.ENOTFOUND, "story %q not found", id)
	}
	st, err := DecodeStory(doc)
	if err != nil {
		return nil, r.Wrap(op, id, err)
	}
	return st, nil
}

// EachStory calls fn for every story in id order, stopping at fn's first
// error, which it returns unwrapped.
func (r Reader) EachStory(ctx context.Context, op string, fn func(*storyline.Story) error) error {
	rows, err := r.Query(ctx, `SELECT doc FROM stories ORDER BY id`)
	if err != nil {
		return r.Wrap(op, "", err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc string
		if err := rows.Scan(&doc); err != nil {
			return r.Wrap(op, "", err)
		}
		s, err := DecodeStory(doc)
		if err != nil {
			return r.Wrap(op, "", err)
		}
		if err := fn(s); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return r.Wrap(op, "", err)
	}
	return nil
}

// DecodeStory reads a story from its stored document (the contract's JSON).
func DecodeStory(doc string) (*storyline.Story, error) {
	s := new(storyline.Story)
	if err := json.Unmarshal([]byte(doc), s); err != nil {
		return nil, fmt.Errorf("decode story: %w", err)
	}
	return s, nil
}
