package quotetrain

import (
	"reflect"
	"testing"

	"github.com/storyline-news/storyline/quote"
)

// TestBoostLearnsConjunctions boosts trees on readings that are reported
// speech when exactly one of two features is set (an exclusive or, which
// no regression over the two can weigh), and checks that the trees score
// each kind of reading on the right side, and that the same rows give the
// same trees.
func TestBoostLearnsConjunctions(t *testing.T) {
	n := len(quote.ReportedFeatures)
	var x [][]float64
	var y []float64
	// fewer readings with both set: a tree grown greedily finds no gain
	// in its first split on an exclusive or of four equal parts
	for i := range 340 {
		a, b := float64(i%2), float64(i/2%2)
		if i >= 320 {
			a, b = 1, 1
		} else if a == 1 && b == 1 {
			a = 0
		}
		row := make([]float64, n)
		row[0], row[1], row[2] = 1, a, b
		x = append(x, row)
		y = append(y, indicatorOf(a != b))
	}
	base := make([]float64, len(x))
	s := boostSetting{trees: 30, depth: 2, rate: 0.3}
	trees := boost(x, y, base, baseFeatures(), s)
	tests := []struct {
		name string
		a, b float64
		want bool
	}{
		{"neither", 0, 0, false},
		{"the first", 1, 0, true},
		{"the second", 0, 1, true},
		{"both", 1, 1, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			row := make([]float64, n)
			row[0], row[1], row[2] = 1, tc.a, tc.b
			z := 0.0
			for i := range trees {
				z += trees[i].Eval(row)
			}
			if z > 0 != tc.want {
				t.Errorf("log-odds %.3f, want reported speech %v", z, tc.want)
			}
		})
	}
	if again := boost(x, y, base, baseFeatures(), s); !reflect.DeepEqual(trees, again) {
		t.Error("the same rows gave other trees")
	}
}
