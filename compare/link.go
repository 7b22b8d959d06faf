package compare

import "math"

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
// worst (LinkComplete); a pair links lacks counts 0. Groups come out in
// order of their first item.
func linkGroups(n int, links []link, threshold float64, rule string, docOf func(int) int) [][]int {
	group := make([]int, n) // item -> group id (the group's lowest item)
	members := make([][]int, n)
	docs := make([]map[int]bool, n)
	for i := range group {
		group[i] = i
		members[i] = []int{i}
		docs[i] = map[int]bool{docOf(i): true}
	}
	type agg struct {
		sum, lo, hi float64
		count       int
	}
	for {
		byPair := map[[2]int]*agg{}
		for _, l := range links {
			a, b := group[l.i], group[l.j]
			if a == b {
				continue
			}
			k := [2]int{min(a, b), max(a, b)}
			g := byPair[k]
			if g == nil {
				g = &agg{lo: math.Inf(1), hi: math.Inf(-1)}
				byPair[k] = g
			}
			g.sum += l.p
			g.lo, g.hi = min(g.lo, l.p), max(g.hi, l.p)
			g.count++
		}
		best, bestP := [2]int{-1, -1}, math.Inf(-1)
		for k, g := range byPair {
			if overlaps(docs[k[0]], docs[k[1]]) {
				continue
			}
			all := len(members[k[0]]) * len(members[k[1]])
			var p float64
			switch rule {
			case LinkSingle:
				p = g.hi
			case LinkComplete:
				p = g.lo
				if g.count < all {
					p = 0
				}
			default:
				p = g.sum / float64(all)
			}
			if p < threshold {
				continue
			}
			if p > bestP || p == bestP && (k[0] < best[0] || k[0] == best[0] && k[1] < best[1]) {
				best, bestP = k, p
			}
		}
		if best[0] < 0 {
			break
		}
		a, b := best[0], best[1]
		for _, x := range members[b] {
			group[x] = a
		}
		members[a] = append(members[a], members[b]...)
		members[b] = nil
		for d := range docs[b] {
			docs[a][d] = true
		}
	}
	var out [][]int
	at := map[int]int{}
	for i := 0; i < n; i++ {
		k, ok := at[group[i]]
		if !ok {
			k = len(out)
			at[group[i]] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}
