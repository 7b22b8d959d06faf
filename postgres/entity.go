package postgres

import (
	"context"
	"fmt"

	"github.com/storyline-news/storyline"
)

// entityQuery returns one row per entity and alias, entities in the order
// EachEntity promises, so that one pass can group them.
const entityQuery = `
		WITH totals AS (
			SELECT name, type, sum(mentions) AS m, count(DISTINCT article_id) AS a
			FROM article_entities GROUP BY name, type),
		aliases AS (
			SELECT name, type, alias, sum(mentions) AS c
			FROM article_entities GROUP BY name, type, alias)
		SELECT t.name, t.type, t.m::bigint, t.a, al.alias, al.c::bigint
		FROM totals t JOIN aliases al ON al.name = t.name AND al.type = t.type
		ORDER BY t.m DESC, t.name, t.type, al.alias`

// EachEntity calls fn for every entity (canonical name and type) in the store,
// most mentioned first, ties by name then type, stopping at fn's first error.
func (db *DB) EachEntity(ctx context.Context, fn func(*storyline.Entity) error) error {
	const op = "postgres.EachEntity"
	rows, err := db.pool.Query(ctx, entityQuery)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	return storyline.GroupEntities(rows, func(err error) error { return fmt.Errorf("%s: %w", op, err) }, fn)
}
