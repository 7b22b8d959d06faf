package extract

import "math"

// scored is a dump's lines with each line's body probability.
type scored struct {
	lines []*line
	p     []float64
}

func (m *lineModel) score(lines []*line) *scored {
	pf := computeFeatures(lines)
	s := &scored{lines: lines, p: make([]float64, len(lines))}
	for i := range lines {
		s.p[i] = m.prob(&pf.x[i])
	}
	return s
}

// region finds the run of lines that holds the article: the maximum-sum
// run where each line adds its length-weighted margin over the threshold.
// Body text is contiguous, so one short doubtful line inside long prose does
// not end it, and one stray paragraph far from the body does not start it.
func (s *scored) region(threshold, gap float64) (lo, hi int, ok bool) {
	best, cur, start := 0.0, 0.0, 0
	lo, hi = 0, -1
	for i, l := range s.lines {
		v := (1 + math.Log1p(float64(l.words))) * (s.p[i] - threshold)
		if v < 0 {
			v *= gap
		}
		if cur <= 0 {
			cur, start = 0, i
		}
		cur += v
		if cur > best {
			best, lo, hi = cur, start, i
		}
	}
	return lo, hi + 1, hi >= lo
}

// bodyLines returns the indexes of the lines kept as body: those inside the
// region that still pass the lower bar.
func (m *lineModel) bodyLines(s *scored) []int {
	lo, hi, ok := s.region(m.Threshold, m.Gap)
	if !ok {
		return nil
	}
	hi = authorBoxCut(s.lines, lo, hi)
	var keep []int
	for i := lo; i < hi; i++ {
		if s.p[i] >= m.Keep && !(teaserMarked(s.lines[i].text) && !s.lines[i].endsSent) {
			keep = append(keep, i)
		}
	}
	return keep
}

// authorBoxCut ends the region at an author box ("Staff Writers", "Über
// den Autor") that follows a full article: what comes after it is the
// writer's bio and the site's furniture, however much it reads like prose.
func authorBoxCut(lines []*line, lo, hi int) int {
	words := 0
	for i := lo; i < hi; i++ {
		l := lines[i]
		if words >= minPartWords && l.author && l.words <= 6 && !l.endsSent && !reByline.MatchString(l.text) {
			return i
		}
		words += l.words
	}
	return hi
}
