package eval

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestNEREntities(t *testing.T) {
	tests := []struct {
		tags string
		want []NEREntity
	}{
		{"B-PER I-PER O B-LOC", []NEREntity{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"I-ORG I-ORG B-ORG", []NEREntity{{0, 2, "ORG"}, {2, 3, "ORG"}}},
		{"B-PER I-LOC", []NEREntity{{0, 1, "PER"}, {1, 2, "LOC"}}},
		{"O O", nil},
		{"B-MISC", []NEREntity{{0, 1, "MISC"}}},
	}
	for _, tt := range tests {
		if got := NEREntities(strings.Fields(tt.tags)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("NEREntities(%s) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

func TestNERScores(t *testing.T) {
	var s NERScores
	gold := strings.Fields("B-PER I-PER O B-LOC O B-ORG")
	pred := strings.Fields("B-PER I-PER O B-ORG O B-ORG")
	if err := s.AddSentence(gold, pred); err != nil {
		t.Fatal(err)
	}
	if s.Overall != (NERCounts{Correct: 2, Pred: 3, Gold: 3}) {
		t.Errorf("overall = %+v", s.Overall)
	}
	if s.Untyped.Correct != 3 {
		t.Errorf("untyped correct = %d, want 3", s.Untyped.Correct)
	}
	if c := s.ByType["LOC"]; c.Gold != 1 || c.Correct != 0 || c.Pred != 0 {
		t.Errorf("LOC = %+v", c)
	}
	if f := s.Overall.F1(); math.Abs(f-2.0/3) > 1e-9 {
		t.Errorf("F1 = %v", f)
	}
	if err := s.AddSentence([]string{"O"}, nil); err == nil {
		t.Error("length mismatch not reported")
	}
}
