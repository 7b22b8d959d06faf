package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestSumRowsPacked(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const tableRows = 64
	l := &layer{w: make([]int16, tableRows*rowWidth)}
	for i := range l.w {
		switch i / rowWidth {
		case 0: // row 0 all the largest weight, row 1 all the smallest
			l.w[i] = math.MaxInt16
		case 1:
			l.w[i] = math.MinInt16
		default:
			l.w[i] = int16(rng.IntN(1 << 16))
		}
	}
	words := l.words()
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
		sumRows(&want, l.w, tt.rows)
		if got != want {
			t.Errorf("%s: packed %v, one by one %v", tt.name, got, want)
		}
	}
}
