package cluster

import (
	"maps"
	"slices"
	"testing"
)

// TestObserveDocIDs checks that new terms get ids in sorted order whatever
// the map order, and that every term of a document counts once.
func TestObserveDocIDs(t *testing.T) {
	tests := []struct {
		name    string
		docs    [][]map[string]float64
		wantIDs map[string]int32
		wantDF  map[string]int32
	}{
		{
			name:    "one document",
			docs:    [][]map[string]float64{{{"pear": 2, "apple": 1, "fig": 5}}},
			wantIDs: map[string]int32{"apple": 0, "fig": 1, "pear": 2},
			wantDF:  map[string]int32{"apple": 1, "fig": 1, "pear": 1},
		},
		{
			name: "known and new terms mixed, two maps per document",
			docs: [][]map[string]float64{
				{{"pear": 1, "apple": 1}, {"Rutte": 1}},
				{{"zebra": 1, "pear": 3, "banana": 1}, {"Rutte": 2, "Merkel": 1}},
			},
			wantIDs: map[string]int32{"apple": 0, "pear": 1, "Rutte": 2, "banana": 3, "zebra": 4, "Merkel": 5},
			wantDF:  map[string]int32{"apple": 1, "pear": 2, "Rutte": 2, "banana": 1, "zebra": 1, "Merkel": 1},
		},
	}
	for _, tt := range tests {
		v := newVocab()
		for _, d := range tt.docs {
			v.observeDoc("", d...)
		}
		if !maps.Equal(v.ids, tt.wantIDs) {
			t.Errorf("%s: ids %v, want %v", tt.name, v.ids, tt.wantIDs)
		}
		for term, want := range tt.wantDF {
			if got := v.df[v.ids[term]]; got != want {
				t.Errorf("%s: df[%s] = %d, want %d", tt.name, term, got, want)
			}
		}
		if n := v.docsIn(""); n != len(tt.docs) {
			t.Errorf("%s: docs %d, want %d", tt.name, n, len(tt.docs))
		}
	}
}

// TestTfidfOfIsTfidf checks that weighing a document's terms by the ids
// observeDoc gives them yields the vector tfidf gives for its counts.
func TestTfidfOfIsTfidf(t *testing.T) {
	v := newVocab()
	docs := []map[string]float64{
		{"harbour": 2, "strike": 1, "union": 3},
		{"harbour": 1, "es:puerto": 2, "ferry": 1},
		{"union": 1, "ferry": 4, "talks": 1, "strike": 2},
	}
	for i, d := range docs {
		ids := v.observeDoc("", d)
		for _, limit := range []int{0, 2} {
			got, want := v.tfidfOf(ids[0], limit), v.tfidf(d, limit)
			if !slices.Equal(got, want) {
				t.Errorf("doc %d, limit %d: tfidfOf = %v, tfidf = %v", i, limit, got, want)
			}
		}
	}
}
