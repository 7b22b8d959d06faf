package cluster

import "github.com/storyline-news/storyline"

// changeSet collects the stories one Assign call touched, in first-touch order.
type changeSet struct {
	seen  map[*story]bool
	order []*story
}

func (cs *changeSet) add(s *story) {
	if !cs.seen[s] {
		cs.seen[s] = true
		cs.order = append(cs.order, s)
	}
}

func (cs *changeSet) export() []*storyline.Story {
	out := make([]*storyline.Story, 0, len(cs.order))
	for _, s := range cs.order {
		if s.merged {
			out = append(out, &storyline.Story{ID: s.id})
			continue
		}
		out = append(out, s.export())
	}
	return out
}
