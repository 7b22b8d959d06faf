package cluster

import (
	"slices"

	"github.com/zeebo/xxh3"
)

// mergeInto merges stories that have converged: when another story the
// article also fitted (near) has a centroid close to the story it joined,
// the younger of the two is absorbed by the older, whose id stays.
func (c *Clusterer) mergeInto(s *story, cands []*story, changed *changeSet) {
	if c.opt.Model == nil && (c.opt.Merge <= 0 || c.opt.Merge > 1) || c.opt.Model != nil && c.opt.Model.Merge > 1 {
		return
	}
	for _, o := range cands {
		if o == s || o.merged || s.merged {
			continue
		}
		if !c.shouldMerge(s, o) {
			continue
		}
		keep, gone := s, o
		if o.seq < s.seq {
			keep, gone = o, s
		}
		keep.absorb(gone)
		for _, id := range gone.articles {
			c.of[id] = keep
		}
		for t := range gone.posted {
			if !keep.posted[t] {
				keep.posted[t] = true
				c.terms[t] = appendBounded(c.terms[t], int32(keep.seq-1), c.opt.Postings)
			}
		}
		if keep.storyline == "" {
			keep.storyline = gone.storyline
		}
		delete(c.stories, gone.id)
		changed.add(keep)
		changed.add(gone)
		s = keep
	}
}

// shouldMerge decides whether two stories report one event: by the join
// model over the pair's features when there is one, else by Merge.
func (c *Clusterer) shouldMerge(s, o *story) bool {
	if m := c.opt.Model; m != nil {
		x := make([]float64, len(JoinFeatures))
		c.storyFeatures(x, s, o)
		return m.Prob(x) >= m.Merge
	}
	return c.storySim(s, o) >= c.mergeBar(s)
}

// mergeBar is the least similarity for two stories to merge: Merge, raised
// with average links like the join bar while the collection is small.
func (c *Clusterer) mergeBar(s *story) float64 {
	if c.opt.AvgLink == 0 {
		return c.opt.Merge
	}
	return c.opt.Merge + c.smallCorpus(s)
}

// storySim is how alike two stories are: their centroids' cosine, or the
// average link between their members with the score's blend.
func (c *Clusterer) storySim(s, o *story) float64 {
	if c.opt.AvgLink == 0 {
		return s.cent.cosineCentroid(o.cent)
	}
	sim := s.cent.meanCentroid(o.cent)
	names := 0.0
	if s.names.n > 0 && o.names.n > 0 {
		names = s.names.meanCentroid(o.names)
		sim = (1-c.opt.NameShare)*sim + c.opt.NameShare*names
	}
	if s.ents.n > 0 && o.ents.n > 0 {
		sim = (1-c.opt.EntityWeight)*sim + c.opt.EntityWeight*s.ents.meanCentroid(o.ents)
	}
	if s.people.n > 0 && o.people.n > 0 {
		sim = (1-c.opt.PersonWeight)*sim + c.opt.PersonWeight*s.people.meanCentroid(o.people)
	}
	if s.yearsSaid.n > 0 && o.yearsSaid.n > 0 {
		sim = (1-c.opt.YearWeight)*sim + c.opt.YearWeight*s.yearsSaid.meanCentroid(o.yearsSaid)
	}
	if titlesApart(s.titles, o.titles) {
		sim -= c.opt.TitlePenalty
	}
	if len(s.days) > 0 && len(o.days) > 0 {
		gap, span := spanGap(s.days, o.days)
		sim -= c.datePenalty(gap, gap)
		sim -= c.stretchPenalty(span, names)
	}
	return sim
}

// spanGap is the number of days between two stories' spans of event days,
// 0 when they overlap, and the span of both together: linear in the
// members, however large the stories.
func spanGap(a, b []int) (gap, span int) {
	aLo, aHi, bLo, bHi := slices.Min(a), slices.Max(a), slices.Min(b), slices.Max(b)
	return max(0, aLo-bHi, bLo-aHi), max(aHi, bHi) - min(aLo, bLo)
}

// threadTarget picks the story a new story continues: the best-scoring
// candidate above the Thread score that shares an entity or a name with it.
// Threads are scored by cosines to the centroids whatever scores joins: a
// storyline is about what stories share, not how tight each one is.
func (c *Clusterer) threadTarget(f *features, cands []*story, scores []float64) *story {
	var best *story
	bestScore := c.opt.Thread
	for i, s := range cands {
		sc := scores[i]
		if c.opt.AvgLink > 0 {
			sc = c.scoreWith(f, s, false)
		}
		if sc -= c.sameDay(f, s); sc >= bestScore && c.related(f, s) {
			best, bestScore = s, sc
		}
	}
	return best
}

// thread links a new story into the storyline of a related older one,
// starting that storyline if it has none.
func (c *Clusterer) thread(s, older *story, changed *changeSet) {
	if older.storyline == "" {
		older.storyline = "l-" + shortHash(older.id)
		changed.add(older)
	}
	s.storyline = older.storyline
}

// storyID is derived from the story's first article, so that the same input
// in the same order gives the same ids.
func storyID(firstArticle string) string { return "s-" + shortHash(firstArticle) }

func shortHash(s string) string {
	const hexdigits = "0123456789abcdef"
	h := xxh3.HashString(s)
	out := make([]byte, 12)
	for i := range out {
		out[i] = hexdigits[h>>(60-4*uint(i))&0xf]
	}
	return string(out)
}
