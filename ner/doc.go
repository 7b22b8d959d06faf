package ner

import "strings"

// docContext is what one document tells about each of its words, used for
// the document-level features: a word seen in lower case elsewhere is rarely
// a name; a word in a capitals headline is read through the casing it has
// in the body ("JAPAN" → "Japan").
type docContext struct {
	sents [][]tok
	heads []bool
	words map[string]*wordStat // by lower-cased form
}

type wordStat struct {
	lowerSeen int    // times written all lower case
	capMid    int    // times capitalised, not first in its sentence, outside headlines
	form      string // the first capitalised form outside headlines
	prev      string // lower-cased word before the first capitalised occurrence
	capRun    bool   // part of a run of capitalised words somewhere
}

// newDocContext reads the words of a document; title-case headlines (see
// closedWords.headline) are read in capitals. Training passes no cw: the
// training data has next to no title-case headlines.
func newDocContext(sents [][]string, cw closedWords) *docContext {
	return readDocContext(sents, cw, map[string]tok{})
}

// readDocContext is newDocContext reading each distinct word once, into
// toks (cleared first), which a tagger keeps from document to document:
// a document says most of its words several times, and makeTok's lowered
// copy and shapes for each were 29% of the allocations of tagging
// (BenchmarkTag over the CoNLL dev documents: 171k -> 122k a pass).
//
// The words' statistics are counted once every word is read: the
// distinct words are then known, and the map of statistics and the
// statistics themselves are made at that size at once, where the map grew
// from nothing and each statistic was an allocation of its own
// (docContext.observe was a third of what tagging allocated, BenchmarkTag
// -memprofile). The sentences are observed in the same order as when each
// was observed as it was read. (One array for every sentence's tokens, 72
// bytes a token, made fewer allocations but a large one for every
// document, and was slower in a whole ingest.)
func readDocContext(sents [][]string, cw closedWords, toks map[string]tok) *docContext {
	clear(toks)
	dc := &docContext{sents: make([][]tok, len(sents)), heads: make([]bool, len(sents))}
	cased := 0 // distinct words written capitalised or in lower case
	for s, words := range sents {
		ts := make([]tok, len(words))
		title := cw.headline(words)
		for i, w := range words {
			if title {
				w = strings.ToUpper(w)
			}
			t, ok := toks[w]
			if !ok {
				t = makeTok(w)
				t.id = int32(len(toks) + 1)
				toks[w] = t
				if t.cap || t.lowerW {
					cased++
				}
			}
			ts[i] = t
		}
		dc.sents[s] = ts
		dc.heads[s] = isHeadline(ts)
	}
	// observe counts no more lowered forms than distinct cased words
	dc.words = make(map[string]*wordStat, cased)
	stats := make([]wordStat, 0, cased)
	for s, ts := range dc.sents {
		if !dc.heads[s] {
			stats = dc.observe(ts, stats)
		}
	}
	return dc
}

// observe counts the words of sentence ts into dc.words, a word's
// statistics, when new, appended to stats (which is returned).
func (dc *docContext) observe(ts []tok, stats []wordStat) []wordStat {
	for i := range ts {
		t := &ts[i]
		if !t.cap && !t.lowerW {
			continue
		}
		st := dc.words[t.lower]
		if st == nil {
			if len(stats) == cap(stats) {
				// statistics taken before stay where they are
				stats = make([]wordStat, 0, max(16, 2*cap(stats)))
			}
			stats = append(stats, wordStat{})
			st = &stats[len(stats)-1]
			dc.words[t.lower] = st
		}
		if t.lowerW {
			st.lowerSeen++
			continue
		}
		if i > 0 {
			st.capMid++
			if st.form == "" {
				st.form = t.norm
				st.prev = ts[i-1].lower
			}
		}
		if i > 0 && ts[i-1].cap || i+1 < len(ts) && ts[i+1].cap {
			st.capRun = true
		}
	}
	return stats
}
