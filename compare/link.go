package compare

import (
	"container/heap"
	"math"
)

// link is a scored pair of items.
type link struct {
	i, j int
	p    float64
}

// linkGroups joins n items into groups, at most one item per article each
// (docOf): the two groups with the highest link probability join first,
// while it is at least threshold and no article has an item in both. The
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
func linkGroups(n int, links []link, threshold float64, rule string, docOf func(int) int) [][]int {
	g := &linker{rule: rule, size: make([]int, n), docs: make([]map[int]bool, n), nbr: make([]map[int]*agg, n), ver: make([]int, n), group: make([]int, n)}
	for i := range n {
		g.size[i], g.group[i] = 1, i
		g.docs[i] = map[int]bool{docOf(i): true}
		g.nbr[i] = map[int]*agg{}
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
		c := heap.Pop(&g.h).(cand)
		if c.va != g.ver[c.a] || c.vb != g.ver[c.b] || overlaps(g.docs[c.a], g.docs[c.b]) {
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
	docs  []map[int]bool
	nbr   []map[int]*agg // live group -> neighbouring live group -> their pairs
	ver   []int          // bumped when a group changes
	group []int          // item -> the group it joined (follow to the root)
	h     candHeap
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
	if p := g.score(a, b); p >= threshold && !overlaps(g.docs[a], g.docs[b]) {
		heap.Push(&g.h, cand{p: p, a: a, b: b, va: g.ver[a], vb: g.ver[b]})
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
	for d := range g.docs[b] {
		g.docs[a][d] = true
	}
	g.group[b] = a
	g.ver[a]++
	g.ver[b]++
}

// cand is a pair of groups that may join, as scored at versions va, vb.
type cand struct {
	p      float64
	a, b   int
	va, vb int
}

type candHeap []cand

func (h candHeap) Len() int { return len(h) }
func (h candHeap) Less(i, j int) bool {
	if h[i].p != h[j].p {
		return h[i].p > h[j].p
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}
func (h candHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *candHeap) Push(x any)   { *h = append(*h, x.(cand)) }
func (h *candHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
