package logit

import (
	"fmt"
	"math"
	"testing"
)

// TestFit checks that the fit recovers known probabilities, ignores a noise
// feature, and gives the same weights twice.
func TestFit(t *testing.T) {
	// feature 1 predicts the label 4 times in 5, feature 2 is noise
	var rows [][]float64
	var y []float64
	for i := range 200 {
		f := float64(i % 2)
		label := f
		if i%10 < 2 {
			label = 1 - f
		}
		rows = append(rows, []float64{1, f, float64(i % 3)})
		y = append(y, label)
	}
	w := Fit(rows, y, 0.1)
	p1, p0 := Sigmoid(Dot(w, rows[1])), Sigmoid(Dot(w, rows[2]))
	if math.Abs(p1-0.8) > 0.05 || math.Abs(p0-0.2) > 0.05 {
		t.Errorf("p(1|f=1) = %.3f, p(1|f=0) = %.3f, want about 0.8 and 0.2 (weights %v)", p1, p0, w)
	}
	if math.Abs(w[2]) > 0.2 {
		t.Errorf("noise weight %.3f, want near 0", w[2])
	}
	if again := Fit(rows, y, 0.1); fmt.Sprint(again) != fmt.Sprint(w) {
		t.Error("the fit is not deterministic")
	}
	if Fit(nil, nil, 1) != nil {
		t.Error("no rows: want no weights")
	}
}

// TestFitPenalty checks that the penalty shrinks the weights but not the
// bias: with a huge penalty the model predicts the base rate.
func TestFitPenalty(t *testing.T) {
	rows := [][]float64{{1, 1}, {1, 1}, {1, 0}, {1, 0}, {1, 0}}
	y := []float64{1, 1, 1, 0, 0}
	w := Fit(rows, y, 1e6)
	if math.Abs(w[1]) > 1e-3 || math.Abs(Sigmoid(w[0])-0.6) > 1e-3 {
		t.Errorf("weights %v: want the feature's near 0 and σ(bias) = 0.6", w)
	}
}

func TestSolve(t *testing.T) {
	for _, tc := range []struct {
		a    [][]float64
		b, x []float64
	}{
		{[][]float64{{2, 0}, {0, 4}}, []float64{2, 8}, []float64{1, 2}},
		{[][]float64{{0, 1}, {1, 0}}, []float64{3, 5}, []float64{5, 3}},
		{[][]float64{{4, 1}, {1, 3}}, []float64{1, 2}, []float64{1.0 / 11, 7.0 / 11}},
		{[][]float64{{1, 0}, {0, 0}}, []float64{2, 0}, []float64{2, 0}}, // singular: that unknown stays 0
	} {
		got := Solve(tc.a, tc.b)
		for i := range got {
			if math.Abs(got[i]-tc.x[i]) > 1e-9 {
				t.Errorf("Solve = %v, want %v", got, tc.x)
				break
			}
		}
	}
}
