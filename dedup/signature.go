// Package dedup fingerprints article bodies and finds exact and near-exact
// copies: the same wire story on several sites, two captures of one page, a
// republished article under a new headline.
package dedup

import (
	"math/rand/v2"
	"unicode"
	"unicode/utf8"

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
// signatures are comparable across runs and machines. A Hasher is not safe
// for concurrent use: Sign reuses its buffers.
type Hasher struct {
	a, b [Perms]uint64
	// scratch is what one Sign works in, kept for the next: a body's
	// normal text, word hashes, shingle set and shingles were made anew
	// for every body, nine times its size (dedup was 22 of the 345 MB a
	// one-core bench of the text dev dumps allocated, bench --allocprofile)
	scratch scratch
}

// scratch holds Sign's buffers between calls.
type scratch struct {
	nw            normalText
	words, hashes []uint64
	set           hashSet
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
	sc := &h.scratch
	sc.nw.normalise(body)
	nw := sc.nw
	sig := Signature{}
	if nw.count() > 0 {
		// Exact stays 0 for an empty body: empty bodies are not copies of each other.
		sig.Exact = xxh3.Hash(nw.joined) | 1
	}
	shingles := nw.shingleHashesIn(sc)
	sig.Shingles = len(shingles)
	if len(shingles) == 0 {
		return sig
	}
	sig.Min = make([]uint32, Perms)
	h.minHashes(shingles, sig.Min)
	return sig
}

// permBlock is how many permutations minHashes takes through the shingles
// together: each shingle is loaded once for both multiply-adds and the loop
// steps once for both. (Four at a time spill their registers to the stack
// and were slower than one.)
const permBlock = 2

// minHashes writes to out the minimum of each permuted shingle hash. Each
// permutation is a multiply-add keeping the high bits: a cheap universal hash
// family. Taking permutations two at a time gives the minima one at a time
// gives (TestSignIsOneByOne).
func (h *Hasher) minHashes(shingles []uint64, out []uint32) {
	for i := 0; i+permBlock <= Perms; i += permBlock {
		out[i], out[i+1] = minPair(shingles, h.a[i], h.b[i], h.a[i+1], h.b[i+1])
	}
}

// minPair is the minimum of two permutations over the shingles, in a
// function of its own so that the compiler keeps both minima in registers.
// The minimum of the high 32 bits is the high 32 bits of the minimum, so
// the loop compares whole products and shifts once at the end (two
// instructions fewer a shingle, of sixteen). It steps two shingles at a
// time, which shares the loop's count and bounds test between them: a
// quarter fewer instructions (BenchmarkMinHashes/pairs, cachegrind: 1.04 →
// 0.77 million a call), the same minima in any order.
func minPair(shingles []uint64, a0, b0, a1, b1 uint64) (uint32, uint32) {
	m0, m1 := ^uint64(0), ^uint64(0)
	for len(shingles) >= 2 {
		x, y := shingles[0], shingles[1]
		m0 = min(m0, a0*x+b0, a0*y+b0)
		m1 = min(m1, a1*x+b1, a1*y+b1)
		shingles = shingles[2:]
	}
	for _, x := range shingles {
		m0 = min(m0, a0*x+b0)
		m1 = min(m1, a1*x+b1)
	}
	return uint32(m0 >> 32), uint32(m1 >> 32)
}

// normalText is a body's normal words joined by single spaces; starts[k] is
// where word k begins in joined, and starts[count] is len(joined)+1.
type normalText struct {
	joined []byte
	starts []int
}

func (nw normalText) count() int        { return len(nw.starts) - 1 }
func (nw normalText) word(k int) []byte { return nw.joined[nw.starts[k] : nw.starts[k+1]-1] }

// normalise is strings.FieldsFunc(strings.ToLower(body), not a letter or
// digit) joined by spaces, in one pass without the lower-cased copy of the
// body: a rune is lowered as strings.ToLower does (unicode.ToLower; a byte
// that is not UTF-8 becomes U+FFFD, which separates words), and the lowered
// rune is tested as FieldsFunc tests it (TestNormaliseIsToLowerFieldsFunc).
func normalise(body string) normalText {
	var nw normalText
	nw.normalise(body)
	return nw
}

// normalise makes nw the normal text of body, in nw's own arrays when they
// are large enough.
func (nw *normalText) normalise(body string) {
	nw.joined = grown(nw.joined[:0], len(body))
	nw.starts = grown(nw.starts[:0], len(body)/wordBytesGuess+1)
	in := false
	for i := 0; i < len(body); {
		c := body[i]
		if c < utf8.RuneSelf {
			if asciiFold[c] == 0 {
				in = false
				i++
				continue
			}
			// the run of ASCII letters and digits at once, lowered
			nw.startWord(&in)
			for ; i < len(body) && body[i] < utf8.RuneSelf && asciiFold[body[i]] != 0; i++ {
				nw.joined = append(nw.joined, asciiFold[body[i]])
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(body[i:])
		i += size
		l := unicode.ToLower(r)
		if !unicode.IsLetter(l) && !unicode.IsDigit(l) {
			in = false // U+FFFD, for a byte that is not UTF-8, is neither
			continue
		}
		nw.startWord(&in)
		nw.joined = utf8.AppendRune(nw.joined, l)
	}
	nw.starts = append(nw.starts, len(nw.joined)+1)
}

// grown is s, empty, with room for n elements: s itself when it has it.
func grown[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// wordBytesGuess sizes the word starts: news words average about six bytes
// with the space after them.
const wordBytesGuess = 6

// startWord begins a word unless one is open: a space after the previous
// word, and the word's start.
func (nw *normalText) startWord(in *bool) {
	if *in {
		return
	}
	*in = true
	if len(nw.starts) > 0 {
		nw.joined = append(nw.joined, ' ')
	}
	nw.starts = append(nw.starts, len(nw.joined))
}

// asciiFold maps an ASCII letter or digit to its lower case, any other
// ASCII byte to 0.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		b := byte(c)
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if asciiWordByte(b) {
			t[c] = b
		}
	}
	return t
}()

// asciiWordByte reports whether a lower-case ASCII byte is a letter or digit.
func asciiWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
}

// shingleHashes hashes every run of shingleWords words: each word once with
// xxh3, then the run by mixing its word hashes in order. The result is
// distinct, in the order first met: the minima of a signature and the count
// of shingles do not depend on the order (TestSignIsOneByOne holds them to
// the sorted, compacted hashes).
func (nw normalText) shingleHashes() []uint64 {
	return nw.shingleHashesIn(&scratch{})
}

// shingleHashesIn is shingleHashes in the buffers of sc; the result is
// sc's until its next use.
func (nw normalText) shingleHashesIn(sc *scratch) []uint64 {
	n := nw.count()
	if n < shingleWords {
		return nil
	}
	wh := grown(sc.words, n)[:n]
	for k := range wh {
		wh[k] = xxh3.Hash(nw.word(k))
	}
	sc.words = wh
	set := &sc.set
	set.reset(n - shingleWords + 1)
	out := grown(sc.hashes, n-shingleWords+1)
	for i := 0; i+shingleWords <= n; i++ {
		var h uint64
		for _, x := range wh[i : i+shingleWords] {
			h = (h ^ x) * 0x9e3779b97f4a7c15
			h ^= h >> 29
		}
		if set.add(h) {
			out = append(out, h)
		}
	}
	sc.hashes = out
	return out
}

// hashSet is a set of 64-bit hashes with open addressing: sorting and
// compacting the shingles to count the distinct ones took 300 M of Sign's
// 2.4 G instructions over the text dev dumps (cachegrind, BenchmarkAssignDev;
// the set 40 M). The shorter bodies of HTML pages gain little (BenchmarkSign
// the same). A slot holds a hash or 0 (empty); the hash 0 is kept aside.
type hashSet struct {
	slots   []uint64
	shift   uint
	hasZero bool
}

// newHashSet returns a set for at most n hashes, at most half full.
func newHashSet(n int) *hashSet {
	s := &hashSet{}
	s.reset(n)
	return s
}

// reset empties s and sizes it for at most n hashes, at most half full, in
// its own slots when they are enough.
func (s *hashSet) reset(n int) {
	bits := uint(1)
	for 1<<bits < 2*n {
		bits++
	}
	if cap(s.slots) >= 1<<bits {
		s.slots = s.slots[:1<<bits]
		clear(s.slots)
	} else {
		s.slots = make([]uint64, 1<<bits)
	}
	s.shift, s.hasZero = 64-bits, false
}

// add adds h and reports whether it was new. The slot is read from the
// hash's high bits, which the shingle mixing's multiplication spreads.
func (s *hashSet) add(h uint64) bool {
	if h == 0 {
		was := s.hasZero
		s.hasZero = true
		return !was
	}
	mask := uint64(len(s.slots) - 1)
	for i := h >> s.shift; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return false
		case 0:
			s.slots[i] = h
			return true
		}
	}
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
