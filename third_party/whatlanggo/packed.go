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
	index placeIndex
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
	places := map[uint64][]profilePlace{}
	for li, keys := range p.keys {
		for i, k := range keys {
			places[k] = append(places[k], profilePlace{int32(li), int32(i)})
		}
	}
	p.index = newPlaceIndex(places)
	return p
}

// placeIndex is the index from a trigram to its places in the profiles:
// an open-addressed table of the profiles' trigrams (linear probing, at
// most half full), each slot the span of its trigram's places in one
// array. A map of slices took three loads a trigram found (its group's
// control word, the slot, the slice), and most of a text's trigrams are
// in no profile: here a slot says so, or leads to the places.
type placeIndex struct {
	slots  []placeSlot
	places []profilePlace
	shift  uint // 64 less the log2 of len(slots)
}

// placeSlot is one trigram's span of placeIndex.places; end 0 marks an
// empty slot (a trigram in the index has a place at least).
type placeSlot struct {
	key        uint64
	start, end uint32
}

// fibonacci is 2^64 over the golden ratio: a key times it, shifted, is
// the slot a probe starts at (Fibonacci hashing).
const fibonacci = 0x9E3779B97F4A7C15

func newPlaceIndex(places map[uint64][]profilePlace) placeIndex {
	bits := uint(1)
	for 1<<bits < 2*len(places) {
		bits++
	}
	x := placeIndex{slots: make([]placeSlot, 1<<bits), shift: 64 - bits}
	keys := make([]uint64, 0, len(places))
	for k := range places {
		keys = append(keys, k)
	}
	slices.Sort(keys) // the same table on every run
	mask := uint64(len(x.slots) - 1)
	for _, k := range keys {
		i := k * fibonacci >> x.shift
		for x.slots[i].end != 0 {
			i = (i + 1) & mask
		}
		start := uint32(len(x.places))
		x.places = append(x.places, places[k]...)
		x.slots[i] = placeSlot{k, start, uint32(len(x.places))}
	}
	return x
}

// of returns the places of trigram key, none when no profile has it.
func (x *placeIndex) of(key uint64) []profilePlace {
	mask := uint64(len(x.slots) - 1)
	for i := key * fibonacci >> x.shift; ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.end == 0 {
			return nil
		}
		if s.key == key {
			return x.places[s.start:s.end]
		}
	}
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
		for _, at := range p.index.of(t.key) {
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
