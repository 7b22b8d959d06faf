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
// every threshold of its feature, the ones it fails counted without a
// branch (where the value stops failing is data, and a loop that stopped
// there was mispredicted at every feature of many values), and the row of
// the last one it fails is ANDed in, eight trees a word, the words of
// trees the feature splits only (quickFeature.at). The leaves are then added tree
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

// maxQuickWords bounds the trees laid out for quick scoring (eight a
// word): add keeps four lines' masks on its stack.
const maxQuickWords = 64

// quickFeature is a feature that splits test: its distinct thresholds,
// ascending, and the row of failing thr[:k] is row+k-1. Most features
// split a few of the trees only, and a row leaves the words of the others
// as they are: at are the words some split of the feature changes, and
// sparse holds each row's masks of those words alone, row r's at
// sparse[r*len(at):], so that a line ANDs in those (463 words over the 43
// features of the embedded model, not 43 times 19).
type quickFeature struct {
	feat   int
	thr    []float64
	row    int
	at     []uint8
	sparse []uint64
}

// layQuick lays f out for quick scoring, or returns nil when its trees are
// deeper than 3 (a leaf mask is a byte) or a threshold is not a number
// (which no value passes, and no order places).
func layQuick(f *fullTrees) *quickTrees {
	ntrees := len(f.leaf) / f.leaves
	if f.depth > 3 || slices.ContainsFunc(f.thr, math.IsNaN) || (ntrees+7)/8 > maxQuickWords {
		return nil
	}
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
	for i := range q.feats {
		q.feats[i].compact(q)
	}
	return q
}

// compact sets the words the feature's rows change, and the rows' masks
// of those words.
func (fe *quickFeature) compact(q *quickTrees) {
	rows := q.rows[fe.row*q.words : (fe.row+len(fe.thr))*q.words]
	for w := range q.words {
		for r := range fe.thr {
			if rows[r*q.words+w] != q.ones[w] {
				fe.at = append(fe.at, uint8(w))
				break
			}
		}
	}
	for r := range fe.thr {
		for _, w := range fe.at {
			fe.sparse = append(fe.sparse, rows[r*q.words+int(w)])
		}
	}
}

// add adds every tree's leaf for each row of xs to out. It makes four
// lines' leaf masks, then sums the leaves of the four at once: a line's
// sum is a chain of dependent additions, which the processor waits on one
// by one (each takes a few cycles), and four independent chains keep it
// busy the while. Each line still adds its own leaves in the walk's
// order, so the sums are the walk's to the bit.
func (q *quickTrees) add(xs [][NumFeatures]float64, out []float64) {
	var buf [4]lineMask
	out = out[:len(xs)]
	j := 0
	for ; j+4 <= len(xs); j += 4 {
		for i := range buf {
			q.mask(&xs[j+i], &buf[i])
		}
		out[j], out[j+1], out[j+2], out[j+3] = q.sum4(&buf, out[j], out[j+1], out[j+2], out[j+3])
	}
	for ; j < len(xs); j++ {
		q.mask(&xs[j], &buf[0])
		out[j] = q.sum(&buf[0], out[j])
	}
}

// lineMask is a line's leaf masks, a word of eight trees' masks, the
// words past q.words unused. An array, so that a word's index taken modulo
// its length (maxQuickWords, a power of two) needs no bounds test: the
// masks of the trees a feature splits are ANDed in 463 words a line.
type lineMask [maxQuickWords]uint64

// mask writes the leaf masks of the line x to mask: every tree's leaves
// that its walk may still reach, the leftmost of which it does.
func (q *quickTrees) mask(x *[NumFeatures]float64, mask *lineMask) {
	copy(mask[:], q.ones)
	feats := q.feats // read once, not a feature at a time
	for i := range feats {
		f := &feats[i]
		v := x[f.feat]
		// thresholds ascend: a value fails a prefix of them (a NaN
		// fails every one, and goes right everywhere, as in the walk).
		// A value that passes the first passes all: most features of
		// a line do (28 of 43 on the text dev dumps), and are left at
		// one comparison, the branch the count of none took before
		if v <= f.thr[0] {
			continue
		}
		// a value past the last fails all; the others between are
		// counted without a branch (where the value stops failing is
		// data). A NaN failed the last: a value counted is a number, and
		// fails a threshold (no NaN either) exactly when it is more
		k := len(f.thr)
		if v <= f.thr[k-1] {
			k = 1
			for _, t := range f.thr[1 : len(f.thr)-1] {
				k += bit(t < v)
			}
		}
		n := len(f.at)
		row := f.sparse[(k-1)*n:]
		row = row[:n]
		for i, w := range f.at {
			mask[w%maxQuickWords] &= row[i]
		}
	}
}

// leaf is the leaf of tree t%8 of group l that byte t%8 of the mask word m
// reaches.
func leaf(l *[8][8]float64, t int, m uint64) float64 {
	return l[t&7][bits.TrailingZeros8(uint8(m>>(8*(t&7))))&7]
}

// sum adds one line's leaves, tree by tree, to z.
func (q *quickTrees) sum(mask *lineMask, z float64) float64 {
	for t := range q.trees {
		z += leaf(&q.groups[t/8], t, mask[t/8%maxQuickWords])
	}
	return z
}

// sum4 is sum over four lines' masks. It reads a group of eight trees at a
// time, each line's mask word of the group once, the trees of a group in
// order, so that each line adds its leaves in the walk's order.
func (q *quickTrees) sum4(masks *[4]lineMask, z0, z1, z2, z3 float64) (float64, float64, float64, float64) {
	m0, m1, m2, m3 := &masks[0], &masks[1], &masks[2], &masks[3]
	for g := range q.groups {
		l := &q.groups[g]
		w0, w1, w2, w3 := m0[g%maxQuickWords], m1[g%maxQuickWords], m2[g%maxQuickWords], m3[g%maxQuickWords]
		if n := q.trees - 8*g; n < 8 { // the last group may be partial
			for t := range n {
				z0, z1, z2, z3 = addLeaf4(&l[t], 8*uint(t), w0, w1, w2, w3, z0, z1, z2, z3)
			}
			continue
		}
		// a whole group's trees written out, each shift a constant: a
		// shift by the tree's place wants the count register, and the
		// words were spilled to the stack and read back every tree
		z0, z1, z2, z3 = addLeaf4(&l[0], 0, w0, w1, w2, w3, z0, z1, z2, z3)
		z0, z1, z2, z3 = addLeaf4(&l[1], 8, w0, w1, w2, w3, z0, z1, z2, z3)
		z0, z1, z2, z3 = addLeaf4(&l[2], 16, w0, w1, w2, w3, z0, z1, z2, z3)
		z0, z1, z2, z3 = addLeaf4(&l[3], 24, w0, w1, w2, w3, z0, z1, z2, z3)
		z0, z1, z2, z3 = addLeaf4(&l[4], 32, w0, w1, w2, w3, z0, z1, z2, z3)
		z0, z1, z2, z3 = addLeaf4(&l[5], 40, w0, w1, w2, w3, z0, z1, z2, z3)
		z0, z1, z2, z3 = addLeaf4(&l[6], 48, w0, w1, w2, w3, z0, z1, z2, z3)
		z0, z1, z2, z3 = addLeaf4(&l[7], 56, w0, w1, w2, w3, z0, z1, z2, z3)
	}
	return z0, z1, z2, z3
}

// addLeaf4 adds to four lines' sums the leaves of one tree, leaves, that
// their mask words' bytes at shift reach.
func addLeaf4(leaves *[8]float64, shift uint, w0, w1, w2, w3 uint64, z0, z1, z2, z3 float64) (float64, float64, float64, float64) {
	return z0 + leaves[bits.TrailingZeros8(uint8(w0>>shift))&7],
		z1 + leaves[bits.TrailingZeros8(uint8(w1>>shift))&7],
		z2 + leaves[bits.TrailingZeros8(uint8(w2>>shift))&7],
		z3 + leaves[bits.TrailingZeros8(uint8(w3>>shift))&7]
}
