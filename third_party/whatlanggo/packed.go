package whatlanggo

import (
	"cmp"
	"slices"
	"sync"
	"unicode"
)

// storyline's fork: the same detection with trigrams packed into integers.
// Upstream made a string of three runes for every trigram of the text and
// looked each language's 300 trigrams up by string; a trigram here is its
// three runes side by side in a uint64 (21 bits each, the most a rune
// needs), so counting and every lookup hash an integer. The packed keys
// order as the strings do (UTF-8 orders as its code points), so positions,
// distances and confidences are upstream's.

// trigramKey packs three runes, the first in the highest bits.
func trigramKey(r1, r2, r3 rune) uint64 {
	return uint64(r1)<<42 | uint64(r2)<<21 | uint64(r3)
}

// noTrigram is the key of a profile entry that is not three runes: no
// trigram of a text packs to it (three runes take 63 bits).
const noTrigram = 1 << 63

// packedProfiles is a script's language profiles with their trigrams
// packed, the languages in order, and an index from each trigram to where
// it stands in every profile that has it: a text's few hundred trigrams
// are looked up once each, not each language's 300 against the text.
type packedProfiles struct {
	langs []Lang
	keys  [][]uint64
	index map[uint64][]profilePlace
}

// profilePlace is a trigram's place in one language's profile.
type profilePlace struct {
	lang, pos int32 // lang indexes langs
}

func packProfiles(list langProfileList) *packedProfiles {
	p := &packedProfiles{}
	for lang, trigrams := range list {
		if trigrams != nil {
			p.langs = append(p.langs, Lang(lang)) // in order
		}
	}
	for _, lang := range p.langs {
		keys := make([]uint64, len(list[lang]))
		for i, t := range list[lang] {
			keys[i] = noTrigram
			if r := []rune(t); len(r) == 3 {
				keys[i] = trigramKey(r[0], r[1], r[2])
			}
		}
		p.keys = append(p.keys, keys)
	}
	p.index = map[uint64][]profilePlace{}
	for li, keys := range p.keys {
		for i, k := range keys {
			p.index[k] = append(p.index[k], profilePlace{int32(li), int32(i)})
		}
	}
	return p
}

// distances returns every language's calculateDistance from the text's
// trigram positions: maxTrigramDistance for each profile trigram, less
// what each one the text has saves.
// ranked[n] is the trigram at position n (trigramPositions).
func (p *packedProfiles) distances(ranked []packedCount) []int {
	dist := make([]int, len(p.langs))
	for li, keys := range p.keys {
		dist[li] = maxTrigramDistance * len(keys)
	}
	for n, t := range ranked {
		for _, at := range p.index[t.key] {
			dist[at.lang] += abs(n-int(at.pos)) - maxTrigramDistance
		}
	}
	return dist
}

var (
	latinPacked      = sync.OnceValue(func() *packedProfiles { return packProfiles(latinLangs) })
	cyrillicPacked   = sync.OnceValue(func() *packedProfiles { return packProfiles(cyrillicLangs) })
	devanagariPacked = sync.OnceValue(func() *packedProfiles { return packProfiles(devanagariLangs) })
	hebrewPacked     = sync.OnceValue(func() *packedProfiles { return packProfiles(hebrewLangs) })
	ethiopicPacked   = sync.OnceValue(func() *packedProfiles { return packProfiles(ethiopicLangs) })
	arabicPacked     = sync.OnceValue(func() *packedProfiles { return packProfiles(arabicLangs) })
)

type packedCount struct {
	key   uint64
	count int
}

// trigramPositions is getTrigramsWithPositions over packed trigrams: the
// trigrams of the text ranked, the most frequent first, equal counts in
// descending order of the trigram; a trigram's position is its index.
// They are sorted by slices.SortFunc and handed on as a slice, where a
// map from trigram to position was built after sort.Slice: the order is
// total (no two trigrams are equal), so the positions are the same.
func trigramPositions(text string) []packedCount {
	runes := make([]rune, 0, len(text)+1)
	for _, r := range text {
		runes = append(runes, unicode.ToLower(toTrigramChar(r)))
	}
	runes = append(runes, ' ')

	counts := make(map[uint64]int, len(runes))
	r1, r2 := ' ', runes[0]
	for _, r3 := range runes[1:] {
		if !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			counts[trigramKey(r1, r2, r3)]++
		}
		r1, r2 = r2, r3
	}

	ranked := make([]packedCount, 0, len(counts))
	for k, n := range counts {
		ranked = append(ranked, packedCount{k, n})
	}
	slices.SortFunc(ranked, func(a, b packedCount) int {
		if a.count != b.count {
			return cmp.Compare(b.count, a.count)
		}
		return cmp.Compare(b.key, a.key)
	})
	return ranked
}
