package clustertrain

import (
	"math"

	"github.com/storyline-news/storyline/cluster"
	"github.com/storyline-news/storyline/logit"
)

// fit learns a logistic join model over the chosen features (indices into
// cluster.JoinFeatures) by Newton's method with an L2 penalty lambda on the
// standardised weights: deterministic, and exact for so few features.
func fit(ex []cluster.Example, feats []int, lambda float64) *cluster.JoinModel {
	d := len(feats)
	m := &cluster.JoinModel{Standardized: logit.Standardized{Mean: make([]float64, d), Scale: make([]float64, d), Weights: make([]float64, d)}}
	for i, j := range feats {
		m.Features = append(m.Features, cluster.JoinFeatures[j])
		var s, s2 float64
		for _, e := range ex {
			s += e.X[j]
			s2 += e.X[j] * e.X[j]
		}
		n := float64(max(len(ex), 1))
		m.Mean[i] = s / n
		m.Scale[i] = math.Sqrt(max(s2/n-m.Mean[i]*m.Mean[i], 0))
		if m.Scale[i] < 1e-9 {
			m.Scale[i] = 1
		}
	}
	// rows holds the standardised features with a leading 1 for the bias.
	rows := make([][]float64, len(ex))
	for r, e := range ex {
		row := make([]float64, d+1)
		row[0] = 1
		for i, j := range feats {
			row[i+1] = (e.X[j] - m.Mean[i]) / m.Scale[i]
		}
		rows[r] = row
	}
	y := make([]float64, len(ex))
	for r, e := range ex {
		if e.Same {
			y[r] = 1
		}
	}
	w := logit.Fit(rows, y, lambda)
	m.Bias = round6(w[0])
	for i := range feats {
		m.Weights[i] = round6(w[i+1])
		m.Mean[i] = round6(m.Mean[i])
		m.Scale[i] = round6(m.Scale[i])
	}
	return m
}

// round6 keeps six decimals, so that the model file reads well and the
// same data gives the same bytes on any machine.
func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }
