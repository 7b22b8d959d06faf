package extract

import (
	"math"
	"math/rand/v2"
	"testing"
)

// probOneByOne is the line model as it was first written: each line through
// every tree in turn, branching at each node. Probs must give its results to
// the bit.
func probOneByOne(m *LineModel, x *[NumFeatures]float64) float64 {
	z := 0.0
	for i, v := range x {
		z += m.Weights[i] * v
	}
	for _, i := range m.roots {
		n := &m.nodes[i]
		for n.f >= 0 {
			if x[n.f] <= n.thr {
				n = &m.nodes[n.l]
			} else {
				n = &m.nodes[n.r]
			}
		}
		z += n.v
	}
	return 1 / (1 + math.Exp(-z))
}

func TestProbsMatchOneByOne(t *testing.T) {
	m := defaultModel()
	if len(m.roots) == 0 {
		t.Fatal("the embedded line model has no trees")
	}
	if m.full == nil {
		t.Fatal("the embedded trees are not laid out for the fast walk")
	}
	if m.full.quick == nil {
		t.Fatal("the embedded trees are not laid out for quick scoring")
	}
	walk := *m
	walk.full = nil // the node walk, for trees of other shapes
	heap := *m
	heapTrees := *m.full
	heapTrees.quick = nil // complete trees of any depth
	heap.full = &heapTrees
	rng := rand.New(rand.NewPCG(3, 4))
	random := func(n int, special bool) [][NumFeatures]float64 {
		xs := make([][NumFeatures]float64, n)
		for j := range xs {
			for i := range xs[j] {
				xs[j][i] = rng.Float64() * 3
				if special && rng.IntN(10) == 0 {
					xs[j][i] = []float64{0, -1}[rng.IntN(2)]
				}
			}
		}
		return xs
	}
	lines := splitLines("Headline here\n\nThe council said on Tuesday that talks would resume after crews failed to agree.\nShare | Tweet | Email\n© 2026 News Example\n")
	tests := []struct {
		name string
		xs   [][NumFeatures]float64
	}{
		{"no lines", nil},
		{"one line", random(1, false)},
		{"many lines", random(300, false)},
		{"zero and negative features", random(300, true)},
		{"not a number", [][NumFeatures]float64{{math.NaN(), math.NaN(), math.NaN()}}},
		{"features on the trees' thresholds", onThresholds(m, rng, 300)},
		{"features of a page", computeFeatures(lines).x},
	}
	for _, tt := range tests {
		got := make([]float64, len(tt.xs))
		m.Probs(tt.xs, got)
		walked := make([]float64, len(tt.xs))
		walk.Probs(tt.xs, walked)
		inHeap := make([]float64, len(tt.xs))
		heap.Probs(tt.xs, inHeap)
		for j := range tt.xs {
			want := probOneByOne(m, &tt.xs[j])
			if math.Float64bits(got[j]) != math.Float64bits(want) {
				t.Errorf("%s: line %d: Probs %v, one by one %v", tt.name, j, got[j], want)
			}
			if math.Float64bits(inHeap[j]) != math.Float64bits(want) {
				t.Errorf("%s: line %d: Probs in heap order %v, one by one %v", tt.name, j, inHeap[j], want)
			}
			if math.Float64bits(walked[j]) != math.Float64bits(want) {
				t.Errorf("%s: line %d: Probs by node walk %v, one by one %v", tt.name, j, walked[j], want)
			}
			if p := m.Prob(&tt.xs[j]); math.Float64bits(p) != math.Float64bits(want) {
				t.Errorf("%s: line %d: Prob %v, one by one %v", tt.name, j, p, want)
			}
		}
	}
}

// onThresholds returns feature vectors whose values sit exactly on the
// thresholds the trees test them against, where <= and < part ways.
func onThresholds(m *LineModel, rng *rand.Rand, n int) [][NumFeatures]float64 {
	thr := map[int][]float64{}
	for _, nd := range m.nodes {
		if nd.f >= 0 {
			thr[int(nd.f)] = append(thr[int(nd.f)], nd.thr)
		}
	}
	xs := make([][NumFeatures]float64, n)
	for j := range xs {
		for i := range xs[j] {
			if ts := thr[i]; len(ts) > 0 {
				xs[j][i] = ts[rng.IntN(len(ts))]
			}
		}
	}
	return xs
}

func TestLayFull(t *testing.T) {
	// A depth-1 tree: x[0] <= 1 gives -1, else +1.
	stump := Tree{Feat: []int{0, -1, -1}, Thr: []float64{1, 0, 0}, Left: []int{1, 0, 0}, Right: []int{2, 0, 0}, Leaf: []float64{0, -1, 1}}
	// Complete to depth 2, its nodes stored out of heap order.
	deep := Tree{Feat: []int{0, -1, 1, -1, 2, -1, -1}, Thr: []float64{1, 0, 2, 0, 3, 0, 0},
		Left: []int{4, 0, 3, 0, 5, 0, 0}, Right: []int{2, 0, 6, 0, 1, 0, 0}, Leaf: []float64{0, 10, 0, 20, 0, 30, 40}}
	lopsided := Tree{Feat: []int{0, -1, 1, -1, -1}, Thr: []float64{1, 0, 2, 0, 0}, Left: []int{1, 0, 3, 0, 0}, Right: []int{2, 0, 4, 0, 0}, Leaf: []float64{0, 1, 0, 2, 3}}
	tests := []struct {
		name  string
		trees []Tree
		depth int // 0: no fast layout
	}{
		{"no trees", nil, 0},
		{"stumps", []Tree{stump, stump}, 1},
		{"depth two out of order", []Tree{deep}, 2},
		{"mixed depths", []Tree{stump, deep}, 0},
		{"incomplete", []Tree{lopsided}, 0},
		{"a threshold not a number", []Tree{stump, {Feat: []int{0, -1, -1}, Thr: []float64{math.NaN(), 0, 0}, Left: []int{1, 0, 0}, Right: []int{2, 0, 0}, Leaf: []float64{0, -1, 1}}}, 1},
		{"a feature past the vector", []Tree{{Feat: []int{NumFeatures, -1, -1}, Thr: []float64{1, 0, 0}, Left: []int{1, 0, 0}, Right: []int{2, 0, 0}, Leaf: []float64{0, -1, 1}}}, 0},
	}
	for _, tt := range tests {
		m := (&LineModel{Features: NumFeatures, Trees: tt.trees}).Compile()
		got := 0
		if m.full != nil {
			got = m.full.depth
		}
		if got != tt.depth {
			t.Errorf("%s: fast layout of depth %d, want %d (0: none)", tt.name, got, tt.depth)
		}
		if m.full == nil || tt.trees[0].Feat[0] >= NumFeatures {
			continue
		}
		walk := *m
		walk.full = nil
		for _, x := range [][NumFeatures]float64{{0, 0, 0}, {2, 0, 4}, {2, 3, 0}, {0.5, 5, 5}, {5, 5, 5}} {
			xs := [][NumFeatures]float64{x}
			got, want := []float64{0}, []float64{0}
			m.Probs(xs, got)
			walk.Probs(xs, want)
			if got[0] != want[0] {
				t.Errorf("%s: %v: fast %v, walk %v", tt.name, x[:3], got[0], want[0])
			}
		}
	}
}

// TestProbsPartialGroup holds quick scoring to the walk for models whose
// trees do not fill their last group of eight (the embedded model's 152
// fill 19): the first n trees of the embedded model.
func TestProbsPartialGroup(t *testing.T) {
	m := defaultModel()
	rng := rand.New(rand.NewPCG(5, 6))
	xs := onThresholds(m, rng, 200)
	for j := range 100 {
		var x [NumFeatures]float64
		for i := range x {
			x[i] = rng.Float64() * 3
		}
		if j%10 == 0 {
			x[rng.IntN(NumFeatures)] = math.NaN()
		}
		xs = append(xs, x)
	}
	for _, n := range []int{1, 5, 8, 13, 100, len(m.Trees) - 1} {
		sub := (&LineModel{Weights: m.Weights, Trees: m.Trees[:n]}).Compile()
		if sub.full == nil || sub.full.quick == nil {
			t.Fatalf("%d trees: not laid out for quick scoring", n)
		}
		got := make([]float64, len(xs))
		sub.Probs(xs, got)
		for j := range xs {
			if want := probOneByOne(sub, &xs[j]); math.Float64bits(got[j]) != math.Float64bits(want) {
				t.Errorf("%d trees: line %d: Probs %v, one by one %v", n, j, got[j], want)
			}
		}
	}
}
