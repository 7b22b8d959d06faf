package extract

// scored is a dump's lines with each line's body probability.
type scored struct {
	lines []*line
	p     []float64
}

// score is each line's body probability; texts are lineCounts(lines). The features are written and
// scored a block of lines at a time, into one buffer: a page's rows at once
// were the largest allocation of a text dump's extraction.
func (m *LineModel) score(lines []*line, texts pageTexts) *scored {
	fr := newFeaturer(lines, texts.count)
	s := &scored{lines: lines, p: make([]float64, len(lines))}
	var x [probBlock][NumFeatures]float64
	for b := 0; b < len(lines); b += probBlock {
		e := min(b+probBlock, len(lines))
		fr.fill(b, x[:e-b])
		m.Probs(x[:e-b], s.p[b:e])
	}
	return s
}

// region finds the run of lines that holds the article: the maximum-sum
// run where each line adds its length-weighted margin over the threshold.
// Body text is contiguous, so one short doubtful line inside long prose does
// not end it, and one stray paragraph far from the body does not start it.
func (s *scored) region(threshold, gap float64) (lo, hi int, ok bool) {
	lo, hi, _ = s.regionIn(0, len(s.lines), threshold, gap)
	return lo, hi, hi > lo
}

// regionIn is region over the lines [from, to), with the run's score.
func (s *scored) regionIn(from, to int, threshold, gap float64) (lo, hi int, best float64) {
	cur, start := 0.0, from
	lo, hi = from, from-1
	for i := from; i < to; i++ {
		l := s.lines[i]
		v := (1 + l.logWords) * (s.p[i] - threshold)
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
	return lo, hi + 1, best
}

// bodyLines returns the indexes of the lines kept as body: those inside the
// region that still pass the lower bar.
func (m *LineModel) bodyLines(s *scored) []int {
	lo, hi, best := s.regionIn(0, len(s.lines), m.Threshold, m.Gap)
	if hi <= lo {
		return nil
	}
	cut := footCut(s.lines, lo, hi)
	spans := [][2]int{{lo, cut}}
	// A second run of body as strong as the first (an article split by a
	// large gallery or an advert block) belongs to the article too.
	if m.Second > 0 {
		if l, h, sc := s.regionIn(0, lo, m.Threshold, m.Gap); h > l && sc >= m.Second*best {
			spans = append([][2]int{{l, h}}, spans...)
		}
		if cut == hi {
			if l, h, sc := s.regionIn(hi, len(s.lines), m.Threshold, m.Gap); h > l && sc >= m.Second*best {
				spans = append(spans, [2]int{l, h})
			}
		}
	}
	var keep []int
	for _, sp := range spans {
		for i := sp[0]; i < sp[1]; i++ {
			if s.p[i] >= m.Keep && !(teaserMarked(s.lines[i].text) && !s.lines[i].endsSent) {
				keep = append(keep, i)
			}
		}
	}
	return keep
}

// footCut ends the region at the foot of a full article: an author box
// ("Staff Writers", "Über den Autor") or the site's copyright notice ("©
// 2023 Nexstar Media Inc. All rights reserved."). What comes after it is the
// writer's bio, the site's furniture and the teasers of other stories (with
// their photo captions), however much they read like prose.
func footCut(lines []*line, lo, hi int) int {
	words := 0
	for i := lo; i < hi; i++ {
		l := lines[i]
		if words >= minPartWords && (l.notice || authorBox(l)) {
			return i
		}
		words += l.words
	}
	return hi
}

// authorBox reports the heading of an author box: a short line naming a
// writer's role that is no byline.
func authorBox(l *line) bool {
	return l.author && l.words <= 6 && !l.endsSent && !l.isByline()
}
