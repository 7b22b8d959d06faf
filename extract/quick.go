package extract

import (
	"math"
	"math/bits"
	"slices"
)

// quickTrees score complete trees of depth 3 at most the QuickScorer way
// (Lucchese et al., SIGIR 2015): each tree keeps a bit for each of its
// leaves, left to right, all set at first; every split a line does not
// pass (!(x <= thr): the walk would go right) clears the bits of the
// leaves on its left, and the leftmost leaf still set is the one the walk
// reaches. A line fails a prefix of a feature's thresholds, taken
// ascending (the model's 1,050 splits test 216 distinct thresholds), so
// what its value does to every tree's leaves is one row of masks, a byte a
// tree, made when the trees are laid out: a line's value is compared with
// its feature's thresholds until one holds it, and the row of the last one
// it fails is ANDed in, eight trees a word. The leaves are then added tree
// by tree, the walk's terms in the walk's order, so the sums are the
// walk's to the bit. It runs about a third fewer instructions than making
// every tree's seven comparisons (BenchmarkLineProbs).
type quickTrees struct {
	feats []quickFeature
	// rows[r*words:(r+1)*words] is row r: every tree's leaf mask, a byte a
	// tree, eight trees a word
	words int
	rows  []uint64
	ones  []uint64 // every tree's leaves set: where a line starts
	// the leaves, eight trees a group, each tree's left to right: tree t
	// is groups[t/8][t%8]; the last group may be partial (trees past the
	// last are never read)
	groups [][8][8]float64
	trees  int
}

// quickFeature is a feature that splits test: its distinct thresholds,
// ascending, and the row of failing thr[:k] is row+k-1.
type quickFeature struct {
	feat int
	thr  []float64
	row  int
}

// layQuick lays f out for quick scoring, or returns nil when its trees are
// deeper than 3 (a leaf mask is a byte) or a threshold is not a number
// (which no value passes, and no order places).
func layQuick(f *fullTrees) *quickTrees {
	if f.depth > 3 || slices.ContainsFunc(f.thr, math.IsNaN) {
		return nil
	}
	ntrees := len(f.leaf) / f.leaves
	q := &quickTrees{words: (ntrees + 7) / 8, trees: ntrees}
	q.ones = make([]uint64, q.words)
	q.groups = make([][8][8]float64, q.words)
	type split struct {
		feat int
		thr  float64
		tree int
		left uint8 // the leaves on the split's left
	}
	var splits []split
	for t := range ntrees {
		q.ones[t/8] |= uint64(1<<f.leaves-1) << (8 * (t % 8))
		copy(q.groups[t/8][t%8][:], f.leaf[t*f.leaves:(t+1)*f.leaves])
		for k := range f.splits {
			// split k, at level d, covers leaves [p*w, (p+1)*w); its left
			// side is the first half
			d := bits.Len(uint(k+1)) - 1
			p, w := k-(1<<d-1), f.leaves>>d
			left := uint8((1<<(w/2) - 1) << (p * w))
			splits = append(splits, split{feat: int(f.feat[t*f.splits+k]), thr: f.thr[t*f.splits+k], tree: t, left: left})
		}
	}
	slices.SortStableFunc(splits, func(a, b split) int {
		if a.feat != b.feat {
			return a.feat - b.feat
		}
		switch {
		case a.thr < b.thr:
			return -1
		case a.thr > b.thr:
			return 1
		}
		return 0
	})
	row := make([]uint64, q.words) // the masks of the feature's splits so far
	for i, s := range splits {
		newFeat := i == 0 || s.feat != splits[i-1].feat
		if newFeat {
			q.feats = append(q.feats, quickFeature{feat: s.feat, row: len(q.rows) / q.words})
			copy(row, q.ones)
		}
		if fe := &q.feats[len(q.feats)-1]; newFeat || s.thr != splits[i-1].thr {
			fe.thr = append(fe.thr, s.thr)
			q.rows = append(q.rows, row...)
		}
		row[s.tree/8] &^= uint64(s.left) << (8 * (s.tree % 8))
		copy(q.rows[len(q.rows)-q.words:], row)
	}
	return q
}

// add adds every tree's leaf for each row of xs to out.
func (q *quickTrees) add(xs [][NumFeatures]float64, out []float64) {
	mask := make([]uint64, q.words)
	rows, words := q.rows, q.words
	full := q.trees / 8 // groups of eight trees
	out = out[:len(xs)]
	for j := range xs {
		x := &xs[j]
		copy(mask, q.ones)
		for _, f := range q.feats {
			v := x[f.feat]
			// thresholds ascend: a value fails a prefix of them (a NaN
			// fails every one, and goes right everywhere, as in the walk)
			k := 0
			for k < len(f.thr) && !(v <= f.thr[k]) {
				k++
			}
			if k == 0 {
				continue
			}
			row := rows[(f.row+k-1)*words:]
			row = row[:len(mask)]
			for w, r := range row {
				mask[w] &= r
			}
		}
		z := out[j]
		for g, m := range mask[:full] {
			l := &q.groups[g]
			z += l[0][bits.TrailingZeros8(uint8(m))&7]
			z += l[1][bits.TrailingZeros8(uint8(m>>8))&7]
			z += l[2][bits.TrailingZeros8(uint8(m>>16))&7]
			z += l[3][bits.TrailingZeros8(uint8(m>>24))&7]
			z += l[4][bits.TrailingZeros8(uint8(m>>32))&7]
			z += l[5][bits.TrailingZeros8(uint8(m>>40))&7]
			z += l[6][bits.TrailingZeros8(uint8(m>>48))&7]
			z += l[7][bits.TrailingZeros8(uint8(m>>56))&7]
		}
		if full < len(mask) {
			m, l := mask[full], &q.groups[full]
			for t := range q.trees % 8 {
				z += l[t&7][bits.TrailingZeros8(uint8(m))&7]
				m >>= 8
			}
		}
		out[j] = z
	}
}
