package sqlite

import (
	"context"
	"database/sql"
	"strconv"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/storesql"
)

var _ storyline.Searcher = (*DB)(nil)

// snippetTokens is the length of a search snippet in tokens: about two lines.
const snippetTokens = 24

// reader is the read pool as the queries both stores share run on it:
// numbered placeholders (?n), text as it is, errors for people (storeError).
func (db *DB) reader() storesql.Reader {
	return storesql.Reader{
		Param: func(n int) string { return "?" + strconv.Itoa(n) },
		Text:  func(s string) string { return s },
		Wrap:  storeError,
		// n grows with every insert.
		Committed: "n",
		Query: func(ctx context.Context, query string, args ...any) (storesql.Rows, error) {
			rows, err := db.r.QueryContext(ctx, query, args...)
			if err != nil {
				return nil, err
			}
			return sqlRows{rows}, nil
		},
	}
}

// sqlRows is database/sql's rows as storesql reads them: an error of Close
// is one that Err reported already.
type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { r.Rows.Close() }

// match is the full-text condition on query text: the FTS5 table joined to
// the articles, and the expression it must match.
func match(sel *storesql.Selection, text string) string {
	sel.From = "articles_fts JOIN articles a ON a.n = articles_fts.rowid"
	expr := matchQuery(text)
	if expr == "" {
		return ""
	}
	return "articles_fts MATCH " + sel.Arg(expr)
}

// Search finds the articles a query selects, with facet counts over all of
// them; with text, best first by BM25 (titles weighted five to one over
// bodies), each hit with FTS5's snippet.
func (db *DB) Search(ctx context.Context, q storyline.Query) (*storyline.SearchResult, error) {
	const op = "sqlite.Search"
	r := db.reader()
	sel, err := r.Select(op, q, match)
	if err != nil {
		return nil, err
	}
	return r.Search(ctx, op, q, sel, func(limit, offset int) ([]storyline.SearchHit, error) {
		args, p := sel.With(storyline.MarkStart, storyline.MarkEnd, limit, offset)
		rows, err := r.Query(ctx, `SELECT `+storesql.HitColumns+`, snippet(articles_fts, 1, `+p[0]+`, `+p[1]+`, '…', `+strconv.Itoa(snippetTokens)+`),
			-bm25(articles_fts, 5.0, 1.0) AS score FROM `+sel.From+sel.WhereSQL()+storesql.ByScore+` LIMIT `+p[2]+` OFFSET `+p[3], args...)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		return storesql.ReadHits(rows, nil)
	})
}

// Stories lists the stories with an article that the query selects, latest first.
func (db *DB) Stories(ctx context.Context, q storyline.Query) (*storyline.StoryPage, error) {
	const op = "sqlite.Stories"
	r := db.reader()
	sel, err := r.Select(op, q, match)
	if err != nil {
		return nil, err
	}
	return r.Stories(ctx, op, q, sel)
}

// Quotes returns the quotes that q selects, newest article first, each
// article's quotes in body order.
func (db *DB) Quotes(ctx context.Context, q storyline.QuoteQuery) ([]storyline.QuoteRecord, error) {
	return db.reader().Quotes(ctx, "sqlite.Quotes", q)
}

// Entity returns the entity with this canonical name, the most mentioned
// type when there are several.
func (db *DB) Entity(ctx context.Context, name string) (*storyline.Entity, error) {
	return db.reader().Entity(ctx, "sqlite.Entity", name)
}
