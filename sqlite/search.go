package sqlite

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/storyline-news/storyline/english"
)

// Snippet highlight marks: plain characters rather than HTML, so that a
// caller escapes the snippet first and then swaps the marks for its own.
const (
	MarkStart = "«"
	MarkEnd   = "»"
)

// SearchHit is one article that matches a full-text query.
type SearchHit struct {
	ID        string
	Title     string
	Published string
	// Snippet is a short excerpt of the body with the matches between MarkStart and MarkEnd.
	Snippet string
	// Score is higher for better matches (negated BM25, title weighted 5:1 over body).
	Score float64
}

// Search finds the articles whose title or body contain every word of query,
// best first. A double-quoted part of the query is a phrase and a word ending
// in '*' a prefix; everything else is taken literally, so no query is a
// syntax error. An empty query finds nothing.
func (db *DB) Search(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	match := matchQuery(query)
	if match == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 20
	}
	rows, err := db.r.QueryContext(ctx, `
		SELECT a.id, coalesce(a.title, ''), coalesce(a.published, ''),
			snippet(articles_fts, 1, ?, ?, '…', 24), -bm25(articles_fts, 5.0, 1.0) AS score
		FROM articles_fts JOIN articles a ON a.n = articles_fts.rowid
		WHERE articles_fts MATCH ?
		ORDER BY score DESC, a.id LIMIT ?`, MarkStart, MarkEnd, match, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite.Search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []SearchHit
	for rows.Next() {
		var h SearchHit
		if err := rows.Scan(&h.ID, &h.Title, &h.Published, &h.Snippet, &h.Score); err != nil {
			return nil, fmt.Errorf("sqlite.Search %q: %w", query, err)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite.Search %q: %w", query, err)
	}
	return hits, nil
}

// matchQuery turns what a person types into an FTS5 expression: every chunk
// becomes a quoted string (FTS5 syntax inside it is inert), chunks are ANDed.
func matchQuery(q string) string {
	// A NUL ends the string for SQLite's FTS parser; no control character is a word anyway.
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q)
	var terms []string
	for _, chunk := range chunks(q) {
		prefix := strings.HasSuffix(chunk, "*")
		chunk = strings.TrimRight(chunk, "*")
		if !strings.ContainsFunc(chunk, english.IsWordRune) {
			continue
		}
		term := `"` + strings.ReplaceAll(chunk, `"`, `""`) + `"`
		if prefix {
			term += "*"
		}
		terms = append(terms, term)
	}
	return strings.Join(terms, " ")
}

// chunks splits q at white space, keeping a double-quoted run together.
func chunks(q string) []string {
	var out []string
	for q != "" {
		q = strings.TrimLeftFunc(q, unicode.IsSpace)
		if rest, ok := strings.CutPrefix(q, `"`); ok {
			phrase, after, _ := strings.Cut(rest, `"`)
			out = append(out, phrase)
			q = after
			continue
		}
		end := strings.IndexFunc(q, unicode.IsSpace)
		if end < 0 {
			end = len(q)
		}
		if end > 0 {
			out = append(out, q[:end])
		}
		q = q[end:]
	}
	return out
}
