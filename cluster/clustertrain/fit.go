package clustertrain

import (
	"math"

	"github.com/storyline-news/storyline/cluster"
)

// fit learns a logistic join model over the chosen features (indices into
// cluster.JoinFeatures) by Newton's method with an L2 penalty lambda on the
// standardised weights: deterministic, and exact for so few features.
func fit(ex []cluster.Example, feats []int, lambda float64) *cluster.JoinModel {
	d := len(feats)
	m := &cluster.JoinModel{Mean: make([]float64, d), Scale: make([]float64, d), Weights: make([]float64, d)}
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
	w := make([]float64, d+1)
	for iter := 0; iter < 50; iter++ {
		grad := make([]float64, d+1)
		hess := make([][]float64, d+1)
		for i := range hess {
			hess[i] = make([]float64, d+1)
		}
		for r, row := range rows {
			p := sigmoid(dotRow(w, row))
			y := 0.0
			if ex[r].Same {
				y = 1
			}
			h := max(p*(1-p), 1e-9)
			for i := range row {
				grad[i] += (p - y) * row[i]
				for k := range row {
					hess[i][k] += h * row[i] * row[k]
				}
			}
		}
		for i := 1; i <= d; i++ {
			grad[i] += lambda * w[i]
			hess[i][i] += lambda
		}
		step := solve(hess, grad)
		var moved float64
		for i := range w {
			w[i] -= step[i]
			moved = max(moved, math.Abs(step[i]))
		}
		if moved < 1e-8 {
			break
		}
	}
	m.Bias = round6(w[0])
	for i := range feats {
		m.Weights[i] = round6(w[i+1])
		m.Mean[i] = round6(m.Mean[i])
		m.Scale[i] = round6(m.Scale[i])
	}
	return m
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func dotRow(w, x []float64) float64 {
	var s float64
	for i := range w {
		s += w[i] * x[i]
	}
	return s
}

// solve solves A x = b by Gaussian elimination with partial pivoting (A is
// positive definite here: the penalty sees to it).
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64(nil), a[i]...), b[i])
	}
	for col := 0; col < n; col++ {
		p := col
		for r := col + 1; r < n; r++ {
			if math.Abs(m[r][col]) > math.Abs(m[p][col]) {
				p = r
			}
		}
		m[col], m[p] = m[p], m[col]
		if math.Abs(m[col][col]) < 1e-12 {
			continue
		}
		for r := col + 1; r < n; r++ {
			f := m[r][col] / m[col][col]
			for k := col; k <= n; k++ {
				m[r][k] -= f * m[col][k]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		if math.Abs(m[i][i]) < 1e-12 {
			continue
		}
		s := m[i][n]
		for k := i + 1; k < n; k++ {
			s -= m[i][k] * x[k]
		}
		x[i] = s / m[i][i]
	}
	return x
}

// round6 keeps six decimals, so that the model file reads well and the
// same data gives the same bytes on any machine.
func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }
