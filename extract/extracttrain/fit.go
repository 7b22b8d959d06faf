package extracttrain

import (
	"math"
	"strings"

	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/logit"
)

// fitModel learns the line weights by L2-regularised logistic regression
// (Newton's method), then picks the region and keep thresholds that score
// best on the same pages.
func fitModel(pages []*trainPage) *extract.LineModel {
	m := &extract.LineModel{Features: extract.NumFeatures}
	m.Weights = newtonLR(pages, 1.0, 25)
	var samples []sample
	var base []float64
	for _, tp := range pages {
		for i := range tp.x {
			if tp.w[i] > 0 {
				samples = append(samples, sample{x: &tp.x[i], y: tp.y[i], w: tp.w[i]})
				base = append(base, dot(&m.Weights, &tp.x[i]))
			}
		}
	}
	m.Trees = boost(samples, base, boostConfig{rounds: 150, depth: 3, rate: 0.1, lambda: 1, minHess: 2, bins: 32})
	m.Compile()
	m.Threshold, m.Keep, m.Gap, m.Second = tuneThresholds(m, pages)
	return m
}

// newtonLR runs iteratively reweighted least squares.
func newtonLR(pages []*trainPage, l2 float64, iters int) [extract.NumFeatures]float64 {
	var w [extract.NumFeatures]float64
	const n = extract.NumFeatures
	for range iters {
		var grad [n]float64
		var hess [n][n]float64
		for _, tp := range pages {
			for i := range tp.x {
				if tp.w[i] == 0 {
					continue
				}
				x := &tp.x[i]
				p := sigmoid(dot(&w, x))
				g, h := tp.w[i]*(p-tp.y[i]), tp.w[i]*p*(1-p)
				for a := range n {
					if x[a] == 0 {
						continue
					}
					grad[a] += g * x[a]
					for b := a; b < n; b++ {
						hess[a][b] += h * x[a] * x[b]
					}
				}
			}
		}
		for a := range n {
			grad[a] += l2 * w[a]
			hess[a][a] += l2
			for b := 0; b < a; b++ {
				hess[a][b] = hess[b][a]
			}
		}
		step := solve(hess, grad)
		var moved float64
		for a := range n {
			w[a] -= step[a]
			moved = math.Max(moved, math.Abs(step[a]))
		}
		if moved < 1e-6 {
			break
		}
	}
	return w
}

// solve returns x with h·x = g: logit.Solve over the fixed-size arrays.
func solve(h [extract.NumFeatures][extract.NumFeatures]float64, g [extract.NumFeatures]float64) [extract.NumFeatures]float64 {
	rows := make([][]float64, len(h))
	for i := range h {
		rows[i] = h[i][:]
	}
	var x [extract.NumFeatures]float64
	copy(x[:], logit.Solve(rows, g[:]))
	return x
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func dot(w, x *[extract.NumFeatures]float64) float64 {
	z := 0.0
	for i := range w {
		z += w[i] * x[i]
	}
	return z
}

// tuneThresholds grid-searches the two thresholds for the mean of body F1
// (M1) on pages with a gold body and snippet F1 (M2) on the others.
func tuneThresholds(m *extract.LineModel, all []*trainPage) (threshold, keep, gap, second float64) {
	var pages []*trainPage
	for _, tp := range all {
		if !tp.augmented {
			pages = append(pages, tp)
		}
	}
	scoredPages := make([][]float64, len(pages))
	for i, tp := range pages {
		p := make([]float64, tp.dump.Len())
		for j := range tp.x {
			p[j] = m.Prob(&tp.x[j])
		}
		scoredPages[i] = p
	}
	best := -1.0
	for t := 0.2; t <= 0.801; t += 0.05 {
		for _, k := range []float64{0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4} {
			for _, g := range []float64{0.5, 1, 1.5, 2, 3} {
				if k > t {
					continue
				}
				c := &extract.LineModel{Threshold: t, Keep: k, Gap: g}
				if v := objective(c, pages, scoredPages); v > best {
					threshold, keep, gap, best = t, k, g, v
				}
			}
		}
	}
	// the second-run share is tuned with the others fixed: the grid would
	// otherwise grow fivefold
	for _, sec := range []float64{0.2, 0.35, 0.5, 0.75} {
		c := &extract.LineModel{Threshold: threshold, Keep: keep, Gap: gap, Second: sec}
		if v := objective(c, pages, scoredPages); v > best {
			second, best = sec, v
		}
	}
	return math.Round(threshold*100) / 100, keep, gap, second
}

func objective(m *extract.LineModel, pages []*trainPage, probs [][]float64) float64 {
	var bodies []eval.BodyResult
	var snips eval.Counts
	for i, tp := range pages {
		var sb strings.Builder
		for _, j := range m.Body(tp.dump, probs[i]) {
			sb.WriteString(tp.dump.Text(j))
			sb.WriteString("\n")
		}
		if tp.isBody {
			bodies = append(bodies, eval.ScoreBody(tp.gold, sb.String()))
		} else {
			snips = snips.Add(eval.ScoreSnippets(tp.with, tp.wout, sb.String(), false))
		}
	}
	return (eval.ScoreBodies(bodies, 0, 0).F1 + snips.F1()) / 2
}

// round keeps six significant digits of every number, so the generated file
// stays small and diffs stay readable; the scores do not move.
func round(m *extract.LineModel) {
	digits := func(v float64, to func(float64) float64) float64 {
		if v == 0 || math.IsInf(v, 0) {
			return v
		}
		p := math.Pow(10, 5-math.Floor(math.Log10(math.Abs(v))))
		return to(v*p) / p
	}
	for i := range m.Weights {
		m.Weights[i] = digits(m.Weights[i], math.Round)
	}
	for _, t := range m.Trees {
		for i := range t.Thr {
			// a split sends x <= Thr left: rounding up keeps the value it was cut at on the left
			t.Thr[i], t.Leaf[i] = digits(t.Thr[i], math.Ceil), digits(t.Leaf[i], math.Round)
		}
	}
}
