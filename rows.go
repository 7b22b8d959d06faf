package storyline

// Rows is a store's query result as the readers below consume it: both
// database/sql's *Rows and pgx's Rows are one, so the SQLite and PostgreSQL
// stores share what they do with the rows their own SQL returns.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// ReadFacets reads the rows of a store's facet query into res: one row
// (kind, value, count) per facet value, kind being "total" (value empty,
// the count of articles selected), "source", "published" or "entity". Each
// facet keeps its top values (TopFacets).
func ReadFacets(rows Rows, res *SearchResult) error {
	for rows.Next() {
		var kind, value string
		var n int
		if err := rows.Scan(&kind, &value, &n); err != nil {
			return err
		}
		fc := FacetCount{Value: value, Count: n}
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
	res.Facets.Source = TopFacets(res.Facets.Source)
	res.Facets.Entity = TopFacets(res.Facets.Entity)
	res.Facets.Published = TopFacets(res.Facets.Published)
	return nil
}

// GroupEntities reads the rows of a store's entity query, one per entity
// and alias (name, type, mentions, articles, alias, the alias's mentions),
// the rows of one entity together, and calls fn once per entity in row
// order, stopping at fn's first error, which it returns as it is. wrap is
// applied to the errors of the rows themselves.
func GroupEntities(rows Rows, wrap func(error) error, fn func(*Entity) error) error {
	var cur *Entity
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
			cur = &Entity{Name: name, Type: EntityType(typ),
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
