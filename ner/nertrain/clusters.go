package nertrain

import (
	"context"
	"math"
	"slices"
	"sort"

	"github.com/storyline-news/storyline/ner"
)

const (
	clusterDims   = 64   // random projection of the context counts
	clusterFine   = 320  // k-means classes (the model stores fine ids below 1024)
	clusterCoarse = 40   // classes of the fine centroids
	clusterCtx    = 1000 // most frequent words used as contexts
	clusterVocab  = 40000
	clusterMinCnt = 3
)

// buildClusters clusters the words of sents (each a token sequence). The
// result depends only on the input, in order.
func buildClusters(ctx context.Context, sents [][]string) (*ner.Clusters, error) {
	vocab, ids := clusterVocabulary(sents)
	if len(vocab) < clusterFine {
		return ner.NewClusters(0), nil
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
	out := ner.NewClusters(len(vocab))
	for i, w := range vocab {
		out.Set(w, fine[i], coarse[fine[i]])
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
			h := direction(k)
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

// direction is the fixed pseudo-random ±1 direction (one bit per dimension)
// that context k is projected on: an FNV-1a hash of the context id, mixed
// as the tagger mixes its feature hashes, so the clusters come out the same
// on every run and every machine.
func direction(k int32) uint64 {
	const (
		fnvOffset = 14695981039346656037
		fnvPrime  = 1099511628211
		template  = 202
	)
	var x uint64 = fnvOffset
	x = (x ^ template) * fnvPrime
	x = (x ^ uint64(k) ^ 0x5bd1e995) * fnvPrime
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}
