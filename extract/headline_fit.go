package extract

import "math"

// Fitting the headline choice: a conditional logit (a softmax over each
// page's texts) fitted by full-batch gradient descent from zero weights, so
// the same examples give the same bytes.
const (
	headFitRounds = 400  // the loss has flattened well before
	headFitRate   = 0.1  // step size of the gradient descent
	HeadFitL2     = 0.01 // chosen by 5-fold cross-validation by site over 0, 0.01, 0.1
)

// FitHeadline fits the headline weights on the examples whose gold is
// among their candidates.
func FitHeadline(xs []HeadlineExample, l2 float64) HeadlineModel {
	w := make([]float64, headFeatures)
	feats := make([][][]float64, len(xs))
	for i, x := range xs {
		for j := range x.texts {
			feats[i] = append(feats[i], headlineFeatures(x.texts, j))
		}
	}
	for range headFitRounds {
		grad := make([]float64, headFeatures)
		n := 0
		for i, x := range xs {
			if x.gold < 0 {
				continue
			}
			n++
			addSoftmaxGrad(grad, w, feats[i], x.gold)
		}
		if n == 0 {
			break
		}
		for k := range w {
			w[k] -= headFitRate * (grad[k]/float64(n) + l2*w[k])
		}
	}
	return HeadlineModel{Features: headFeatures, Weights: w}
}

// addSoftmaxGrad adds the gradient of -log p(gold) for one page.
func addSoftmaxGrad(grad, w []float64, feats [][]float64, gold int) {
	scores := make([]float64, len(feats))
	top := math.Inf(-1)
	for j, f := range feats {
		scores[j] = headScore(w, f)
		top = max(top, scores[j])
	}
	z := 0.0
	for j := range scores {
		scores[j] = math.Exp(scores[j] - top)
		z += scores[j]
	}
	for j, f := range feats {
		p := scores[j] / z
		if j == gold {
			p--
		}
		for k, v := range f {
			grad[k] += p * v
		}
	}
}
