package storyline

// Story is an event cluster: the articles, from any number of sources, that
// report one real-world event.
type Story struct {
	ID             string   `json:"id"`
	Title          string   `json:"title"`
	Articles       []string `json:"articles"`
	Sources        []string `json:"sources"`
	FirstPublished string   `json:"first_published"`
	LastPublished  string   `json:"last_published"`
	// Entities are canonical names, most central first.
	Entities  []string `json:"entities"`
	Storyline string   `json:"storyline"`
	// Comparison and Timeline are derived from the articles when the story
	// is read (package compare); a store does not keep them.
	Comparison *Comparison     `json:"comparison"`
	Timeline   []TimelineEvent `json:"timeline"`
}

// Heading is what to call the story where a title is wanted: its title,
// else the heading of first, the article of it a reader meets first
// (Article.Heading); "" when neither says anything.
func (s *Story) Heading(first *Article) string {
	if s.Title != "" || first == nil {
		return s.Title
	}
	return first.Heading()
}

// Entity is one real-world entity across the whole store.
type Entity struct {
	Name string     `json:"name"`
	Type EntityType `json:"type"`
	// Aliases maps every surface form seen for the entity to its mention count.
	Aliases  map[string]int `json:"aliases"`
	Mentions int            `json:"mentions"`
	Articles int            `json:"articles"`
}

// RenameEntities applies entity renames to the story's list of canonical
// names, keeping each name once, where it first stood. It reports whether
// anything changed.
func (s *Story) RenameEntities(renames map[EntityKey]EntityKey) bool {
	byName := map[string]string{}
	for from, to := range renames {
		if to.Name != from.Name { // a story lists names, not types
			byName[from.Name] = to.Name
		}
	}
	changed := false
	seen := map[string]bool{}
	out := s.Entities[:0:0]
	for _, name := range s.Entities {
		if to, ok := byName[name]; ok {
			name, changed = to, true
		}
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	s.Entities = out
	return changed
}
