package cluster

import "math"

// score is how well an article fits a story: the TF-IDF cosine to the
// story's centroid, blended with canonical-entity overlap when both sides
// have entities, less a penalty that grows with the distance between event
// dates (or a fixed one for different years when only years are known).
func (c *Clusterer) score(f *features, s *story) float64 {
	sim := s.cent.cosine(f.sorted)
	if len(f.names) > 0 && s.names.norm2 > 0 {
		sim = (1-c.opt.NameShare)*sim + c.opt.NameShare*s.names.cosine(f.names)
	}
	if len(f.entities) > 0 && len(s.entities) > 0 {
		sim = (1-c.opt.EntityWeight)*sim + c.opt.EntityWeight*entityOverlap(f.entities, s.entities)
	}
	switch {
	case f.day != noDay && len(s.days) > 0:
		gap := float64(nearest(f.day, s.days))
		sim -= c.opt.DatePenalty * (1 - math.Exp(-gap/c.opt.DateScale))
	case f.year != 0 && len(s.years) > 0 && s.years[f.year] == 0:
		sim -= c.opt.YearPenalty
	}
	return sim
}

// entityOverlap is the mention-weighted share of the article's entities the
// story also has.
func entityOverlap(art map[string]int, st map[string]int) float64 {
	var shared, total int
	for e, n := range art {
		total += n
		if st[e] > 0 {
			shared += n
		}
	}
	if total == 0 {
		return 0
	}
	return float64(shared) / float64(total)
}

// nearest is the gap in days to the story's closest member date: events run
// over days, and a follow-up is near the latest report, not the first.
func nearest(day int, days []int) int {
	best := math.MaxInt
	for _, d := range days {
		g := day - d
		if g < 0 {
			g = -g
		}
		best = min(best, g)
	}
	return best
}

// related tells whether a new story shares something specific with another
// story: a canonical entity, or enough of its names.
func (c *Clusterer) related(f *features, s *story) bool {
	for e := range f.entities {
		if s.entities[e] > 0 {
			return true
		}
	}
	return s.names.cosine(f.names) >= c.opt.ThreadNames
}
