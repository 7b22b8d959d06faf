// Package logit fits L2-regularised logistic regressions by Newton's method,
// for the trainers of the learned decisions (cluster/clustertrain,
// quote/quotetrain, compare/comparetrain), and conditional logits (a
// softmax over the candidates of each decision, choice.go) for
// extract/extracttrain and quote/quotetrain, and holds Standardized, the
// model over named standardised features that cluster and compare run. The
// fit is exact for the few dozen features these models have, and
// deterministic: the same rows give the same weights on any machine.
package logit

import "math"

const (
	// maxIters bounds the Newton steps; a fit converges in a dozen.
	maxIters = 50
	// tolerance is the largest weight change that ends the steps.
	tolerance = 1e-8
	// minCurvature keeps the Hessian positive definite where every
	// prediction is certain (p(1-p) underflows).
	minCurvature = 1e-9
)

// Fit returns the weights w of P(y=1|x) = σ(w·x) that minimise the log loss
// plus l2/2·|w|² over every weight but the first: column 0 of every row is
// the bias (1) and is not penalised. y holds 0 or 1 per row.
func Fit(rows [][]float64, y []float64, l2 float64) []float64 {
	if len(rows) == 0 {
		return nil
	}
	n := len(rows[0])
	w := make([]float64, n)
	for range maxIters {
		grad := make([]float64, n)
		hess := make([][]float64, n)
		for a := range hess {
			hess[a] = make([]float64, n)
		}
		for i, x := range rows {
			p := Sigmoid(Dot(w, x))
			g, h := p-y[i], max(p*(1-p), minCurvature)
			for a, va := range x {
				if va == 0 {
					continue
				}
				grad[a] += g * va
				for b := a; b < n; b++ {
					hess[a][b] += h * va * x[b]
				}
			}
		}
		for a := range n {
			if a > 0 {
				grad[a] += l2 * w[a]
				hess[a][a] += l2
			}
			for b := range a {
				hess[a][b] = hess[b][a]
			}
		}
		step := Solve(hess, grad)
		moved := 0.0
		for a := range n {
			w[a] -= step[a]
			moved = math.Max(moved, math.Abs(step[a]))
		}
		if moved < tolerance {
			break
		}
	}
	return w
}

// Sigmoid is the logistic function.
func Sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// Dot is the dot product of two vectors of one length.
func Dot(w, x []float64) float64 {
	var s float64
	for i := range w {
		s += w[i] * x[i]
	}
	return s
}

// pivotFloor is the pivot below which a column is taken as singular and its
// unknown left at 0.
const pivotFloor = 1e-12

// Solve returns s with h·s = g by Gaussian elimination with partial
// pivoting. It overwrites h and g.
func Solve(h [][]float64, g []float64) []float64 {
	n := len(g)
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		if math.Abs(h[c][c]) < pivotFloor {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := h[r][c] / h[c][c]
			for k := c; k < n; k++ {
				h[r][k] -= f * h[c][k]
			}
			g[r] -= f * g[c]
		}
	}
	s := make([]float64, n)
	for c := n - 1; c >= 0; c-- {
		if math.Abs(h[c][c]) < pivotFloor {
			continue
		}
		v := g[c]
		for k := c + 1; k < n; k++ {
			v -= h[c][k] * s[k]
		}
		s[c] = v / h[c][c]
	}
	return s
}
