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

// viterbi returns the best BILOU tag sequence given the emission scores of
// each token (em[i*numTags+k]) and the transition weights, allowing only
// well-formed sequences.
func viterbi(em []float32, trans *[numTags + 1][numTags]float32, t *tagger, out []int) []int {
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
	var cur, next [numTags]float32
	for b := 0; b < numTags; b++ {
		cur[b] = neg
		if validTrans[numTags][b] {
			cur[b] = em[b] + trans[numTags][b]
		}
	}
	for i := 1; i < n; i++ {
		for b := 0; b < numTags; b++ {
			best, arg := neg, 0
			for _, a := range preds[b] {
				if s := cur[a] + trans[a][b]; s > best {
					best, arg = s, int(a)
				}
			}
			next[b] = best + em[i*numTags+b]
			back[i*numTags+b] = int8(arg)
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
