package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestSumRowsPacked(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const tableRows = 64
	weights := make([]int16, tableRows*rowWidth)
	for i := range weights {
		switch i / rowWidth {
		case 0: // row 0 all the largest weight, row 1 all the smallest
			weights[i] = math.MaxInt16
		case 1:
			weights[i] = math.MinInt16
		default:
			weights[i] = int16(rng.IntN(1 << 16))
		}
	}
	words := weightWords(weights)
	if words == nil {
		t.Skip("this machine does not lay weights out as packed words")
	}
	rowsOf := func(n int, pick func() uint32) []uint32 {
		rows := make([]uint32, n)
		for i := range rows {
			rows[i] = pick()
		}
		return rows
	}
	anyRow := func() uint32 { return uint32(rng.IntN(tableRows)) }
	tests := []struct {
		name string
		rows []uint32
	}{
		{"no rows", nil},
		{"one row", []uint32{3}},
		{"a token's rows", rowsOf(40, anyRow)},
		{"the largest weights, past one run", rowsOf(packedRun+5, func() uint32 { return 0 })},
		{"the smallest weights, past one run", rowsOf(packedRun+5, func() uint32 { return 1 })},
		{"many rows", rowsOf(3*packedRun, anyRow)},
	}
	for _, tt := range tests {
		var got, want [rowWidth]int32
		got[2], want[2] = 5, 5 // sums add to what acc holds
		sumRowsPacked(&got, words, tt.rows)
		sumRows(&want, weights, tt.rows)
		if got != want {
			t.Errorf("%s: packed %v, one by one %v", tt.name, got, want)
		}
	}
}

// TestLiveRowsAddAsAll holds addEmissions over the live rows (indexLive)
// to the sums over the whole table, zero rows and all, to the bit.
func TestLiveRowsAddAsAll(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	const tableRows = 300 // not a multiple of 64: a partial last word
	w := make([]int16, tableRows*rowWidth)
	for r := range tableRows {
		if rng.IntN(4) != 0 {
			continue // three rows in four stay zeros, as most rows of a trained table
		}
		for k := range rowWidth {
			w[r*rowWidth+k] = int16(rng.IntN(1<<16) - 1<<15)
		}
	}
	var rows []uint32
	var ends []int32
	for range 50 { // tokens of up to 40 rows, some of none
		for range rng.IntN(41) {
			rows = append(rows, uint32(rng.IntN(tableRows)))
		}
		ends = append(ends, int32(len(rows)))
	}
	l := &layer{scale: 0.25}
	l.live, l.packed = indexLive(w)
	if len(l.packed) == 0 || len(l.packed) == len(w) {
		t.Fatalf("packed %d of %d weights: the test needs zero rows and live ones", len(l.packed), len(w))
	}
	var tg tagger
	got := make([]float32, len(ends)*numTags)
	l.addEmissions(&tg, got, rows, ends)
	start := int32(0)
	for i, end := range ends {
		var acc [rowWidth]int32
		sumRows(&acc, w, rows[start:end])
		for k, a := range acc {
			if want := float32(a) * l.scale; math.Float32bits(got[i*numTags+k+1]) != math.Float32bits(want) {
				t.Fatalf("token %d tag %d: live rows %v, all rows %v", i, k+1, got[i*numTags+k+1], want)
			}
		}
		start = end
	}
}
