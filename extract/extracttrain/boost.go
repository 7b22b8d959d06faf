package extracttrain

import (
	"math"
	"sort"

	"github.com/storyline-news/storyline/extract"
)

// evalTree is the value tree t gives x: the walk the stage's compiled
// nodes make, on the tree as it is being grown.
func evalTree(t *extract.Tree, x *[extract.NumFeatures]float64) float64 {
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

// boostConfig sets the size of the boosted trees.
type boostConfig struct {
	rounds, depth int
	rate, lambda  float64
	minHess       float64
	bins          int
}

// sample is one labelled line for training.
type sample struct {
	x    *[extract.NumFeatures]float64
	y, w float64
}

// boost fits trees to the residual of the margins base (the linear model's
// output) by gradient boosting on the logistic loss, with features cut into
// quantile bins.
func boost(samples []sample, base []float64, cfg boostConfig) []extract.Tree {
	cuts := binCuts(samples, cfg.bins)
	bins := make([][extract.NumFeatures]uint8, len(samples))
	for i, s := range samples {
		for f := range extract.NumFeatures {
			bins[i][f] = uint8(sort.SearchFloat64s(cuts[f], s.x[f]))
		}
	}
	margin := append([]float64(nil), base...)
	g, h := make([]float64, len(samples)), make([]float64, len(samples))
	var trees []extract.Tree
	all := make([]int, len(samples))
	for i := range all {
		all[i] = i
	}
	for range cfg.rounds {
		for i, s := range samples {
			p := sigmoid(margin[i])
			g[i], h[i] = s.w*(p-s.y), s.w*math.Max(p*(1-p), 1e-6)
		}
		b := &treeBuilder{cfg: cfg, bins: bins, cuts: cuts, g: g, h: h}
		b.grow(all, 0)
		for i, s := range samples {
			margin[i] += evalTree(&b.t, s.x)
		}
		trees = append(trees, b.t)
	}
	return trees
}

// binCuts picks up to n cut points per feature at the quantiles of its values.
func binCuts(samples []sample, n int) [extract.NumFeatures][]float64 {
	var cuts [extract.NumFeatures][]float64
	vals := make([]float64, len(samples))
	for f := range extract.NumFeatures {
		for i, s := range samples {
			vals[i] = s.x[f]
		}
		sort.Float64s(vals)
		var c []float64
		for q := 1; q < n; q++ {
			v := vals[q*len(vals)/n]
			if (len(c) == 0 || v > c[len(c)-1]) && v < vals[len(vals)-1] {
				c = append(c, v)
			}
		}
		cuts[f] = c
	}
	return cuts
}

type treeBuilder struct {
	cfg  boostConfig
	bins [][extract.NumFeatures]uint8
	cuts [extract.NumFeatures][]float64
	g, h []float64
	t    extract.Tree
}

// grow adds the node for the samples idx and returns its index.
func (b *treeBuilder) grow(idx []int, depth int) int {
	node := len(b.t.Feat)
	b.t.Feat = append(b.t.Feat, -1)
	b.t.Thr = append(b.t.Thr, 0)
	b.t.Left = append(b.t.Left, -1)
	b.t.Right = append(b.t.Right, -1)
	var G, H float64
	for _, i := range idx {
		G, H = G+b.g[i], H+b.h[i]
	}
	b.t.Leaf = append(b.t.Leaf, -G/(H+b.cfg.lambda)*b.cfg.rate)
	if depth >= b.cfg.depth {
		return node
	}
	f, bin, ok := b.bestSplit(idx, G, H)
	if !ok {
		return node
	}
	var left, right []int
	for _, i := range idx {
		if int(b.bins[i][f]) <= bin {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	b.t.Feat[node], b.t.Thr[node] = f, b.cuts[f][bin]
	l := b.grow(left, depth+1)
	r := b.grow(right, depth+1)
	b.t.Left[node], b.t.Right[node] = l, r
	return node
}

// bestSplit finds the feature and bin with the largest loss reduction.
func (b *treeBuilder) bestSplit(idx []int, G, H float64) (feat, bin int, ok bool) {
	lam := b.cfg.lambda
	parent := G * G / (H + lam)
	best := 1e-6
	var hg, hh [256]float64
	for f := range extract.NumFeatures {
		nb := len(b.cuts[f])
		if nb == 0 {
			continue
		}
		clear(hg[:nb+1])
		clear(hh[:nb+1])
		for _, i := range idx {
			k := b.bins[i][f]
			hg[k] += b.g[i]
			hh[k] += b.h[i]
		}
		var gl, hl float64
		for k := 0; k < nb; k++ {
			gl, hl = gl+hg[k], hl+hh[k]
			gr, hr := G-gl, H-hl
			if hl < b.cfg.minHess || hr < b.cfg.minHess {
				continue
			}
			if gain := gl*gl/(hl+lam) + gr*gr/(hr+lam) - parent; gain > best {
				best, feat, bin, ok = gain, f, k, true
			}
		}
	}
	return feat, bin, ok
}
