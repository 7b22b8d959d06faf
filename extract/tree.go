package extract

// Tree is one regression tree of the boosted line model, stored flat:
// node i splits on Feat[i] at Thr[i] (x <= Thr goes Left), or is a leaf
// with value Leaf[i] when Feat[i] < 0. extracttrain grows them.
type Tree struct {
	Feat  []int     `json:"feat"`
	Thr   []float64 `json:"thr"`
	Left  []int     `json:"left"`
	Right []int     `json:"right"`
	Leaf  []float64 `json:"leaf"`
}

// Value is the leaf x reaches, walking from the root.
func (t *Tree) Value(x []float64) float64 {
	i := 0
	for t.Feat[i] >= 0 {
		if x[t.Feat[i]] <= t.Thr[i] {
			i = t.Left[i]
		} else {
			i = t.Right[i]
		}
	}
	return t.Leaf[i]
}
