package cluster

import (
	"maps"
	"math/rand/v2"
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

// weighedBySort is weighed as it was: every entry sorted, then cut.
func weighedBySort(vec vector, limit int) vector {
	slices.SortFunc(vec, byWeight)
	if limit > 0 && len(vec) > limit {
		vec = vec[:limit]
	}
	return unitLength(vec)
}

// randomVector has n entries with distinct ids in shuffled order; with
// ties, weights are drawn from a few values, so that ids break them.
func randomVector(rng *rand.Rand, n int, ties bool) vector {
	vec := make(vector, n)
	for i, id := range rng.Perm(n) {
		w := rng.Float32() * 10
		if ties {
			w = float32(rng.IntN(3) + 1)
		}
		vec[i] = entry{int32(id), w}
	}
	return vec
}

// TestWeighedIsSortAndCut holds weighed (the heaviest chosen, then sorted)
// to sorting every entry and cutting, bit for bit, for limits below, at and
// above the length, with and without tied weights, and in sorted and
// reversed orders (the worst for a pivot chosen badly).
func TestWeighedIsSortAndCut(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	for _, n := range []int{0, 1, 2, 3, 5, 10, 121, 400, 1500} {
		for _, limit := range []int{0, 1, 2, 7, 120, n - 1, n, n + 1} {
			for _, ties := range []bool{false, true} {
				for order := range 3 {
					vec := randomVector(rng, n, ties)
					switch order {
					case 1:
						slices.SortFunc(vec, byWeight)
					case 2:
						slices.SortFunc(vec, func(x, y entry) int { return byWeight(y, x) })
					}
					want := weighedBySort(slices.Clone(vec), limit)
					if got := weighed(vec, limit); !slices.Equal(got, want) {
						t.Fatalf("n=%d limit=%d ties=%v order=%d: weighed = %v, want %v", n, limit, ties, order, got, want)
					}
				}
			}
		}
	}
}

// BenchmarkWeighed: an article's 600 terms cut to the 120 heaviest.
func BenchmarkWeighed(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	src := randomVector(rng, 600, false)
	vec := make(vector, len(src))
	b.Run("select", func(b *testing.B) {
		for b.Loop() {
			copy(vec, src)
			weighed(vec, 120)
		}
	})
	b.Run("sort", func(b *testing.B) {
		for b.Loop() {
			copy(vec, src)
			weighedBySort(vec, 120)
		}
	})
}
