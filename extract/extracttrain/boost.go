package extracttrain

import (
	"math"
	"sort"

	"github.com/storyline-news/storyline/extract"
)

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
	rows := make([][]float64, len(samples))
	for i, s := range samples {
		rows[i] = s.x[:]
	}
	m := binRows(rows, extract.NumFeatures, cfg.bins)
	margin := append([]float64(nil), base...)
	g, h := make([]float64, len(samples)), make([]float64, len(samples))
	var trees []extract.Tree
	for range cfg.rounds {
		for i, s := range samples {
			p := sigmoid(margin[i])
			g[i], h[i] = s.w*(p-s.y), s.w*math.Max(p*(1-p), 1e-6)
		}
		t := growTree(m, g, h, cfg)
		for i, s := range samples {
			margin[i] += t.Value(s.x[:])
		}
		trees = append(trees, t)
	}
	return trees
}

// binnedRows are feature rows cut into quantile bins, what a tree is
// grown on: row i's feature f lies in bin bins[i][f], at or below
// cuts[f][bins[i][f]] and above the cut before it.
type binnedRows struct {
	bins [][]uint8
	cuts [][]float64
}

// binRows cuts each of the rows' first features features into up to n
// quantile bins.
func binRows(rows [][]float64, features, n int) binnedRows {
	m := binnedRows{bins: make([][]uint8, len(rows)), cuts: binCuts(rows, features, n)}
	flat := make([]uint8, len(rows)*features)
	for i, x := range rows {
		m.bins[i] = flat[i*features : (i+1)*features : (i+1)*features]
		for f := range features {
			m.bins[i][f] = uint8(sort.SearchFloat64s(m.cuts[f], x[f]))
		}
	}
	return m
}

// binCuts picks up to n cut points per feature at the quantiles of its values.
func binCuts(rows [][]float64, features, n int) [][]float64 {
	cuts := make([][]float64, features)
	vals := make([]float64, len(rows))
	for f := range features {
		for i, x := range rows {
			vals[i] = x[f]
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

// growTree grows one regression tree over all rows of m on the loss's
// gradients g and hessians h (a Newton step per leaf, shrunk by the rate).
func growTree(m binnedRows, g, h []float64, cfg boostConfig) extract.Tree {
	all := make([]int, len(m.bins))
	for i := range all {
		all[i] = i
	}
	b := &treeBuilder{cfg: cfg, m: m, g: g, h: h}
	b.grow(all, 0)
	return b.t
}

type treeBuilder struct {
	cfg  boostConfig
	m    binnedRows
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
		if int(b.m.bins[i][f]) <= bin {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	b.t.Feat[node], b.t.Thr[node] = f, b.m.cuts[f][bin]
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
	for f, cuts := range b.m.cuts {
		nb := len(cuts)
		if nb == 0 {
			continue
		}
		clear(hg[:nb+1])
		clear(hh[:nb+1])
		for _, i := range idx {
			k := b.m.bins[i][f]
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
