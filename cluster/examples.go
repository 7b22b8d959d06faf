package cluster

import (
	"context"
	"fmt"

	"github.com/storyline-news/storyline"
)

// Example is one candidate pair the join model learns from: the features of
// an article against a story the candidate lookup offered, and whether the
// story holds the article's own event.
type Example struct {
	Article string
	X       []float64 // in the order of JoinFeatures
	Same    bool
}

// Examples runs the articles through the clusterer in the order given, as
// Assign would, but puts each article into the story of its gold event
// (label), so that every pair is scored against pure stories: the
// decisions the model will face, free of earlier mistakes. Duplicates join
// their original's story and give no example.
func Examples(ctx context.Context, docs []*storyline.Doc, label func(id string) string, opt Options) ([]Example, error) {
	c := New(opt)
	gold := map[string]*story{}
	event := map[*story]string{}
	var out []Example
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("cluster.Examples: %w", err)
		}
		if d == nil || d.Article == nil {
			continue
		}
		a := d.Article
		if _, ok := c.of[a.ID]; ok {
			continue
		}
		sig := c.hasher.Sign(a.Body)
		orig, dup := c.dups.Find(sig)
		c.dups.Add(a.ID, sig)
		if dup && c.addDuplicate(a, orig, &changeSet{seen: map[*story]bool{}}) {
			continue
		}
		f := c.features(d, true)
		ev := label(a.ID)
		for _, s := range c.candidates(f) {
			x := make([]float64, len(JoinFeatures))
			c.pairFeatures(x, a, f, s)
			out = append(out, Example{Article: a.ID, X: x, Same: event[s] == ev})
		}
		s := gold[ev]
		if s == nil {
			s = c.newStory(a.ID)
			gold[ev], event[s] = s, ev
		} else {
			s.joinScores += c.score(f, s)
			s.joins++
		}
		s.addMember(a, f)
		c.of[a.ID] = s
		a.Story = s.id
		c.post(s, f)
	}
	return out, nil
}
