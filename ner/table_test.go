package ner

import (
	"slices"
	"testing"
)

// TestHugeWeights advises tables of every size around a huge page and
// changes none of their weights. Whether the kernel gave huge pages is not
// checked: that is the kernel's to decide (see /proc/self/smaps).
func TestHugeWeights(t *testing.T) {
	for _, n := range []int{0, 1, rowWidth, 1 << 20, 1<<20 + 7, 3 << 20} {
		w := make([]int16, n)
		for i := range w {
			w[i] = int16(i * 31)
		}
		want := slices.Clone(w)
		hugeWeights(w)
		if !slices.Equal(w, want) {
			t.Errorf("%d weights changed", n)
		}
	}
}
