package storyline

import (
	"slices"
	"strings"
	"unicode/utf8"
)

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
	var text spanText
	if len(a.Entities) > 0 {
		text = newSpanText(a.Body, a.Entities)
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
			add(key{e.Name, e.Type, text.surface(m, e.Name)}, 1)
		}
	}
	return rows
}

// spanText reads the text of code-point spans of a body. A body that is
// valid UTF-8 is read in place, at the byte offsets of the spans' ends,
// found in one pass; another is decoded into code points, whose invalid
// bytes become U+FFFD. Decoding every body whole was most of what
// EntityAliases cost its stores' commits (runtime.stringtoslicerune,
// bench --cpuprofile); TestEntityAliasesInPlace holds both ways alike.
type spanText struct {
	body  string
	runes []rune // the body decoded, when it is not valid UTF-8
	// at are the spans' ends in code points, sorted, and bytes their byte
	// offsets; n is the body's length in code points
	at, bytes []int
	n         int
}

func newSpanText(body string, ents []ArticleEntity) spanText {
	if !utf8.ValidString(body) {
		return spanText{runes: []rune(body)}
	}
	t := spanText{body: body}
	for _, e := range ents {
		for _, m := range e.Mentions {
			t.at = append(t.at, m.Start, m.End)
		}
	}
	slices.Sort(t.at)
	t.at = slices.Compact(t.at)
	t.bytes = make([]int, len(t.at))
	k := 0
	for k < len(t.at) && t.at[k] < 0 {
		k++
	}
	for i := range body {
		for k < len(t.at) && t.at[k] == t.n {
			t.bytes[k] = i
			k++
		}
		t.n++
	}
	for k < len(t.at) && t.at[k] == t.n {
		t.bytes[k] = len(body)
		k++
	}
	return t
}

// surface is the text of span s, white space collapsed, or fallback when
// s lies outside the body or holds nothing but white space.
func (t spanText) surface(s Span, fallback string) string {
	var text string
	if t.runes != nil {
		if s.Start < 0 || s.End > len(t.runes) || s.Start >= s.End {
			return fallback
		}
		text = string(t.runes[s.Start:s.End])
	} else {
		if s.Start < 0 || s.End > t.n || s.Start >= s.End {
			return fallback
		}
		i, _ := slices.BinarySearch(t.at, s.Start)
		j, _ := slices.BinarySearch(t.at, s.End)
		text = t.body[t.bytes[i]:t.bytes[j]]
	}
	alias := strings.Join(strings.Fields(text), " ")
	if alias == "" {
		return fallback
	}
	return alias
}
