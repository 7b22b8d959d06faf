package ner

import "math"

// validTrans[a][b] says tag b may follow tag a in BILOU; a == numTags is
// the sentence start.
var validTrans = func() (v [numTags + 1][numTags]bool) {
	for a := 0; a <= numTags; a++ {
		prev := a
		if a == numTags {
			prev = -1
		}
		for b := 0; b < numTags; b++ {
			v[a][b] = allowed(prev, b)
		}
	}
	return v
}()

// preds[b] lists the tags that may precede tag b (numTags: the start).
var preds = func() (p [numTags][]int8) {
	for b := 0; b < numTags; b++ {
		for a := 0; a < numTags; a++ {
			if validTrans[a][b] {
				p[b] = append(p[b], int8(a))
			}
		}
	}
	return p
}()

var validEnd = func() (v [numTags]bool) {
	for a := 0; a < numTags; a++ {
		v[a] = allowed(a, -1)
	}
	return v
}()

// closedTags are the tags no entity is open after (O, L-*, U-*), ascending:
// the tags that may precede O, B-* and U-*. tagO comes first, so the index
// 0 of a search over them that nothing wins names tagO, as the search over
// preds does.
var closedTags = func() (c [1 + 2*numTypes]int8) {
	copy(c[:], preds[tagO])
	return c
}()

// openers are the tags whose predecessors are closedTags (O, B-*, U-*),
// ascending; the others, I-* and L-*, follow their own type's B or I.
var openers = func() (o [1 + 2*numTypes]int8) {
	n := 0
	for b := range numTags {
		if tagPos(b) == posB || tagPos(b) == posU || b == tagO {
			o[n] = int8(b)
			n++
		}
	}
	return o
}()

// viterbi returns the best BILOU tag sequence given the emission scores of
// each token (em[i*numTags+k]) and the transition weights, allowing only
// well-formed sequences. It searches each tag's predecessors in the order
// preds lists them and keeps the first best, as viterbiByPreds does
// (TestViterbiIsViterbiByPreds), with BILOU's two kinds of tag written
// out: an opener's nine predecessors are the closed tags, an I or L tag's
// two its type's B and I.
func viterbi(em []float32, trans *[numTags + 1][numTags]float32, t *tagger, out []int) []int {
	return viterbiDom(em, trans, nil, t, out)
}

// viterbiDom is viterbi that, given the dominance table of trans (nil:
// none), skips an opener's nine sums where one closed tag wins them all.
func viterbiDom(em []float32, trans *[numTags + 1][numTags]float32, dom *dominance, t *tagger, out []int) []int {
	n := len(em) / numTags
	out = out[:0]
	if n == 0 {
		return out
	}
	if cap(t.back) < n*numTags {
		t.back = make([]int8, n*numTags)
	}
	back := t.back[:n*numTags]
	neg := float32(math.Inf(-1))
	// fromClosed[o][j] is the weight of closed tag j to opener o.
	var fromClosed *[len(openers)][len(closedTags)]float32
	if dom != nil {
		fromClosed = &dom.from
	} else {
		fromClosed = openerTrans(trans)
	}
	var cur, next [numTags]float32
	for b := 0; b < numTags; b++ {
		cur[b] = neg
		if validTrans[numTags][b] {
			cur[b] = em[b] + trans[numTags][b]
		}
	}
	for i := 1; i < n; i++ {
		row := (*[numTags]float32)(em[i*numTags:])
		bk := (*[numTags]int8)(back[i*numTags:])
		var closed [len(closedTags)]float32
		for j, a := range closedTags {
			closed[j] = cur[a]
		}
		if c := dom.winner(&closed); c >= 0 {
			for o, b := range openers {
				next[b] = (closed[c] + fromClosed[o][c]) + row[b]
				bk[b] = closedTags[c]
			}
		} else {
			for o, b := range openers {
				best, arg := firstBest(&closed, &fromClosed[o])
				next[b] = best + row[b]
				bk[b] = closedTags[arg]
			}
		}
		for ty := range numTypes {
			tb, ti := mkTag(ty, posB), mkTag(ty, posI)
			for _, b := range [2]int{ti, mkTag(ty, posL)} {
				best, arg := neg, 0
				if s := cur[tb] + trans[tb][b]; s > best {
					best, arg = s, tb
				}
				if s := cur[ti] + trans[ti][b]; s > best {
					best, arg = s, ti
				}
				next[b] = best + row[b]
				bk[b] = int8(arg)
			}
		}
		cur = next
	}
	best, arg := neg, 0
	for a := 0; a < numTags; a++ {
		if validEnd[a] && cur[a] > best {
			best, arg = cur[a], a
		}
	}
	for range n {
		out = append(out, 0)
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*numTags+arg])
	}
	return out
}

// firstBest returns the greatest c[j]+w[j] and the first j that gives it;
// -Inf and 0 when none is above -Inf. Written out: the loop's index and
// best spilled to the stack.
func firstBest(c, w *[len(closedTags)]float32) (float32, int) {
	best, arg := float32(math.Inf(-1)), 0
	if s := c[0] + w[0]; s > best {
		best = s
	}
	if s := c[1] + w[1]; s > best {
		best, arg = s, 1
	}
	if s := c[2] + w[2]; s > best {
		best, arg = s, 2
	}
	if s := c[3] + w[3]; s > best {
		best, arg = s, 3
	}
	if s := c[4] + w[4]; s > best {
		best, arg = s, 4
	}
	if s := c[5] + w[5]; s > best {
		best, arg = s, 5
	}
	if s := c[6] + w[6]; s > best {
		best, arg = s, 6
	}
	if s := c[7] + w[7]; s > best {
		best, arg = s, 7
	}
	if s := c[8] + w[8]; s > best {
		best, arg = s, 8
	}
	return best, arg
}

// dominance tells, from the scores of the closed tags at a token alone,
// when one of them is every opener's first best: the search of an
// opener's nine predecessors (firstBest, a third of the decoding) is then
// one sum. over[j][c] is the most that closed tag j's transition to any
// opener exceeds closed tag c's; if c's score exceeds j's by more than
// that, with room for the rounding of the two float32 sums, c's sum is
// strictly the greater for every opener. The tags are those viterbi
// chooses (TestViterbiDomIsViterbi).
type dominance struct {
	// over[c][j] is the most that closed tag j's transition to any opener
	// exceeds closed tag c's (by c, the order winner reads it in).
	over [len(closedTags)][len(closedTags)]float64
	// maxAbs is the largest magnitude of a transition from a closed tag
	// to an opener.
	maxAbs float64
	// from is openerTrans of the transitions, made once.
	from [len(openers)][len(closedTags)]float32
}

// openerTrans returns the weights of the closed tags to the openers:
// [o][j] is that of closedTags[j] to openers[o].
func openerTrans(trans *[numTags + 1][numTags]float32) *[len(openers)][len(closedTags)]float32 {
	var from [len(openers)][len(closedTags)]float32
	for o, b := range openers {
		for j, a := range closedTags {
			from[o][j] = trans[a][b]
		}
	}
	return &from
}

// newDominance returns the dominance table of trans, or nil when a
// transition from a closed tag to an opener is not finite (a sum with it
// may tie or be NaN: the full search decides).
func newDominance(trans *[numTags + 1][numTags]float32) *dominance {
	d := &dominance{from: *openerTrans(trans)}
	for _, b := range openers {
		for _, a := range closedTags {
			w := float64(trans[a][b])
			if math.IsInf(w, 0) || math.IsNaN(w) {
				return nil
			}
			d.maxAbs = max(d.maxAbs, math.Abs(w))
		}
	}
	for j, aj := range closedTags {
		for c, ac := range closedTags {
			over := math.Inf(-1)
			for _, b := range openers {
				over = max(over, float64(trans[aj][b])-float64(trans[ac][b]))
			}
			d.over[c][j] = over
		}
	}
	return d
}

// dominanceRoom is the share of the magnitudes that the rounding of two
// float32 sums may move their difference by, with room to spare: each sum
// is within 2^-24 of its magnitude (at most a score plus maxAbs).
const dominanceRoom = 0x1p-22

// winner returns the closed tag (an index of closedTags) that is the first
// best predecessor of every opener given the closed tags' scores, or -1
// when d does not show one (d nil, or no score clears the others by enough).
func (d *dominance) winner(closed *[len(closedTags)]float32) int {
	if d == nil {
		return -1
	}
	c, best := -1, float32(math.Inf(-1))
	for j, v := range closed {
		if v > best {
			c, best = j, v
		}
	}
	if c < 0 || best > math.MaxFloat32 {
		return -1
	}
	cc := float64(best)
	over := &d.over[c]
	base := math.Abs(cc) + 2*d.maxAbs
	for j, v := range closed {
		// a score of -Inf or NaN gives no opener a sum it could choose
		if j == c || !(v >= -math.MaxFloat32) {
			continue
		}
		cj := float64(v)
		if !(cc-cj > over[j]+dominanceRoom*(base+math.Abs(cj))) {
			return -1
		}
	}
	return c
}
