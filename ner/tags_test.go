package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestBILOU(t *testing.T) {
	tests := []struct{ iob, bilou, back string }{
		{"B-PER I-PER I-PER O B-LOC", "B-PER I-PER L-PER O U-LOC", "B-PER I-PER I-PER O B-LOC"},
		{"B-ORG B-ORG I-ORG", "U-ORG B-ORG L-ORG", "B-ORG B-ORG I-ORG"},
		{"I-MISC I-MISC O", "B-MISC L-MISC O", "B-MISC I-MISC O"}, // IOB1 starts become B
		{"B-PER I-LOC", "U-PER U-LOC", "B-PER B-LOC"},
		{"B-XYZ O", "O O", "O O"},
	}
	names := func(tags []int) string {
		var out []string
		for _, t := range tags {
			if t == tagO {
				out = append(out, "O")
				continue
			}
			out = append(out, string("BILU"[tagPos(t)])+"-"+typeNames[tagType(t)])
		}
		return strings.Join(out, " ")
	}
	for _, tt := range tests {
		b := toBILOU(strings.Fields(tt.iob))
		if got := names(b); got != tt.bilou {
			t.Errorf("toBILOU(%s) = %s, want %s", tt.iob, got, tt.bilou)
		}
		if got := toIOB(b); !reflect.DeepEqual(got, strings.Fields(tt.back)) {
			t.Errorf("toIOB(toBILOU(%s)) = %v, want %s", tt.iob, got, tt.back)
		}
	}
}

func TestViterbiOnlyWellFormed(t *testing.T) {
	// Emissions that prefer an I tag first and an L of another type: the
	// decoder must still return a valid sequence.
	em := make([]float32, 3*numTags)
	em[mkTag(0, posI)] = 10
	em[numTags+mkTag(1, posL)] = 10
	em[2*numTags+mkTag(2, posI)] = 10
	var trans [numTags + 1][numTags]float32
	got := viterbi(em, &trans, &tagger{}, nil)
	prev := -1
	for _, tg := range got {
		if !allowed(prev, tg) {
			t.Fatalf("sequence %v has %d after %d", got, tg, prev)
		}
		prev = tg
	}
	if !allowed(prev, -1) {
		t.Fatalf("sequence %v ends inside an entity", got)
	}
}
