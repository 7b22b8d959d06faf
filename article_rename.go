package storyline

// EntityKey names one entity: canonical name and type.
type EntityKey struct {
	Name string
	Type EntityType
}

// RenameEntities gives entities new canonical names and types (old → new),
// merging mentions where the new entity is already there, and renames the
// speakers of the article's quotes alike. A speaker stays a person or an
// organisation, as the export contract wants: a rename that would make it
// a place or MISC ("Politico" typed PLACE in most other articles) is not
// applied to this article. It reports whether anything changed.
func (a *Article) RenameEntities(renames map[EntityKey]EntityKey) bool {
	if len(renames) == 0 {
		return false
	}
	spoke := map[string]bool{}
	for _, q := range a.Quotes {
		spoke[q.Speaker] = true
	}
	changed := false
	var out []ArticleEntity
	index := map[EntityKey]int{}
	speakers := map[string]string{}
	for _, e := range a.Entities {
		if to, ok := renames[EntityKey{e.Name, e.Type}]; ok && !(spoke[e.Name] && to.Type != Person && to.Type != Org) {
			speakers[e.Name] = to.Name
			e.Name, e.Type, changed = to.Name, to.Type, true
		}
		k := EntityKey{e.Name, e.Type}
		if j, ok := index[k]; ok {
			out[j].Mentions = mergeSpans(out[j].Mentions, e.Mentions)
			continue
		}
		index[k] = len(out)
		out = append(out, e)
	}
	a.Entities = out
	for i := range a.Quotes {
		if to, ok := speakers[a.Quotes[i].Speaker]; ok {
			a.Quotes[i].Speaker, changed = to, true
		}
	}
	return changed
}

// mergeSpans joins two span lists in order of start.
func mergeSpans(a, b []Span) []Span {
	out := append(append([]Span{}, a...), b...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start < out[j-1].Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
