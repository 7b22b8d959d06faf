package storesql

import "github.com/storyline-news/storyline"

// Rows is a store's query result as the readers below consume it: pgx's
// Rows is one, and the SQLite store wraps database/sql's *Rows (whose Close
// returns an error) into one, so that both stores share what they do with
// the rows of the same SQL.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// readFacets reads the rows of a store's facet query into res: one row
// (kind, value, count) per facet value, kind being "total" (value empty,
// the count of articles selected), "source", "published" or "entity". Each
// facet keeps its top values (TopFacets).
func readFacets(rows Rows, res *storyline.SearchResult) error {
	for rows.Next() {
		var kind, value string
		var n int
		if err := rows.Scan(&kind, &value, &n); err != nil {
			return err
		}
		fc := storyline.FacetCount{Value: value, Count: n}
		switch kind {
		case "total":
			res.Total = n
		case "source":
			res.Facets.Source = append(res.Facets.Source, fc)
		case "published":
			res.Facets.Published = append(res.Facets.Published, fc)
		case "entity":
			res.Facets.Entity = append(res.Facets.Entity, fc)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	res.Facets.Source = storyline.TopFacets(res.Facets.Source)
	res.Facets.Entity = storyline.TopFacets(res.Facets.Entity)
	res.Facets.Published = storyline.TopFacets(res.Facets.Published)
	return nil
}

// groupEntities reads the rows of a store's entity query, one per entity
// and alias (name, type, mentions, articles, alias, the alias's mentions),
// the rows of one entity together, and calls fn once per entity in row
// order, stopping at fn's first error, which it returns as it is. wrap is
// applied to the errors of the rows themselves.
func groupEntities(rows Rows, wrap func(error) error, fn func(*storyline.Entity) error) error {
	var cur *storyline.Entity
	for rows.Next() {
		var name, typ, alias string
		var mentions, articles, count int64
		if err := rows.Scan(&name, &typ, &mentions, &articles, &alias, &count); err != nil {
			return wrap(err)
		}
		if cur != nil && (cur.Name != name || string(cur.Type) != typ) {
			if err := fn(cur); err != nil {
				return err
			}
			cur = nil
		}
		if cur == nil {
			cur = &storyline.Entity{Name: name, Type: storyline.EntityType(typ),
				Aliases: map[string]int{}, Mentions: int(mentions), Articles: int(articles)}
		}
		if alias != "" {
			cur.Aliases[alias] += int(count)
		}
	}
	if err := rows.Err(); err != nil {
		return wrap(err)
	}
	if cur != nil {
		return fn(cur)
	}
	return nil
}

// ReadHits reads the rows of a store's ranked query (HitColumns, the
// snippet, the score) into hits, snippet applied to each snippet column: a
// store whose index makes no snippets returns the body there and makes it
// in Go; nil keeps the column as it is.
func ReadHits(rows Rows, snippet func(string) string) ([]storyline.SearchHit, error) {
	hits := []storyline.SearchHit{}
	for rows.Next() {
		var h storyline.SearchHit
		if err := rows.Scan(&h.Article, &h.Title, &h.Source, &h.Published, &h.Story, &h.Snippet, &h.Score); err != nil {
			return nil, err
		}
		if snippet != nil {
			h.Snippet = snippet(h.Snippet)
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}
