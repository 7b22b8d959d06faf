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

// walkable reports whether every tree's walk (Value) stays inside its
// nodes and ends at a leaf for features of this many: its arrays agree in
// length, no split reads a feature beyond them, and each split's children
// come after it. An embedded model that fails it is not used.
func walkable(trees []Tree, features int) bool {
	for _, t := range trees {
		n := len(t.Feat)
		if n == 0 || len(t.Thr) != n || len(t.Left) != n || len(t.Right) != n || len(t.Leaf) != n {
			return false
		}
		for i, f := range t.Feat {
			if f >= features || f >= 0 && (t.Left[i] <= i || t.Right[i] <= i || t.Left[i] >= n || t.Right[i] >= n) {
				return false
			}
		}
	}
	return true
}
