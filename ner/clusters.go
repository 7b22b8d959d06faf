package ner

import (
	"context"
	"math"
	"slices"
	"sort"
)

// clusters map a word (by hash of its normalised form, never its text) to
// a fine and a coarse class of words that occur in similar contexts in
// unlabelled news text. They let a name the training data never showed
// share weights with names it did ("Jokowi" near "Widodo").
type clusters map[uint64]uint16 // fine id | coarse id << 10

const (
	clusterDims   = 64   // random projection of the context counts
	clusterFine   = 320  // k-means classes
	clusterCoarse = 40   // classes of the fine centroids
	clusterCtx    = 1000 // most frequent words used as contexts
	clusterVocab  = 40000
	clusterMinCnt = 3
)

func wordKey(norm string) uint64 { return tmpl(201).str(norm).sum() }

func (c clusters) lookup(norm string) (fine, coarse int, ok bool) {
	v, ok := c[wordKey(norm)]
	return int(v & 1023), int(v >> 10), ok
}

// buildClusters clusters the words of sents (each a token sequence). The
// result depends only on the input, in order.
func buildClusters(ctx context.Context, sents [][]string) (clusters, error) {
	vocab, ids := clusterVocabulary(sents)
	if len(vocab) < clusterFine {
		return clusters{}, nil
	}
	vecs := contextVectors(sents, ids, len(vocab))
	fine, cents, err := kmeans(ctx, vecs, clusterFine, 12)
	if err != nil {
		return nil, err
	}
	coarse, _, err := kmeans(ctx, cents, clusterCoarse, 20)
	if err != nil {
		return nil, err
	}
	out := make(clusters, len(vocab))
	for i, w := range vocab {
		out[wordKey(w)] = uint16(fine[i]) | uint16(coarse[fine[i]])<<10
	}
	return out, nil
}

// clusterVocabulary returns the words seen at least clusterMinCnt times, most
// frequent first (ties by text), and their index.
func clusterVocabulary(sents [][]string) ([]string, map[string]int) {
	counts := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			counts[w]++
		}
	}
	var vocab []string
	for w, n := range counts {
		if n >= clusterMinCnt {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if counts[vocab[i]] != counts[vocab[j]] {
			return counts[vocab[i]] > counts[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	if len(vocab) > clusterVocab {
		vocab = vocab[:clusterVocab]
	}
	ids := make(map[string]int, len(vocab))
	for i, w := range vocab {
		ids[w] = i
	}
	return vocab, ids
}

// contextVectors counts, for every vocabulary word, its left and right
// neighbours among the clusterCtx most frequent words, damps the counts
// (square root), projects them on fixed pseudo-random ±1 directions and
// normalises the result.
func contextVectors(sents [][]string, ids map[string]int, n int) [][]float32 {
	counts := make([]map[int32]int32, n)
	for i := range counts {
		counts[i] = map[int32]int32{}
	}
	ctxID := func(w string, side int32) int32 {
		id, ok := ids[w]
		if !ok || id >= clusterCtx {
			id = clusterCtx
		}
		return int32(id)*2 + side
	}
	for _, s := range sents {
		for i, w := range s {
			id, ok := ids[w]
			if !ok {
				continue
			}
			left, right := "<s>", "</s>"
			if i > 0 {
				left = s[i-1]
			}
			if i+1 < len(s) {
				right = s[i+1]
			}
			counts[id][ctxID(left, 0)]++
			counts[id][ctxID(right, 1)]++
		}
	}
	vecs := make([][]float32, n)
	for i, c := range counts {
		v := make([]float32, clusterDims)
		keys := make([]int32, 0, len(c))
		for k := range c {
			keys = append(keys, k)
		}
		slices.Sort(keys) // a fixed summation order: the same floats every run
		for _, k := range keys {
			wt := float32(math.Sqrt(float64(c[k])))
			h := tmpl(202).num(int(k)).sum()
			for d := range v {
				if h>>(d%64)&1 == 1 {
					v[d] += wt
				} else {
					v[d] -= wt
				}
			}
		}
		normalise(v)
		vecs[i] = v
	}
	return vecs
}

func normalise(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// kmeans clusters unit vectors by cosine similarity, starting from the first
// k vectors (the most frequent words), and returns each vector's class and
// the centroids.
func kmeans(ctx context.Context, vecs [][]float32, k, iters int) ([]int, [][]float32, error) {
	k = min(k, len(vecs))
	cents := make([][]float32, k)
	for i := range cents {
		cents[i] = slices.Clone(vecs[i])
	}
	assign := make([]int, len(vecs))
	for it := 0; it < iters; it++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		for i, v := range vecs {
			best, arg := float32(math.Inf(-1)), 0
			for c, cv := range cents {
				if d := dot(v, cv); d > best {
					best, arg = d, c
				}
			}
			assign[i] = arg
		}
		sums := make([][]float32, k)
		for c := range sums {
			sums[c] = make([]float32, len(vecs[0]))
		}
		for i, v := range vecs {
			for d, x := range v {
				sums[assign[i]][d] += x
			}
		}
		for c := range cents {
			if normalise(sums[c]); dot(sums[c], sums[c]) > 0 {
				cents[c] = sums[c]
			}
		}
	}
	return assign, cents, nil
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
