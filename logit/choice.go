package logit

import "math"

// Choice is one decision among candidates for a conditional logit (a
// softmax over the candidates of each decision): each candidate described
// by its features, and the indices of the right ones. A choice none of
// whose candidates is right (Gold empty) teaches nothing and is skipped.
type Choice struct {
	Feats [][]float64
	Gold  []int
}

// FitChoices fits a conditional logit by full-batch gradient descent from
// zero weights, with an L2 penalty of l2 per weight: the same choices give
// the same bits. It maximises the log-probability of the right candidates
// of each choice (their summed probability when several are right).
func FitChoices(cs []Choice, features int, l2 float64, rounds int, rate float64) []float64 {
	w := make([]float64, features)
	for range rounds {
		grad, n := choiceGrad(cs, w)
		if n == 0 {
			break
		}
		for k := range w {
			w[k] -= rate * (grad[k]/float64(n) + l2*w[k])
		}
	}
	return w
}

// Adam's moment decays and the term that keeps its step finite: the usual
// values.
const (
	adamBeta1, adamBeta2, adamEpsilon = 0.9, 0.999, 1e-8
)

// FitChoicesAdam fits the conditional logit of FitChoices with Adam steps
// on the full batch, from zero weights: sparse features that plain
// gradient descent moves too slowly are fitted in a few hundred rounds, and
// the same choices give the same bits.
func FitChoicesAdam(cs []Choice, features int, l2 float64, rounds int, rate float64) []float64 {
	w := make([]float64, features)
	m, v := make([]float64, features), make([]float64, features)
	for t := 1; t <= rounds; t++ {
		grad, n := choiceGrad(cs, w)
		if n == 0 {
			break
		}
		c1, c2 := 1-math.Pow(adamBeta1, float64(t)), 1-math.Pow(adamBeta2, float64(t))
		for k := range w {
			g := grad[k]/float64(n) + l2*w[k]
			m[k] = adamBeta1*m[k] + (1-adamBeta1)*g
			v[k] = adamBeta2*v[k] + (1-adamBeta2)*g*g
			w[k] -= rate * (m[k] / c1) / (math.Sqrt(v[k]/c2) + adamEpsilon)
		}
	}
	return w
}

// Best is the index of the candidate with the highest score w·x, the
// first of equals; -1 when there is none.
func Best(w []float64, feats [][]float64) int {
	best, top := -1, math.Inf(-1)
	for j, f := range feats {
		if s := Dot(w, f); s > top {
			best, top = j, s
		}
	}
	return best
}

// choiceGrad sums the gradient of -log p(right) over the choices with a
// right candidate, and counts those choices.
func choiceGrad(cs []Choice, w []float64) (grad []float64, n int) {
	grad = make([]float64, len(w))
	for _, c := range cs {
		if len(c.Gold) == 0 {
			continue
		}
		n++
		addChoiceGrad(grad, w, c)
	}
	return grad, n
}

// addChoiceGrad adds the gradient of -log Σ p(right) for one choice: each
// candidate's probability less its share of the right candidates'
// probability (1 for the only right one).
func addChoiceGrad(grad, w []float64, c Choice) {
	scores := make([]float64, len(c.Feats))
	top := math.Inf(-1)
	for j, f := range c.Feats {
		for k, v := range f {
			scores[j] += w[k] * v
		}
		top = max(top, scores[j])
	}
	z := 0.0
	for j := range scores {
		scores[j] = math.Exp(scores[j] - top)
		z += scores[j]
	}
	right := 0.0
	for _, g := range c.Gold {
		right += scores[g]
	}
	for j, f := range c.Feats {
		p := scores[j] / z
		if q := rightShare(c.Gold, j, scores[j], right); q != 0 {
			p -= q
		}
		for k, v := range f {
			grad[k] += p * v
		}
	}
}

// rightShare is candidate j's share of the right candidates' summed
// score: 0 when it is not right, 1 when it is the only one (or when every
// right score underflowed, an even share).
func rightShare(gold []int, j int, score, right float64) float64 {
	for _, g := range gold {
		if g != j {
			continue
		}
		if len(gold) == 1 {
			return 1
		}
		if right == 0 {
			return 1 / float64(len(gold))
		}
		return score / right
	}
	return 0
}
