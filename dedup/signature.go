// Package dedup fingerprints article bodies and finds exact and near-exact
// copies: the same wire story on several sites, two captures of one page, a
// republished article under a new headline.
package dedup

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"github.com/zeebo/xxh3"
)

// Perms is the number of MinHash permutations of a signature.
const Perms = 128

// shingleWords is the shingle width: five words are specific enough that two
// different articles about one event share few of them, while a copy with a
// changed headline or extra boilerplate keeps most.
const shingleWords = 5

// Signature fingerprints one body.
type Signature struct {
	// Exact hashes the normalised word sequence: equal for copies that differ
	// only in case, punctuation and white space.
	Exact uint64
	// Shingles is the number of distinct shingles, for containment estimates.
	Shingles int
	// Min holds the minimum of each permuted shingle hash; nil when the body is
	// too short to have a shingle.
	Min []uint32
}

// Hasher computes signatures. Its permutations come from a fixed seed, so
// signatures are comparable across runs and machines.
type Hasher struct {
	a, b [Perms]uint64
}

// NewHasher returns a Hasher with the package's fixed permutations.
func NewHasher() *Hasher {
	h := &Hasher{}
	rng := rand.New(rand.NewPCG(0x5eed, 0xd1ce))
	for i := range Perms {
		h.a[i] = rng.Uint64() | 1 // odd multipliers permute 64-bit words
		h.b[i] = rng.Uint64()
	}
	return h
}

// Sign fingerprints a body.
func (h *Hasher) Sign(body string) Signature {
	words := normalWords(body)
	sig := Signature{}
	if len(words) > 0 {
		// Exact stays 0 for an empty body: empty bodies are not copies of each other.
		sig.Exact = xxh3.HashString(strings.Join(words, " ")) | 1
	}
	shingles := shingleHashes(words)
	sig.Shingles = len(shingles)
	if len(shingles) == 0 {
		return sig
	}
	sig.Min = make([]uint32, Perms)
	for i := range sig.Min {
		// multiply-add then keep the high bits: a cheap universal hash family.
		a, b := h.a[i], h.b[i]
		m := ^uint32(0)
		for _, x := range shingles {
			if v := uint32((a*x + b) >> 32); v < m {
				m = v
			}
		}
		sig.Min[i] = m
	}
	return sig
}

// normalWords lower-cases the body and keeps its words, dropping
// punctuation so that typographic differences between captures vanish.
func normalWords(body string) []string {
	return strings.FieldsFunc(strings.ToLower(body), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// shingleHashes hashes every run of shingleWords words: each word once with
// xxh3, then the run by mixing its word hashes in order. The result is
// sorted and distinct.
func shingleHashes(words []string) []uint64 {
	if len(words) < shingleWords {
		return nil
	}
	wh := make([]uint64, len(words))
	for i, w := range words {
		wh[i] = xxh3.HashString(w)
	}
	out := make([]uint64, 0, len(words)-shingleWords+1)
	for i := 0; i+shingleWords <= len(words); i++ {
		var h uint64
		for _, x := range wh[i : i+shingleWords] {
			h = (h ^ x) * 0x9e3779b97f4a7c15
			h ^= h >> 29
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Jaccard estimates the Jaccard similarity of the two shingle sets.
func Jaccard(x, y Signature) float64 {
	if len(x.Min) == 0 || len(y.Min) == 0 {
		return 0
	}
	same := 0
	for i := range x.Min {
		if x.Min[i] == y.Min[i] {
			same++
		}
	}
	return float64(same) / float64(len(x.Min))
}

// Containment estimates the share of the smaller set's shingles that the
// larger one holds: a page captured with extra boilerplate still contains
// the whole article.
func Containment(x, y Signature) float64 {
	j := Jaccard(x, y)
	small := min(x.Shingles, y.Shingles)
	if small == 0 {
		return 0
	}
	inter := j * float64(x.Shingles+y.Shingles) / (1 + j)
	return min(1, inter/float64(small))
}
