package cluster

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/storyline-news/storyline"
)

// restored is what the first pass over the store keeps of an article.
type restored struct {
	id, published string
}

// Stored is what Restore reads of a store: its stories, its articles as
// they were committed and in that order, and one article by id.
type Stored interface {
	EachStory(ctx context.Context, fn func(*storyline.Story) error) error
	storyline.CommitReader
	Article(ctx context.Context, id string) (*storyline.Article, error)
}

// Restore rebuilds the in-memory state (IDF statistics, story centroids,
// duplicate index, storylines) from what the store holds, so that a later
// run continues where the last one stopped and keeps story ids stable. Call
// it once, on a new Clusterer, before Assign.
//
// It replays the stored articles in the order they were committed, with the
// names they were committed with, through the same steps as Assign: the
// state is then the one the run that stored them ended with, and a run that
// goes on from it gives exactly what one run over everything would have.
// Where the replay does not reproduce what is stored (a store written by
// another version of the clusterer, pages committed again with other
// content), the state is rebuilt from the stored stories instead, which
// continues close to one run but not exactly.
func (c *Clusterer) Restore(ctx context.Context, r Stored) error {
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
	replayed := New(c.opt)
	replayed.trace = c.trace
	same, err := replayed.replay(ctx, r, stored, member)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if same {
		*c = *replayed
		c.exact = true
		return nil
	}
	if err := c.rebuild(ctx, r, stored, member); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}

// Exact reports whether Restore reproduced the state of the run that stored
// the articles (see Restore).
func (c *Clusterer) Exact() bool { return c.exact }

// placement is where the store has an article: its story and original.
type placement struct{ story, original string }

// replay assigns the stored articles again, in commit order, and reports
// whether every article, story and storyline came out as stored.
func (c *Clusterer) replay(ctx context.Context, r Stored, stored map[string]*storyline.Story, member map[string]string) (bool, error) {
	want := map[string]placement{}
	err := r.EachCommitted(ctx, func(a *storyline.Article) error {
		p := placement{a.Story, a.DuplicateOf}
		// A merge moves articles committed earlier: the story's list is
		// newer than the article's own field.
		if id, ok := member[a.ID]; ok {
			p.story = id
		}
		want[a.ID] = p
		a.Story, a.DuplicateOf = "", ""
		c.assign(&storyline.Doc{Article: a}, &changeSet{seen: map[*story]bool{}})
		return nil
	})
	if err != nil {
		return false, err
	}
	for id, p := range want {
		if s := c.of[id]; s == nil || s.id != p.story || c.original[id] != p.original {
			return false, nil
		}
	}
	live := 0
	for _, s := range c.stories {
		if s.merged {
			continue
		}
		live++
		st := stored[s.id]
		if st == nil || st.Storyline != s.storyline || !slices.Equal(st.Articles, s.articles) {
			return false, nil
		}
	}
	return live == len(stored), nil
}

// rebuild puts every stored article back into its stored story, with
// statistics counted over the whole store first.
func (c *Clusterer) rebuild(ctx context.Context, r Stored, stored map[string]*storyline.Story, member map[string]string) error {
	var order []restored
	err := r.EachCommitted(ctx, func(a *storyline.Article) error {
		ents := map[string]float64{}
		for e, n := range entityNames(&storyline.Doc{Article: a}) {
			ents["@"+e] = float64(n)
		}
		// counted as an ingest counts it (features, observe set)
		c.counting.begin(c.vocab, langPrefix(a.Language))
		c.counting.countTerms(a, c.opt)
		c.counting.observe(langKey(a.Language), ents)
		order = append(order, restored{a.ID, a.Published})
		return nil
	})
	if err != nil {
		return err
	}
	// Publication order: the earliest copy stays the original.
	sort.SliceStable(order, func(i, j int) bool {
		if order[i].published != order[j].published {
			return order[i].published < order[j].published
		}
		return order[i].id < order[j].id
	})
	for _, o := range order {
		a, err := r.Article(ctx, o.id)
		if err != nil {
			return err
		}
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
