package extract

import (
	"encoding/json"
	"testing"
)

// TestFieldModelFits checks that an embedded model whose trees could read
// past a text's features or walk in a loop is refused (the field then
// falls back to its prior) and that a sound one is taken.
func TestFieldModelFits(t *testing.T) {
	stump := Tree{Feat: []int{1, -1, -1}, Thr: []float64{0.5, 0, 0}, Left: []int{1, -1, -1}, Right: []int{2, -1, -1}, Leaf: []float64{0, -1, 1}}
	tests := []struct {
		name  string
		trees []Tree
		want  bool
	}{
		{"no trees", nil, true},
		{"a stump", []Tree{stump}, true},
		{"a split on a feature the texts lack", []Tree{{Feat: []int{3, -1, -1}, Thr: stump.Thr, Left: stump.Left, Right: stump.Right, Leaf: stump.Leaf}}, false},
		{"a child that points back", []Tree{{Feat: stump.Feat, Thr: stump.Thr, Left: []int{0, -1, -1}, Right: stump.Right, Leaf: stump.Leaf}}, false},
		{"a child past the nodes", []Tree{{Feat: stump.Feat, Thr: stump.Thr, Left: stump.Left, Right: []int{3, -1, -1}, Leaf: stump.Leaf}}, false},
		{"arrays of different lengths", []Tree{{Feat: stump.Feat, Thr: stump.Thr[:1], Left: stump.Left, Right: stump.Right, Leaf: stump.Leaf}}, false},
		{"an empty tree", []Tree{{}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := FieldModel{Features: 3, Weights: make([]float64, 3), Trees: tt.trees}
			if got := m.fits(3); got != tt.want {
				t.Errorf("fits = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestFieldModelScoreAddsTrees checks that a text's score is its linear
// score and its trees' values.
func TestFieldModelScoreAddsTrees(t *testing.T) {
	stump := Tree{Feat: []int{1, -1, -1}, Thr: []float64{0.5, 0, 0}, Left: []int{1, -1, -1}, Right: []int{2, -1, -1}, Leaf: []float64{0, -1, 1}}
	m := FieldModel{Features: 2, Weights: []float64{2, 0}, Trees: []Tree{stump, stump}}
	for _, tt := range []struct {
		f    []float64
		want float64
	}{{[]float64{1, 0}, 2 - 2}, {[]float64{1, 1}, 2 + 2}, {[]float64{0, 1}, 0 + 2}} {
		if got := m.Score(tt.f); got != tt.want {
			t.Errorf("Score(%v) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestEmbeddedLineModelIsWalkable: the line model's trees pass the check
// its loading asks (else the extractor falls back to the prior).
func TestEmbeddedLineModelIsWalkable(t *testing.T) {
	var m LineModel
	if err := json.Unmarshal(modelJSON, &m); err != nil || len(m.Trees) == 0 || !walkable(m.Trees, NumFeatures) {
		t.Fatalf("embedded line model: %d trees, walkable %v, %v", len(m.Trees), walkable(m.Trees, NumFeatures), err)
	}
}
