package logit

import (
	"fmt"
	"testing"
)

// choices makes n decisions among three candidates whose feature 0 marks
// the right one in 4 of 5 decisions (feature 1 is noise); every fifth
// decision's right candidate is unmarked.
func choices(n int) []Choice {
	var out []Choice
	for i := range n {
		right := i % 3
		marked := right
		if i%5 == 0 {
			marked = (right + 1) % 3
		}
		feats := make([][]float64, 3)
		for j := range feats {
			feats[j] = []float64{0, float64((i + j) % 2)}
		}
		feats[marked][0] = 1
		out = append(out, Choice{Feats: feats, Gold: []int{right}})
	}
	return out
}

func TestFitChoices(t *testing.T) {
	cs := choices(200)
	for _, fit := range []struct {
		name string
		fit  func([]Choice, int, float64, int, float64) []float64
		rate float64
	}{
		{"gradient descent", FitChoices, 0.5},
		{"Adam", FitChoicesAdam, 0.05},
	} {
		t.Run(fit.name, func(t *testing.T) {
			w := fit.fit(cs, 2, 0.001, 300, fit.rate)
			if w[0] < 1 || w[0] < 5*abs(w[1]) {
				t.Errorf("weights %v: want the marking feature's large and the noise's small", w)
			}
			right := 0
			for _, c := range cs {
				if Best(w, c.Feats) == c.Gold[0] {
					right++
				}
			}
			if right != 160 {
				t.Errorf("%d of 200 right, want the 160 whose right candidate is marked", right)
			}
			if again := fit.fit(cs, 2, 0.001, 300, fit.rate); fmt.Sprint(again) != fmt.Sprint(w) {
				t.Error("the fit is not deterministic")
			}
		})
	}
}

// TestFitChoicesSeveralRight checks that a decision with two right
// candidates raises both, and one with none teaches nothing.
func TestFitChoicesSeveralRight(t *testing.T) {
	cs := []Choice{
		{Feats: [][]float64{{1, 0}, {0, 1}, {0, 0}}, Gold: []int{0, 1}},
		{Feats: [][]float64{{1, 0}, {0, 1}, {0, 0}}},
	}
	w := FitChoicesAdam(cs, 2, 0, 200, 0.05)
	if w[0] <= 0 || w[1] <= 0 || abs(w[0]-w[1]) > 1e-9 {
		t.Errorf("weights %v: want both right candidates raised alike", w)
	}
	if w := FitChoices([]Choice{cs[1]}, 2, 0, 10, 0.1); w[0] != 0 || w[1] != 0 {
		t.Errorf("weights %v from a decision with no right candidate, want 0", w)
	}
}

func TestBest(t *testing.T) {
	tests := []struct {
		feats [][]float64
		want  int
	}{
		{nil, -1},
		{[][]float64{{1}, {3}, {2}}, 1},
		{[][]float64{{2}, {2}}, 0}, // the first of equals
	}
	for _, tc := range tests {
		if got := Best([]float64{1}, tc.feats); got != tc.want {
			t.Errorf("Best(%v) = %d, want %d", tc.feats, got, tc.want)
		}
	}
}

func abs(v float64) float64 { return max(v, -v) }
