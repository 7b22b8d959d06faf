package storesql

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/storyline-news/storyline"
)

// Quotes returns the quotes that q selects, newest article first, each
// article's quotes in body order.
func (r Reader) Quotes(ctx context.Context, op string, q storyline.QuoteQuery) ([]storyline.QuoteRecord, error) {
	query := `SELECT a.id, coalesce(a.source, ''), coalesce(a.published, ''), q.quote
		FROM article_quotes q JOIN articles a ON a.id = q.article_id WHERE true`
	var args []any
	if q.Speaker != "" {
		args = append(args, r.Text(q.Speaker))
		query += ` AND q.speaker = ` + r.Param(len(args))
	}
	if q.Story != "" {
		args = append(args, r.Text(q.Story))
		query += ` AND a.story = ` + r.Param(len(args))
	}
	query += ` ORDER BY a.published DESC NULLS LAST, a.id, q.seq`
	words := strings.ToLower(strings.TrimSpace(q.Text))
	skip := q.Offset // the rows to pass over here, when the words filter them
	if words == "" && q.Limit > 0 {
		// no words to filter by: the database pages the rows itself, and
		// the rows passed over are neither sent nor decoded
		args = append(args, q.Limit, q.Offset)
		query += ` LIMIT ` + r.Param(len(args)-1) + ` OFFSET ` + r.Param(len(args))
		skip = 0
	}
	rows, err := r.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	out := []storyline.QuoteRecord{}
	for rows.Next() {
		var rec storyline.QuoteRecord
		var doc string
		if err := rows.Scan(&rec.Article, &rec.Source, &rec.Published, &doc); err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		if err := json.Unmarshal([]byte(doc), &rec.Quote); err != nil {
			return nil, fmt.Errorf("%s %s: %w", op, rec.Article, err)
		}
		if words != "" && !strings.Contains(strings.ToLower(rec.Text), words) {
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		out = append(out, rec)
		if q.Limit > 0 && len(out) == q.Limit {
			break
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return out, nil
}
