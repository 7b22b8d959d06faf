// Package storesql is what the two SQL stores (sqlite, postgres) share
// beyond the contract's rules in the root package: the reads whose logic is
// the same in both, written once over the little each store gives (its
// placeholders, what its text columns hold, how it runs a query, its
// errors). Here: which filters of a Query become which conditions; the
// order of a search (the page, its hits, the facets, the next cursor); the
// facets, the leads of a search without text, the stories, quotes and
// entities a query selects, and the readers of those queries' rows;
// articles and stories by id, in id order and in commit order; a page's
// stored hash; what a Relink makes of one stored article (RelinkArticle,
// which the store writes back); and the numbered migrations both stores
// embed, read and a newer schema refused. The full-text match, its ranking
// and snippets, the writes, upserts and locks, and which migrations to apply
// stay in each store.
package storesql

import (
	"context"
	"strings"

	"github.com/storyline-news/storyline"
)

// Reader is one store's read side as the shared queries use it.
type Reader struct {
	// Param is the placeholder of a statement's nth argument (from 1):
	// "$n" in PostgreSQL, "?n" in SQLite.
	Param func(n int) string
	// Text is a string argument as the store's text columns hold it
	// (PostgreSQL's hold no NUL characters).
	Text func(string) string
	// Query runs a statement and returns its rows, which the caller closes.
	Query func(ctx context.Context, query string, args ...any) (Rows, error)
	// Wrap is what the store makes of an error of op on the article or
	// story id ("" when the error concerns no one of them) as the readers
	// of articles and stories return it.
	Wrap func(op, id string, err error) error
	// Committed is the column of articles that orders them as committed.
	Committed string
}

// Selection is the SQL that selects the articles of a query: a FROM clause
// over articles a, its WHERE conditions (ANDed) and their arguments.
type Selection struct {
	Text  bool   // the query has text: hits are ranked by the store's full-text index
	From  string // "articles a", or the store's full-text table joined to it
	Where []string
	Args  []any
	param func(n int) string
}

// Match is a store's full-text condition on query text: it returns the
// condition, its arguments added with sel.Arg (and sel.From set when the
// index is a table of its own), or "" when the text holds no word the index
// could hold.
type Match func(sel *Selection, text string) string

// Select builds the selection of q: the text condition (match) first, then
// the entity, the source and the dates. Text with no word in it matches
// nothing, rather than everything. A date that is not YYYY, YYYY-MM or
// YYYY-MM-DD is EINVALID, as op.
func (r Reader) Select(op string, q storyline.Query, match Match) (*Selection, error) {
	sel := &Selection{From: "articles a", param: r.Param}
	if strings.TrimSpace(q.Text) != "" {
		sel.Text = true
		cond := match(sel, q.Text)
		if cond == "" {
			cond = "false"
		}
		sel.Where = append(sel.Where, cond)
	}
	if q.Entity != "" {
		sel.Where = append(sel.Where, "a.id IN (SELECT article_id FROM article_entities WHERE name = "+sel.Arg(r.Text(q.Entity))+")")
	}
	if q.Source != "" {
		sel.Where = append(sel.Where, "a.source = "+sel.Arg(r.Text(q.Source)))
	}
	for _, d := range []struct{ v, op, suffix string }{{q.From, ">=", ""}, {q.To, "<=", "~"}} {
		if d.v == "" {
			continue
		}
		if !dateFilter().MatchString(d.v) {
			return nil, storyline.OpErrorf(op, storyline.EINVALID, "date filter %q: want YYYY, YYYY-MM or YYYY-MM-DD", d.v)
		}
		// '~' sorts after every digit and '-' (the column compares bytewise:
		// COLLATE "C" in PostgreSQL), so "2026-01~" covers the whole month.
		sel.Where = append(sel.Where, "a.published "+d.op+" "+sel.Arg(d.v+d.suffix))
	}
	return sel, nil
}

// Arg adds an argument to the selection and returns its placeholder.
func (sel *Selection) Arg(v any) string {
	sel.Args = append(sel.Args, v)
	return sel.param(len(sel.Args))
}

// With returns the selection's arguments followed by more, in a new slice,
// and the placeholders of more: for a statement that puts more (a page's
// limit and offset, a snippet's marks) around the selection.
func (sel *Selection) With(more ...any) (args []any, params []string) {
	args = append(append(make([]any, 0, len(sel.Args)+len(more)), sel.Args...), more...)
	for i := range more {
		params = append(params, sel.param(len(sel.Args)+i+1))
	}
	return args, params
}

// WhereSQL is the WHERE clause of the selection, "" when it has none.
func (sel *Selection) WhereSQL() string {
	if len(sel.Where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(sel.Where, " AND ")
}
