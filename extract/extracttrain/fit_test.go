package extracttrain

import (
	"math"
	"testing"

	"github.com/storyline-news/storyline/extract"
)

// separable returns n samples whose label is whether feature 3 exceeds 0.5,
// with feature 0 constant (an intercept) and feature 7 as noise.
func separable(n int) ([][extract.NumFeatures]float64, []float64) {
	xs := make([][extract.NumFeatures]float64, n)
	ys := make([]float64, n)
	for i := range xs {
		xs[i][0] = 1
		xs[i][3] = float64(i%10) / 10
		xs[i][7] = float64(i%7) / 7
		if xs[i][3] > 0.5 {
			ys[i] = 1
		}
	}
	return xs, ys
}

func TestNewtonLRWeighsTheTellingFeature(t *testing.T) {
	xs, ys := separable(200)
	tp := &trainPage{x: xs, y: ys, w: make([]float64, len(ys))}
	for i := range tp.w {
		tp.w[i] = 1
	}
	w := newtonLR([]*trainPage{tp}, 1, 25)
	if w[3] <= 0 || math.Abs(w[3]) <= 5*math.Abs(w[7]) {
		t.Errorf("weights: feature 3 = %.3f, noise feature 7 = %.3f; want 3 large and positive", w[3], w[7])
	}
	wrong := 0
	for i := range xs {
		if (sigmoid(dot(&w, &xs[i])) > 0.5) != (ys[i] == 1) {
			wrong++
		}
	}
	if wrong > len(xs)/10 {
		t.Errorf("%d of %d samples on the wrong side of 0.5", wrong, len(xs))
	}
}

// TestBoostedTreesRunInTheStage checks that trees grown here score the same
// through the stage's compiled model (extract.LineModel.Prob) as through
// Tree.Value, and that they learn a step the linear base cannot place.
func TestBoostedTreesRunInTheStage(t *testing.T) {
	xs, ys := separable(300)
	samples := make([]sample, len(xs))
	for i := range xs {
		samples[i] = sample{x: &xs[i], y: ys[i], w: 1}
	}
	trees := boost(samples, make([]float64, len(xs)), boostConfig{rounds: 30, depth: 2, rate: 0.3, lambda: 1, minHess: 1, bins: 16})
	m := (&extract.LineModel{Features: extract.NumFeatures, Trees: trees}).Compile()
	wrong := 0
	for i := range xs {
		z := 0.0
		for j := range trees {
			z += trees[j].Value(xs[i][:])
		}
		if got, want := m.Prob(&xs[i]), sigmoid(z); math.Abs(got-want) > 1e-12 {
			t.Fatalf("sample %d: stage prob %v, trainer's %v", i, got, want)
		}
		if (sigmoid(z) > 0.5) != (ys[i] == 1) {
			wrong++
		}
	}
	if wrong > 0 {
		t.Errorf("%d of %d samples on the wrong side of 0.5", wrong, len(xs))
	}
}

func TestRoundKeepsSixSignificantDigits(t *testing.T) {
	m := &extract.LineModel{Trees: []extract.Tree{{Feat: []int{-1}, Thr: []float64{0.123456789}, Leaf: []float64{-98765.4321}}}}
	m.Weights[0] = 1.23456789
	round(m)
	if m.Weights[0] != 1.23457 || m.Trees[0].Leaf[0] != -98765.4 || m.Trees[0].Thr[0] != 0.123457 {
		t.Errorf("rounded to %v, %v, %v", m.Weights[0], m.Trees[0].Leaf[0], m.Trees[0].Thr[0])
	}
}
