package storyline

// LinkedNames are an article's names as the linker gave them when the
// article was committed: its entities and the speaker of each of its quotes.
// A store keeps them beside the names it shows, and the renames after a run
// are recomputed from every article's LinkedNames and applied to them afresh
// (Relink): what an article shows is then a function of the articles stored,
// not of where one run stopped and the next began, and a rename that later
// evidence no longer supports is undone.
type LinkedNames struct {
	Entities []ArticleEntity `json:"entities"`
	Speakers []string        `json:"speakers"` // one per quote, in order
}

// LinkedNames returns a copy of the article's names as they stand.
func (a *Article) LinkedNames() LinkedNames {
	n := LinkedNames{Entities: copyEntities(a.Entities), Speakers: make([]string, len(a.Quotes))}
	for i, q := range a.Quotes {
		n.Speakers[i] = q.Speaker
	}
	return n
}

// SetLinkedNames gives the article the names it was committed with. Quotes
// beyond the speakers listed keep theirs.
func (a *Article) SetLinkedNames(n LinkedNames) {
	a.Entities = copyEntities(n.Entities)
	for i := range a.Quotes {
		if i < len(n.Speakers) {
			a.Quotes[i].Speaker = n.Speakers[i]
		}
	}
}

// copyEntities copies entities and their mention lists, so that neither
// copy shares an array with the other.
func copyEntities(es []ArticleEntity) []ArticleEntity {
	if es == nil {
		return nil
	}
	out := make([]ArticleEntity, len(es))
	for i, e := range es {
		out[i] = e
		out[i].Mentions = append([]Span(nil), e.Mentions...)
	}
	return out
}

// Relink sets the article's names to linked with renames applied. It
// reports whether that changed what the article showed, and whether what
// it shows now differs from linked (a store marks those articles, so that
// a later Relink finds them whatever it renames).
func (a *Article) Relink(linked LinkedNames, renames map[EntityKey]EntityKey) (changed, renamed bool) {
	before := a.LinkedNames()
	a.SetLinkedNames(linked)
	a.RenameEntities(renames)
	now := a.LinkedNames()
	return !now.Equal(before), !now.Equal(linked)
}

// Equal reports whether two sets of names are the same, entity by entity
// and speaker by speaker.
func (x LinkedNames) Equal(y LinkedNames) bool {
	if len(x.Entities) != len(y.Entities) || len(x.Speakers) != len(y.Speakers) {
		return false
	}
	for i, e := range x.Entities {
		f := y.Entities[i]
		if e.Name != f.Name || e.Type != f.Type || len(e.Mentions) != len(f.Mentions) {
			return false
		}
		for j, m := range e.Mentions {
			if m != f.Mentions[j] {
				return false
			}
		}
	}
	for i, s := range x.Speakers {
		if s != y.Speakers[i] {
			return false
		}
	}
	return true
}

// Relink sets the story's entity list to linked (the list as the clusterer
// gave it when the story was committed) with renames applied, and reports
// whether that changed the list.
func (s *Story) Relink(linked []string, renames map[EntityKey]EntityKey) bool {
	before := s.Entities
	s.Entities = append([]string(nil), linked...)
	s.RenameEntities(renames)
	if len(before) != len(s.Entities) {
		return true
	}
	for i, e := range before {
		if e != s.Entities[i] {
			return true
		}
	}
	return false
}
