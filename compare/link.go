package compare

import "math"

// link is a scored pair of items.
type link struct {
	i, j int
	p    float64
}

// linkGroups joins n items into groups, at most one item per article each
// (docOf): the two groups with the highest link probability join first,
// while it is at least threshold and no article has an item in both, or
// every article that has items in both has nested ones (nested, when not
// nil: one holds the other's words in a row, the article's fragment and
// its full print of one utterance; the caller keeps one of them). The
// probability of two groups is, by rule, the best of their items' pairs
// (LinkSingle), the mean over every pair across them (LinkAverage) or the
// worst (LinkComplete); a pair links lacks counts 0. Ties go to the pair of
// groups with the lowest first items. Groups come out in order of their
// first item.
//
// Every pair of groups with a link between them keeps its pairs' sum, least,
// greatest and count, merged when groups join; candidates wait in a heap and
// are dropped when either group has changed since they were scored, so a
// story of a few hundred quotations groups in milliseconds.
func linkGroups(n int, links []link, threshold float64, rule string, docOf func(int) int, nested func(i, j int) bool) [][]int {
	g := &linker{rule: rule, size: make([]int, n), docs: make([]docSet, n), nbr: make([]map[int]*agg, n), ver: make([]int, n), group: make([]int, n),
		docOf: docOf, nested: nested, members: make([][]int, n)}
	for i := range n {
		g.size[i], g.group[i] = 1, i
		g.docs[i] = g.docs[i].with(docOf(i))
		g.nbr[i] = map[int]*agg{}
		g.members[i] = []int{i}
	}
	for _, l := range links {
		if l.i == l.j {
			continue
		}
		a, b := min(l.i, l.j), max(l.i, l.j)
		x := g.nbr[a][b]
		if x == nil {
			x = &agg{lo: math.Inf(1), hi: math.Inf(-1)}
			g.nbr[a][b], g.nbr[b][a] = x, x
		}
		x.add(agg{sum: l.p, lo: l.p, hi: l.p, count: 1})
	}
	for a := range n {
		for b := range g.nbr[a] {
			if a < b {
				g.push(a, b, threshold)
			}
		}
	}
	for g.h.Len() > 0 {
		c := g.h.pop()
		if c.va != g.ver[c.a] || c.vb != g.ver[c.b] || g.apart(c.a, c.b) {
			continue
		}
		g.merge(c.a, c.b)
		for o := range g.nbr[c.a] {
			g.push(c.a, o, threshold)
		}
	}
	return rootGroups(n, g.find)
}

// agg is what the pairs between two groups add up to.
type agg struct {
	sum, lo, hi float64
	count       int
}

func (x *agg) add(y agg) {
	x.sum += y.sum
	x.lo, x.hi = min(x.lo, y.lo), max(x.hi, y.hi)
	x.count += y.count
}

type linker struct {
	rule  string
	size  []int
	docs  []docSet       // the articles each group's items come from
	nbr   []map[int]*agg // live group -> neighbouring live group -> their pairs
	ver   []int          // bumped when a group changes
	group []int          // item -> the group it joined (follow to the root)
	h     candHeap
	// docOf and nested are linkGroups'; members lists each live group's
	// items, read only when two groups share an article.
	docOf   func(int) int
	nested  func(i, j int) bool
	members [][]int
}

// apart reports whether groups a and b may not join: an article has items
// in both that do not nest.
func (g *linker) apart(a, b int) bool {
	if !g.docs[a].meets(g.docs[b]) {
		return false
	}
	if g.nested == nil {
		return true
	}
	for _, x := range g.members[a] {
		for _, y := range g.members[b] {
			if g.docOf(x) == g.docOf(y) && !g.nested(x, y) {
				return true
			}
		}
	}
	return false
}

func (g *linker) find(i int) int {
	for g.group[i] != i {
		g.group[i] = g.group[g.group[i]]
		i = g.group[i]
	}
	return i
}

// score is the link probability of groups a and b by the rule.
func (g *linker) score(a, b int) float64 {
	x := g.nbr[a][b]
	all := g.size[a] * g.size[b]
	switch g.rule {
	case LinkSingle:
		return x.hi
	case LinkComplete:
		if x.count < all {
			return 0
		}
		return x.lo
	default:
		return x.sum / float64(all)
	}
}

// push queues groups a and b when they may join.
func (g *linker) push(a, b int, threshold float64) {
	if b < a {
		a, b = b, a
	}
	if p := g.score(a, b); p >= threshold && !g.apart(a, b) {
		g.h.push(cand{p: p, a: a, b: b, va: g.ver[a], vb: g.ver[b]})
	}
}

// merge joins group b into group a (a < b).
func (g *linker) merge(a, b int) {
	delete(g.nbr[a], b)
	delete(g.nbr[b], a)
	for o, x := range g.nbr[b] {
		delete(g.nbr[o], b)
		if y := g.nbr[a][o]; y != nil {
			y.add(*x)
		} else {
			g.nbr[a][o], g.nbr[o][a] = x, x
		}
	}
	g.nbr[b] = nil
	g.size[a] += g.size[b]
	g.members[a] = append(g.members[a], g.members[b]...)
	g.members[b] = nil
	g.docs[a] = g.docs[a].union(g.docs[b])
	g.group[b] = a
	g.ver[a]++
	g.ver[b]++
}

// docSet is a set of articles by number, one bit each.
type docSet []uint64

// with is s with article d.
func (s docSet) with(d int) docSet {
	for len(s) <= d/64 {
		s = append(s, 0)
	}
	s[d/64] |= 1 << (d % 64)
	return s
}

// meets reports whether s and t hold an article in common.
func (s docSet) meets(t docSet) bool {
	for i := range min(len(s), len(t)) {
		if s[i]&t[i] != 0 {
			return true
		}
	}
	return false
}

// union is s with t's articles, in s's storage when it has room.
func (s docSet) union(t docSet) docSet {
	for len(s) < len(t) {
		s = append(s, 0)
	}
	for i, w := range t {
		s[i] |= w
	}
	return s
}

// cand is a pair of groups that may join, as scored at versions va, vb.
type cand struct {
	p      float64
	a, b   int
	va, vb int
}

// candHeap is a binary heap of candidates, the best first (less), laid
// out as container/heap lays one out, without boxing each candidate in an
// interface: a story's grouping pushes tens of thousands.
type candHeap []cand

// less orders candidates: the most probable first, ties by their groups.
func (h candHeap) less(i, j int) bool {
	if h[i].p != h[j].p {
		return h[i].p > h[j].p
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}

func (h candHeap) Len() int { return len(h) }

func (h *candHeap) push(c cand) {
	*h = append(*h, c)
	h.up(len(*h) - 1)
}

// pop removes and returns the best candidate.
func (h *candHeap) pop() cand {
	old := *h
	n := len(old) - 1
	old[0], old[n] = old[n], old[0]
	h.down(0, n)
	c := old[n]
	*h = old[:n]
	return c
}

func (h candHeap) up(j int) {
	for {
		i := (j - 1) / 2 // parent
		if i == j || !h.less(j, i) {
			break
		}
		h[i], h[j] = h[j], h[i]
		j = i
	}
}

func (h candHeap) down(i0, n int) {
	i := i0
	for {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 { // j1 < 0 after int overflow
			break
		}
		j := j1 // left child
		if j2 := j1 + 1; j2 < n && h.less(j2, j1) {
			j = j2 // right child
		}
		if !h.less(j, i) {
			break
		}
		h[i], h[j] = h[j], h[i]
		i = j
	}
}
