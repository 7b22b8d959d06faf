package ner

import ()

// gazetteer holds the entity names seen in training, by type, only as
// hashes of their lower-cased token sequence: the model must not carry the
// training text, and a hash is all a lookup needs.
type gazetteer map[uint64]uint8 // name hash → bit set of types

const maxGazLen = 6

func gazKey(ts []tok) uint64 {
	h := tmpl(200)
	for i := range ts {
		h = h.str(ts[i].lower).sep()
	}
	return h.sum()
}

// add records the gold entities of one sentence.
func (g gazetteer) add(ts []tok, tags []int) {
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if t == tagO || tagPos(t) == posI || tagPos(t) == posL {
			continue
		}
		j := i
		for j+1 < len(tags) && tagPos(tags[j]) != posU && tagPos(tags[j]) != posL {
			j++
		}
		if j-i < maxGazLen {
			g[gazKey(ts[i:j+1])] |= 1 << tagType(t)
		}
	}
}

// gazMatch is one gazetteer hit on a sentence: a span and the types it has.
type gazMatch struct {
	start, end int
	types      uint8
}

// matches returns every span of ts, starting at a capitalised word or a
// digit, that the gazetteer knows.
func (g gazetteer) matches(ts []tok, out []gazMatch) []gazMatch {
	if len(g) == 0 {
		return out
	}
	for i := range ts {
		if !ts[i].cap {
			continue
		}
		h := tmpl(200)
		for j := i; j < len(ts) && j-i < maxGazLen; j++ {
			h = h.str(ts[j].lower).sep()
			if types := g[h.sum()]; types != 0 {
				out = append(out, gazMatch{i, j + 1, types})
			}
		}
	}
	return out
}
