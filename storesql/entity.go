package storesql

import (
	"context"
	"fmt"

	"github.com/storyline-news/storyline"
)

// Entity returns the entity with this canonical name, the most mentioned
// type when there are several; ENOTFOUND if none.
func (r Reader) Entity(ctx context.Context, op, name string) (*storyline.Entity, error) {
	var typ string
	e := &storyline.Entity{Name: name, Aliases: map[string]int{}}
	found, err := r.row(ctx, []any{&typ, &e.Mentions, &e.Articles}, `SELECT type, sum(mentions), count(DISTINCT article_id)
		FROM article_entities WHERE name = `+r.Param(1)+` GROUP BY type ORDER BY sum(mentions) DESC, type LIMIT 1`, r.Text(name))
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, name, err)
	}
	if !found {
		return nil, storyline.OpErrorf(op, storyline.ENOTFOUND, "entity %q not found", name)
	}
	e.Type = storyline.EntityType(typ)
	rows, err := r.Query(ctx, `SELECT alias, sum(mentions) FROM article_entities
		WHERE name = `+r.Param(1)+` AND type = `+r.Param(2)+` AND alias != '' GROUP BY alias`, r.Text(name), typ)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var alias string
		var n int
		if err := rows.Scan(&alias, &n); err != nil {
			return nil, fmt.Errorf("%s %s: %w", op, name, err)
		}
		e.Aliases[alias] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, name, err)
	}
	return e, nil
}

// row scans the first row of a query into dest and reports whether there
// was one.
func (r Reader) row(ctx context.Context, dest []any, query string, args ...any) (bool, error) {
	rows, err := r.Query(ctx, query, args...)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	if !rows.Next() {
		return false, rows.Err()
	}
	return true, rows.Scan(dest...)
}

// entityQuery returns one row per entity and alias, entities in the order
// EachEntity promises, so that one pass can group them.
const entityQuery = `
		WITH totals AS (
			SELECT name, type, sum(mentions) AS m, count(DISTINCT article_id) AS a
			FROM article_entities GROUP BY name, type),
		aliases AS (
			SELECT name, type, alias, sum(mentions) AS c
			FROM article_entities GROUP BY name, type, alias)
		SELECT t.name, t.type, t.m, t.a, al.alias, al.c
		FROM totals t JOIN aliases al ON al.name = t.name AND al.type = t.type
		ORDER BY t.m DESC, t.name, t.type, al.alias`

// EachEntity calls fn for every entity (canonical name and type) in the
// store, most mentioned first, ties by name then type, stopping at fn's
// first error, which it returns as it is; wrap is applied to the query's
// own errors.
func (r Reader) EachEntity(ctx context.Context, wrap func(error) error, fn func(*storyline.Entity) error) error {
	rows, err := r.Query(ctx, entityQuery)
	if err != nil {
		return wrap(err)
	}
	defer rows.Close()
	return groupEntities(rows, wrap, fn)
}
