package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/storesql"
)

var _ storyline.Searcher = (*DB)(nil)

// snippetTokens is the length of a search snippet in words: about two lines.
const snippetTokens = 24

// rankWeights are ts_rank's weights for the D, C, B and A labels: the body is
// D and the title A, five to one, as the SQLite store weights BM25.
const rankWeights = "{0.2, 0.2, 0.2, 1.0}"

// rankNormalization divides a rank by 1 + log(length of the document), so a
// long article that mentions a word in passing does not outrank a short one
// about it: the length normalisation BM25 does in the SQLite store.
const rankNormalization = 1

// reader is the pool as the queries both stores share run on it: $n
// placeholders, text without NULs.
func (db *DB) reader() storesql.Reader {
	return storesql.Reader{
		Param: func(n int) string { return "$" + strconv.Itoa(n) },
		Text:  clean,
		Wrap: func(op, id string, err error) error {
			if id == "" {
				return fmt.Errorf("%s: %w", op, err)
			}
			return fmt.Errorf("%s %s: %w", op, id, err)
		},
		Committed: "committed",
		Query: func(ctx context.Context, query string, args ...any) (storesql.Rows, error) {
			return db.pool.Query(ctx, query, args...)
		},
	}
}

// match is the full-text condition on a query's text: the tsvector column
// must match the terms' tsquery, whose placeholder the rank reads again and
// whose terms the snippets mark.
type match struct {
	terms   []term
	tsquery string // its placeholder; "" when the text has no word
}

func (m *match) cond(sel *storesql.Selection, text string) string {
	m.terms = parseQuery(text)
	tsq := tsQuery(m.terms)
	if tsq == "" {
		return ""
	}
	m.tsquery = sel.Arg(tsq)
	return "a.tsv @@ to_tsquery('simple', " + m.tsquery + ")"
}

// Search finds the articles a query selects, with facet counts over all of
// them; with text, best first by ts_rank, each hit with a snippet made in Go.
func (db *DB) Search(ctx context.Context, q storyline.Query) (*storyline.SearchResult, error) {
	const op = "postgres.Search"
	r := db.reader()
	var m match
	sel, err := r.Select(op, q, m.cond)
	if err != nil {
		return nil, err
	}
	return r.Search(ctx, op, q, sel, func(limit, offset int) ([]storyline.SearchHit, error) {
		if m.tsquery == "" {
			return []storyline.SearchHit{}, nil // the selection is false
		}
		// The whole body comes back for the snippet, for one page of hits only.
		args, p := sel.With(rankWeights, limit, offset)
		rows, err := r.Query(ctx, `SELECT `+storesql.HitColumns+`, a.body, ts_rank(`+p[0]+`::float4[], a.tsv, to_tsquery('simple', `+m.tsquery+`), `+
			strconv.Itoa(rankNormalization)+`)::float8 AS score FROM `+sel.From+sel.WhereSQL()+storesql.ByScore+` LIMIT `+p[1]+` OFFSET `+p[2], args...)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		return storesql.ReadHits(rows, func(body string) string { return snippet(body, m.terms) })
	})
}

// Stories lists the stories with an article that the query selects, latest first.
func (db *DB) Stories(ctx context.Context, q storyline.Query) (*storyline.StoryPage, error) {
	const op = "postgres.Stories"
	r := db.reader()
	var m match
	sel, err := r.Select(op, q, m.cond)
	if err != nil {
		return nil, err
	}
	return r.Stories(ctx, op, q, sel)
}

// Quotes returns the quotes that q selects, newest article first, each
// article's quotes in body order.
func (db *DB) Quotes(ctx context.Context, q storyline.QuoteQuery) ([]storyline.QuoteRecord, error) {
	return db.reader().Quotes(ctx, "postgres.Quotes", q)
}

// queueQuotes rewrites an article's article_quotes rows from its doc, in the
// batch that writes the doc.
func queueQuotes(b *pgx.Batch, id, doc string) error {
	var d struct {
		Quotes []json.RawMessage `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(doc), &d); err != nil {
		return err
	}
	b.Queue(`DELETE FROM article_quotes WHERE article_id = $1`, id)
	for i, raw := range d.Quotes {
		var s struct {
			Speaker *string `json:"speaker"`
		}
		if err := json.Unmarshal(raw, &s); err != nil {
			return err
		}
		var speaker any
		if s.Speaker != nil {
			speaker = clean(*s.Speaker)
		}
		b.Queue(`INSERT INTO article_quotes(article_id, seq, speaker, quote) VALUES ($1, $2, $3, $4)`,
			id, i, speaker, string(raw))
	}
	return nil
}

// Entity returns the entity with this canonical name, the most mentioned
// type when there are several.
func (db *DB) Entity(ctx context.Context, name string) (*storyline.Entity, error) {
	return db.reader().Entity(ctx, "postgres.Entity", name)
}
