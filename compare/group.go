package compare

import "sort"

// groupReports joins items into groups, at most one item per article each:
// every matching pair is considered once, best score first, and two groups
// join when no article has an item in both (agglomerative clustering with a
// cannot-link constraint). With complete, two groups join only when every
// pair across them matches, so "at least three people" cannot reach "20,000
// people" through a chain of looser matches; without, one matching pair is
// enough (a fragment joins the full quotation it is part of). match scores a
// pair and says whether it may join; docOf is an item's article. Groups come
// out in order of their first item.
func groupReports(n int, complete bool, match func(i, j int) (float64, bool), docOf func(int) int) [][]int {
	type pair struct {
		i, j  int
		score float64
	}
	var pairs []pair
	ok := map[[2]int]bool{}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if s, m := match(i, j); m {
				pairs = append(pairs, pair{i, j, s})
				ok[[2]int{i, j}] = true
			}
		}
	}
	members := make([][]int, n)
	for i := range members {
		members[i] = []int{i}
	}
	allMatch := func(a, b int) bool {
		for _, x := range members[a] {
			for _, y := range members[b] {
				if !ok[[2]int{min(x, y), max(x, y)}] {
					return false
				}
			}
		}
		return true
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].score > pairs[b].score })
	parent := make([]int, n)
	docs := make([]map[int]bool, n)
	for i := range parent {
		parent[i] = i
		docs[i] = map[int]bool{docOf(i): true}
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, p := range pairs {
		a, b := find(p.i), find(p.j)
		if a == b || overlaps(docs[a], docs[b]) || complete && !allMatch(a, b) {
			continue
		}
		if b < a {
			a, b = b, a
		}
		parent[b] = a
		members[a] = append(members[a], members[b]...)
		for d := range docs[b] {
			docs[a][d] = true
		}
	}
	return rootGroups(n, find)
}

// rootGroups collects items 0..n-1 by their root under find, groups in the
// order of their first member, members in order.
func rootGroups(n int, find func(int) int) [][]int {
	at := map[int]int{}
	var out [][]int
	for i := 0; i < n; i++ {
		r := find(i)
		k, ok := at[r]
		if !ok {
			k = len(out)
			at[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}

func overlaps(a, b map[int]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}
