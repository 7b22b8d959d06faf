package eval

// ClusterScores are the clustering metrics of ../shared/data/events/README.md.
type ClusterScores struct {
	Items                      int
	GoldClusters, PredClusters int
	PairP, PairR, PairF1       float64
	BCubedP, BCubedR, BCubedF1 float64
}

// ScoreClusters compares predicted cluster labels with gold ones over the
// gold items. An item missing from pred counts as a singleton.
func ScoreClusters(gold, pred map[string]string) ClusterScores {
	s := ClusterScores{Items: len(gold)}
	label := func(id string) string {
		if p, ok := pred[id]; ok && p != "" {
			return "p:" + p
		}
		return "single:" + id
	}
	cell := map[[2]string]int{}
	goldSize, predSize := map[string]int{}, map[string]int{}
	for id, g := range gold {
		p := label(id)
		cell[[2]string{g, p}]++
		goldSize[g]++
		predSize[p]++
	}
	s.GoldClusters, s.PredClusters = len(goldSize), len(predSize)
	s.PairP, s.PairR, s.PairF1 = clusterPairwise(cell, goldSize, predSize)
	s.BCubedP, s.BCubedR, s.BCubedF1 = clusterBCubed(cell, goldSize, predSize, len(gold))
	return s
}

func clusterChoose2(n int) float64 { return float64(n) * float64(n-1) / 2 }

func clusterPairwise(cell map[[2]string]int, goldSize, predSize map[string]int) (p, r, f float64) {
	var both, inPred, inGold float64
	for _, n := range cell {
		both += clusterChoose2(n)
	}
	for _, n := range predSize {
		inPred += clusterChoose2(n)
	}
	for _, n := range goldSize {
		inGold += clusterChoose2(n)
	}
	p, r = clusterRatio(both, inPred), clusterRatio(both, inGold)
	return p, r, clusterF1(p, r)
}

// clusterBCubed averages, over items, |G(d) ∩ S(d)| / |S(d)| and / |G(d)|: every
// item of one contingency cell has the same values.
func clusterBCubed(cell map[[2]string]int, goldSize, predSize map[string]int, items int) (p, r, f float64) {
	if items == 0 {
		return 0, 0, 0
	}
	for k, n := range cell {
		p += float64(n) * float64(n) / float64(predSize[k[1]])
		r += float64(n) * float64(n) / float64(goldSize[k[0]])
	}
	p /= float64(items)
	r /= float64(items)
	return p, r, clusterF1(p, r)
}

// clusterRatio is a/b, and 0 when b is 0 (no pairs to get right or wrong).
func clusterRatio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func clusterF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
