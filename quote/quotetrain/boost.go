package quotetrain

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/storyline-news/storyline/quote"
)

// boostSetting is one setting of the boosted trees the cross-validation
// compares: how many trees, how deep, and how much of each tree's step
// is taken (the learning rate).
type boostSetting struct {
	trees, depth int
	rate         float64
}

// reportedBoosts are the settings of the boosted trees the cross-validation
// chooses among (or none of them, when none gains recall): a few hundred
// shallow trees with a small step, the usual range for some ten thousand
// rows. Deeper trees weigh conjunctions of more features.
var reportedBoosts = []boostSetting{{trees: 200, depth: 3, rate: 0.1}, {trees: 200, depth: 4, rate: 0.1}}

const (
	// boostLambda is the L2 penalty on a leaf's value (its Newton step is
	// -G/(H+lambda)): it keeps leaves of few readings near zero.
	boostLambda = 1
	// boostMinHessian is the least summed Hessian, p(1-p) over its
	// readings, a leaf may have: some twenty uncertain readings, so that no
	// leaf is fitted to a handful.
	boostMinHessian = 5
	// boostBins bounds the thresholds tried on one feature: its values'
	// quantiles when it has more distinct values.
	boostBins = 32
)

// baseFeatures are the indices of the features the trees split on: the
// base features, not their crosses (a tree makes its own conjunctions).
func baseFeatures() []int {
	var out []int
	for i, n := range quote.ReportedFeatures {
		if !strings.Contains(n, "*") {
			out = append(out, i)
		}
	}
	return out
}

// boost fits s.trees regression trees by gradient boosting of the logistic
// loss on the rows x with labels y, starting from the log-odds base (the
// regression's): each tree is grown greedily by Newton's gain on the
// features feats, its leaves take the Newton step times s.rate. The same
// rows give the same trees.
func boost(x [][]float64, y, base []float64, feats []int, s boostSetting) []quote.ReportedTree {
	n := len(x)
	if n == 0 {
		return nil
	}
	thr := make([][]float64, len(x[0]))
	bins := make([][]uint8, len(x[0]))
	for _, f := range feats {
		thr[f] = splitPoints(x, f)
		bins[f] = make([]uint8, n)
		for i := range x {
			// the bin of a value is the number of split points at or below it
			bins[f][i] = uint8(sort.Search(len(thr[f]), func(b int) bool { return x[i][f] < thr[f][b] }))
		}
	}
	margin := slices.Clone(base)
	g, h := make([]float64, n), make([]float64, n)
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	var trees []quote.ReportedTree
	for range s.trees {
		for i := range n {
			p := 1 / (1 + math.Exp(-margin[i]))
			g[i], h[i] = p-y[i], max(p*(1-p), 1e-6)
		}
		var t quote.ReportedTree
		var grow func(rows []int, depth int) int
		grow = func(rows []int, depth int) int {
			var G, H float64
			for _, i := range rows {
				G += g[i]
				H += h[i]
			}
			me := len(t.Left)
			t.Feature = append(t.Feature, 0)
			t.Below = append(t.Below, 0)
			t.Left = append(t.Left, 0)
			t.Right = append(t.Right, 0)
			t.Value = append(t.Value, math.Round(-G/(H+boostLambda)*s.rate*1e6)/1e6)
			if depth == s.depth || H < 2*boostMinHessian {
				return me
			}
			best, bf, bb := 0.0, -1, 0
			parent := G * G / (H + boostLambda)
			for _, f := range feats {
				nb := len(thr[f]) + 1
				if nb < 2 {
					continue
				}
				hg, hh := make([]float64, nb), make([]float64, nb)
				for _, i := range rows {
					hg[bins[f][i]] += g[i]
					hh[bins[f][i]] += h[i]
				}
				var gl, hl float64
				for b := range nb - 1 {
					gl += hg[b]
					hl += hh[b]
					if hl < boostMinHessian || H-hl < boostMinHessian {
						continue
					}
					gr, hr := G-gl, H-hl
					if gain := gl*gl/(hl+boostLambda) + gr*gr/(hr+boostLambda) - parent; gain > best {
						best, bf, bb = gain, f, b
					}
				}
			}
			if bf < 0 {
				return me
			}
			var left, right []int
			for _, i := range rows {
				if int(bins[bf][i]) <= bb {
					left = append(left, i)
				} else {
					right = append(right, i)
				}
			}
			t.Feature[me], t.Below[me] = bf, thr[bf][bb]
			l := grow(left, depth+1)
			r := grow(right, depth+1)
			t.Left[me], t.Right[me] = l, r
			return me
		}
		grow(all, 0)
		for i := range n {
			margin[i] += t.Eval(x[i])
		}
		trees = append(trees, t)
	}
	return trees
}

// splitPoints are the thresholds tried on feature f: the midpoints between
// its distinct values, or when it has more than boostBins of them, the
// values at boostBins quantiles.
func splitPoints(x [][]float64, f int) []float64 {
	vals := make([]float64, len(x))
	for i := range x {
		vals[i] = x[i][f]
	}
	sort.Float64s(vals)
	uniq := slices.Compact(slices.Clone(vals))
	if len(uniq) <= 1 {
		return nil
	}
	var out []float64
	if len(uniq) <= boostBins {
		for i := 1; i < len(uniq); i++ {
			out = append(out, (uniq[i-1]+uniq[i])/2)
		}
		return out
	}
	for b := 1; b < boostBins; b++ {
		v := vals[b*len(vals)/boostBins]
		if v > vals[0] && (len(out) == 0 || v > out[len(out)-1]) {
			out = append(out, v)
		}
	}
	return out
}
