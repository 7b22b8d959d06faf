package storyline

import "strings"

// EntityAlias is how often one surface form of an entity occurs in one
// article: what a store aggregates into an Entity's Aliases and counts.
type EntityAlias struct {
	Name     string
	Type     EntityType
	Alias    string // "" for an entity listed without mentions
	Mentions int
}

// EntityAliases derives the article's entity aliases. The alias of a
// mention is the body text its span covers, white space collapsed; a span
// outside the body falls back to the canonical name rather than failing.
// An entity without mentions still counts the article, with no alias.
func (a *Article) EntityAliases() []EntityAlias {
	var runes []rune
	if len(a.Entities) > 0 {
		runes = []rune(a.Body)
	}
	type key struct {
		name  string
		typ   EntityType
		alias string
	}
	index := map[key]int{}
	var rows []EntityAlias
	add := func(k key, n int) {
		if i, ok := index[k]; ok {
			rows[i].Mentions += n
			return
		}
		index[k] = len(rows)
		rows = append(rows, EntityAlias{Name: k.name, Type: k.typ, Alias: k.alias, Mentions: n})
	}
	for _, e := range a.Entities {
		if len(e.Mentions) == 0 {
			add(key{e.Name, e.Type, ""}, 0)
		}
		for _, m := range e.Mentions {
			add(key{e.Name, e.Type, surface(runes, m, e.Name)}, 1)
		}
	}
	return rows
}

func surface(body []rune, s Span, fallback string) string {
	if s.Start < 0 || s.End > len(body) || s.Start >= s.End {
		return fallback
	}
	alias := strings.Join(strings.Fields(string(body[s.Start:s.End])), " ")
	if alias == "" {
		return fallback
	}
	return alias
}
