package cluster

import "sort"

// candidates looks up the stories that share an article's heaviest terms or
// its entities, through inverted lists that keep only the most recent stories
// per key, so that the cost per article does not grow with the store.
func (c *Clusterer) candidates(f *features) []*story {
	c.lookup++
	var touched []int32
	bump := func(n int32, w float64) {
		if c.hitAt[n] != c.lookup {
			c.hitAt[n], c.hitW[n] = c.lookup, 0
			touched = append(touched, n)
		}
		c.hitW[n] += w
	}
	for i := 0; i < len(f.vec) && i < c.opt.QueryTerms; i++ {
		for _, n := range c.terms[f.vec[i].term] {
			bump(n, float64(f.vec[i].w))
		}
	}
	for _, e := range sortedKeys(f.entities) { // fixed order: float sums must not vary
		for _, n := range c.ents[e] {
			bump(n, 0.1)
		}
	}
	ranked := make([]hit, 0, len(touched))
	for _, n := range touched {
		if s := c.list[n]; !s.merged {
			ranked = append(ranked, hit{s, c.hitW[n]})
		}
	}
	ranked = topHits(ranked, c.opt.Candidates)
	out := make([]*story, len(ranked))
	for i, h := range ranked {
		out[i] = h.s
	}
	return out
}

type hit struct {
	s *story
	w float64
}

func (a hit) before(b hit) bool {
	if a.w != b.w {
		return a.w > b.w
	}
	return a.s.seq < b.s.seq
}

// topHits returns the k best hits in order, selecting before sorting: the
// lists can hold thousands of stories and only k are wanted.
func topHits(hs []hit, k int) []hit {
	if len(hs) > 4*k {
		// Keep the hits above the k-th largest weight, found by a partial sort
		// of the weights alone.
		ws := make([]float64, len(hs))
		for i, h := range hs {
			ws[i] = h.w
		}
		kth := quickselect(ws, k-1)
		kept := hs[:0]
		for _, h := range hs {
			if h.w >= kth {
				kept = append(kept, h)
			}
		}
		hs = kept
	}
	sort.Slice(hs, func(i, j int) bool { return hs[i].before(hs[j]) })
	return hs[:min(len(hs), k)]
}

// quickselect returns the value that would be at index k in descending order.
func quickselect(ws []float64, k int) float64 {
	lo, hi := 0, len(ws)-1
	for lo < hi {
		p := ws[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for ws[i] > p {
				i++
			}
			for ws[j] < p {
				j--
			}
			if i <= j {
				ws[i], ws[j] = ws[j], ws[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return ws[k]
		}
	}
	return ws[k]
}

// post adds the story to the lists of the article's query terms and entities.
func (c *Clusterer) post(s *story, f *features) {
	for i := 0; i < len(f.vec) && i < c.opt.QueryTerms; i++ {
		t := f.vec[i].term
		if s.posted[t] {
			continue
		}
		s.posted[t] = true
		c.terms[t] = appendBounded(c.terms[t], int32(s.seq-1), c.opt.Postings)
	}
	for e := range f.entities {
		if s.postedEntity(e) {
			continue
		}
		c.ents[e] = appendBounded(c.ents[e], int32(s.seq-1), c.opt.Postings)
	}
}

// appendBounded appends and, once the list is twice the bound, drops the
// oldest half: amortised constant time, and the most recent stories stay.
func appendBounded(list []int32, s int32, bound int) []int32 {
	list = append(list, s)
	if bound > 0 && len(list) >= 2*bound {
		list = append(list[:0:0], list[len(list)-bound:]...)
	}
	return list
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
