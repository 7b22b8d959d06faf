package cluster

import (
	"github.com/zeebo/xxh3"
)

// mergeInto merges stories that have converged: when another story the
// article also fitted (near) has a centroid close to the story it joined,
// the younger of the two is absorbed by the older, whose id stays.
func (c *Clusterer) mergeInto(s *story, cands []*story, changed *changeSet) {
	if c.opt.Merge <= 0 || c.opt.Merge > 1 {
		return
	}
	for _, o := range cands {
		if o == s || o.merged || s.merged {
			continue
		}
		if s.cent.cosineCentroid(o.cent) < c.opt.Merge {
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

// threadTarget picks the story a new story continues: the best-scoring
// candidate above the Thread score that shares an entity or a name with it.
func (c *Clusterer) threadTarget(f *features, cands []*story, scores []float64) *story {
	var best *story
	bestScore := c.opt.Thread
	for i, s := range cands {
		if sc := scores[i] - c.sameDay(f, s); sc >= bestScore && c.related(f, s) {
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
