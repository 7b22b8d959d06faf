package dedup

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/zeebo/xxh3"

	"github.com/storyline-news/storyline/sharedtest"
)

// signOneByOne is Sign as it was: the body lower-cased whole, split by
// strings.FieldsFunc, joined again for the exact hash, and the minimum of
// one permutation at a time.
func signOneByOne(h *Hasher, body string) Signature {
	words := strings.FieldsFunc(strings.ToLower(body), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	sig := Signature{}
	if len(words) > 0 {
		sig.Exact = xxh3.HashString(strings.Join(words, " ")) | 1
	}
	if len(words) < shingleWords {
		return sig
	}
	wh := make([]uint64, len(words))
	for i, w := range words {
		wh[i] = xxh3.HashString(w)
	}
	var shingles []uint64
	for i := 0; i+shingleWords <= len(words); i++ {
		var x uint64
		for _, w := range wh[i : i+shingleWords] {
			x = (x ^ w) * 0x9e3779b97f4a7c15
			x ^= x >> 29
		}
		shingles = append(shingles, x)
	}
	slices.Sort(shingles)
	shingles = slices.Compact(shingles)
	sig.Shingles = len(shingles)
	sig.Min = make([]uint32, Perms)
	h.minHashesOneByOne(shingles, sig.Min)
	return sig
}

// minHashesOneByOne is minHashes one permutation at a time.
func (h *Hasher) minHashesOneByOne(shingles []uint64, out []uint32) {
	for i := range out {
		a, b := h.a[i], h.b[i]
		m := ^uint32(0)
		for _, x := range shingles {
			if v := uint32((a*x + b) >> 32); v < m {
				m = v
			}
		}
		out[i] = m
	}
}

// BenchmarkMinHashes: two permutations at a time against one at a time.
// (The pair runs more instructions, 7.5 a permutation and shingle against
// 6.8, but in two thirds of the time: its minima are conditional moves, where one at
// a time branches on data.)
func BenchmarkMinHashes(b *testing.B) {
	h := NewHasher()
	shingles := normalise(story(1, 60)).shingleHashes()
	out := make([]uint32, Perms)
	b.Run("pairs", func(b *testing.B) {
		for b.Loop() {
			h.minHashes(shingles, out)
		}
	})
	b.Run("one-by-one", func(b *testing.B) {
		for b.Loop() {
			h.minHashesOneByOne(shingles, out)
		}
	})
}

func BenchmarkNormalise(b *testing.B) {
	body := story(1, 60)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		normalise(body)
	}
}

func sameSignature(x, y Signature) bool {
	return x.Exact == y.Exact && x.Shingles == y.Shingles && slices.Equal(x.Min, y.Min)
}

// TestSignIsOneByOne holds Sign (one pass lowering and splitting, four
// permutations at a time) to signOneByOne on bodies that stress the
// lowering (letters outside ASCII, ones whose lower case changes class,
// bytes that are not UTF-8) and on every text dev dump when it is there,
// one Hasher signing them in turn in the buffers the one before left.
func TestSignIsOneByOne(t *testing.T) {
	h := NewHasher()
	bodies := []string{
		"",
		"   ",
		"Minister resigns",
		story(1, 40),
		strings.ToUpper(story(2, 10)),
		"ÉLYSÉE Palace said Straße İstanbul ΣΟΦΟΣ KELVIN \u212a ſ long s one two three four",
		"a\xffb c\xe2\x82d e f g h i j k l m n o p",
		"x\ufffdy \u00bd \u2167 \u2170 one 2 three 4 five 6 seven",
		"Ǆemal ǅemal ǆemal Ⅷ ⅷ Ⓐ ⓐ 𝐀𝐁 𝐚𝐛 the word and the next word and so on",
		"日本語の文章 中文 한국어 العربية русский ТЕКСТ one two three four five",
		"tab\tnewline\nzero\x00width\u200bjoiner\u200d nbsp\u00a0end end end end",
	}
	if dir, ok := sharedtest.Lookup("data/extraction/text"); ok {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			bodies = append(bodies, string(b))
		}
	}
	for i, body := range bodies {
		if got, want := h.Sign(body), signOneByOne(h, body); !sameSignature(got, want) {
			t.Errorf("body %d (%.40q): Sign = %+v, want %+v", i, body, got, want)
		}
	}
}

// FuzzSignIsOneByOne: go test ./dedup -fuzz FuzzSignIsOneByOne.
func FuzzSignIsOneByOne(f *testing.F) {
	f.Add("The MINISTER said ÉLYSÉE one two three four five six")
	f.Add("a\xffb c\xe2\x82d e f g h")
	h := NewHasher()
	f.Fuzz(func(t *testing.T, body string) {
		if got, want := h.Sign(body), signOneByOne(h, body); !sameSignature(got, want) {
			t.Errorf("%q: Sign = %+v, want %+v", body, got, want)
		}
	})
}

// TestHashSetIsMap holds hashSet.add to a map: the same answer for every
// hash, repeated ones, zero, and hashes that share their high bits (the
// slot they start from) included.
func TestHashSetIsMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	tests := []struct {
		name   string
		hashes func(n int) []uint64
	}{
		{"random", func(n int) []uint64 {
			out := make([]uint64, n)
			for i := range out {
				out[i] = rng.Uint64()
			}
			return out
		}},
		{"repeats and zero", func(n int) []uint64 {
			out := make([]uint64, n)
			for i := range out {
				out[i] = uint64(rng.IntN(n/2+1)) * 0x9e3779b97f4a7c15
			}
			return out
		}},
		{"zero twice", func(n int) []uint64 { return []uint64{0, 5, 0, 5, 1 << 63, 0} }},
		{"same high bits", func(n int) []uint64 {
			out := make([]uint64, n)
			for i := range out {
				out[i] = 7<<60 | uint64(rng.IntN(n))
			}
			return out
		}},
	}
	for _, tt := range tests {
		for _, n := range []int{1, 2, 3, 17, 1000} {
			hashes := tt.hashes(n)
			s, seen := newHashSet(len(hashes)), map[uint64]bool{}
			for i, h := range hashes {
				if got, want := s.add(h), !seen[h]; got != want {
					t.Fatalf("%s, n=%d: add #%d (%#x) = %v, want %v", tt.name, n, i, h, got, want)
				}
				seen[h] = true
			}
		}
	}
}
