package cluster

import (
	"context"
	"fmt"
	"sort"

	"github.com/storyline-news/storyline"
)

// restored is what the first pass over the store keeps of an article.
type restored struct {
	id, published string
}

// Restore rebuilds the in-memory state (IDF statistics, story centroids,
// duplicate index, storylines) from what the store holds, so that a later
// run continues where the last one stopped and keeps story ids stable. Call
// it once, on a new Clusterer, before Assign.
func (c *Clusterer) Restore(ctx context.Context, r storyline.ArticleReader) error {
	const op = "cluster.Restore"
	stored := map[string]*storyline.Story{}
	member := map[string]string{} // article id -> story id, from the stories' own lists
	err := r.EachStory(ctx, func(s *storyline.Story) error {
		stored[s.ID] = s
		for _, id := range s.Articles {
			member[id] = s.ID
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	var order []restored
	err = r.EachArticle(ctx, func(a *storyline.Article) error {
		counts, names := termCounts(a, c.opt)
		ents := map[string]float64{}
		for e, n := range entityNames(&storyline.Doc{Article: a}) {
			ents["@"+e] = float64(n)
		}
		c.vocab.observeDoc(counts, names, ents)
		order = append(order, restored{a.ID, a.Published})
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	// Publication order, as Assign saw them: the earliest copy stays the original.
	sort.SliceStable(order, func(i, j int) bool {
		if order[i].published != order[j].published {
			return order[i].published < order[j].published
		}
		return order[i].id < order[j].id
	})
	for _, o := range order {
		a, err := r.Article(ctx, o.id)
		if err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		// A merge moves articles committed earlier: the story's list is newer
		// than the article's own field.
		if id, ok := member[a.ID]; ok {
			a.Story = id
		}
		c.restoreArticle(a, stored)
	}
	c.restoreOrder(stored)
	return nil
}

// restoreOrder gives each restored story its articles in the stored order
// (the order they joined it), not the publication order they were restored
// in, so that a run continued after a stop lists them as one run would.
func (c *Clusterer) restoreOrder(stored map[string]*storyline.Story) {
	for id, st := range stored {
		s := c.stories[id]
		if s == nil {
			continue
		}
		pos := make(map[string]int, len(st.Articles))
		for i, a := range st.Articles {
			pos[a] = i
		}
		sort.SliceStable(s.articles, func(i, j int) bool {
			pi, iok := pos[s.articles[i]]
			pj, jok := pos[s.articles[j]]
			if iok != jok {
				return iok // listed ones first, the others after, as restored
			}
			return iok && pi < pj
		})
	}
}

// restoreArticle puts a stored article back into its stored story.
func (c *Clusterer) restoreArticle(a *storyline.Article, stored map[string]*storyline.Story) {
	sig := c.hasher.Sign(a.Body)
	c.dups.Add(a.ID, sig)
	if a.Story == "" {
		return
	}
	s := c.stories[a.Story]
	if s == nil {
		s = c.addStory(a.Story)
		if st := stored[a.Story]; st != nil {
			s.storyline = st.Storyline
		}
	}
	c.of[a.ID] = s
	if a.DuplicateOf != "" {
		c.original[a.ID] = a.DuplicateOf
		s.addMember(a, nil)
		return
	}
	d := &storyline.Doc{Article: a}
	f := c.features(d, false)
	s.addMember(a, f)
	c.post(s, f)
}
