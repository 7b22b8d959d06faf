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
func readDocContext(sents [][]string, cw closedWords, toks map[string]tok) *docContext {
	clear(toks)
	dc := &docContext{sents: make([][]tok, len(sents)), heads: make([]bool, len(sents)), words: map[string]*wordStat{}}
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
			}
			ts[i] = t
		}
		dc.sents[s] = ts
		dc.heads[s] = isHeadline(ts)
		if !dc.heads[s] {
			dc.observe(ts)
		}
	}
	return dc
}

func (dc *docContext) observe(ts []tok) {
	for i := range ts {
		t := &ts[i]
		if !t.cap && !t.lowerW {
			continue
		}
		st := dc.words[t.lower]
		if st == nil {
			st = &wordStat{}
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
}
