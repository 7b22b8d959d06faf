package ner

import "strings"

// Feature template ids: part of every feature's hash.
const (
	fBias = iota + 1
	fWord
	fLower
	fShape
	fShort
	fPrefix
	fSuffix
	fWordAt   // lower-cased word at offset ±1, ±2
	fShapeAt  // short shape at offset ±1, ±2
	fBigramL  // previous word + word
	fBigramR  // word + next word
	fShapeTri // short shapes of previous, this and next
	fFirst    // first in sentence + short shape
	fHeadWord // in a headline + lower-cased word
	fHead
	fGaz     // gazetteer type + position in the matched span
	fGazLen  // gazetteer type + span length
	fDocLow  // lower-case form seen in the document
	fDocCap  // capitalised mid-sentence elsewhere in the document
	fDocForm // the document's casing of a headline word
	fDocPrev // word before the first capitalised occurrence in the document
	fDocRun  // part of a capitalised run elsewhere in the document
	fHyphen  // the parts of a hyphenated word
	fLen
	fPrevShapeWord // short shape of previous + this word
	fWordNextShape // this word + short shape of next
	fCluster
	fClusterAt
	fPred       // the first pass's tag (second pass only)
	fPredAround // the first pass's tags of the neighbours
	fOther      // a type the first pass gave other occurrences of the word, and how often
	fMajority   // the most frequent of those
	fOtherPos   // type and position of the word inside multi-token entities elsewhere
)

// featurizer turns a document into hashed feature rows per token, reusing
// its buffers between sentences.
type featurizer struct {
	mask    uint64
	gaz     gazetteer
	cl      clusters
	matches []gazMatch
	classes []int32 // fine<<16 | coarse+1 of each token of the sentence; 0: none
	// own caches the rows of each word's own features (ownFeatures) by
	// its id, for one document at a time, when set by startDocument.
	own *ownRows
}

// ownRows are the rows of the own features of a document's words:
// own[at[id-1]:at[id-1]+n[id-1]] for the word of id, where n is not 0.
type ownRows struct {
	at, n []int32
	rows  []uint32
}

// startDocument readies f for a document whose words readDocContext
// numbered: each word's own features are then hashed once.
func (f *featurizer) startDocument() {
	if f.own == nil {
		f.own = &ownRows{}
	}
	o := f.own
	o.at, o.n, o.rows = o.at[:0], o.n[:0], o.rows[:0]
}

// sentence appends the feature rows of every token of sentence s of dc to
// rows, and the end offset of each token's rows to ends.
func (f *featurizer) sentence(dc *docContext, s int, rows []uint32, ends []int32) ([]uint32, []int32) {
	ts := dc.sents[s]
	head := dc.heads[s]
	f.matches = f.gaz.matches(ts, f.matches[:0])
	f.classes = f.classes[:0]
	for i := range ts {
		var c int32
		if fine, coarse, ok := f.cl.lookup(ts[i].norm); ok {
			c = int32(fine)<<16 | int32(coarse+1)
		}
		f.classes = append(f.classes, c)
	}
	for i := range ts {
		rows = f.token(dc, ts, i, head, rows)
		ends = append(ends, int32(len(rows)))
	}
	return rows, ends
}

func (f *featurizer) add(rows []uint32, h hasher) []uint32 {
	return append(rows, uint32(h.sum()&f.mask))
}

var boundary = tok{norm: "<s>", lower: "<s>", shape: "<s>", short: "<s>"}

func at(ts []tok, i int) *tok {
	if i < 0 || i >= len(ts) {
		return &boundary
	}
	return &ts[i]
}

func (f *featurizer) token(dc *docContext, ts []tok, i int, head bool, rows []uint32) []uint32 {
	t := &ts[i]
	if f.own != nil && t.id > 0 {
		rows = f.own.of(f, t, rows)
	} else {
		rows = f.ownFeatures(t, rows)
	}
	for _, d := range [4]int{-2, -1, 1, 2} {
		n := at(ts, i+d)
		rows = f.add(rows, tmpl(fWordAt).num(d).str(n.lower))
		rows = f.add(rows, tmpl(fShapeAt).num(d).str(n.short))
	}
	p, n := at(ts, i-1), at(ts, i+1)
	rows = f.add(rows, tmpl(fBigramL).str(p.lower).sep().str(t.lower))
	rows = f.add(rows, tmpl(fBigramR).str(t.lower).sep().str(n.lower))
	rows = f.add(rows, tmpl(fShapeTri).str(p.short).sep().str(t.short).sep().str(n.short))
	rows = f.add(rows, tmpl(fPrevShapeWord).str(p.short).sep().str(t.lower))
	rows = f.add(rows, tmpl(fWordNextShape).str(t.lower).sep().str(n.short))
	if i == 0 {
		rows = f.add(rows, tmpl(fFirst).str(t.short))
	}
	if head {
		rows = f.add(rows, tmpl(fHead))
		rows = f.add(rows, tmpl(fHeadWord).str(t.lower))
	}
	rows = f.add(rows, tmpl(fLen).num(min(len(t.norm), 12)))
	if h := strings.IndexByte(t.lower, '-'); h > 0 && h < len(t.lower)-1 {
		rows = f.add(rows, tmpl(fHyphen).num(0).str(t.lower[:h]))
		rows = f.add(rows, tmpl(fHyphen).num(1).str(t.lower[strings.LastIndexByte(t.lower, '-')+1:]))
	}
	rows = f.gazetteer(i, rows)
	rows = f.clusterFeatures(i, rows)
	return f.document(dc, t, i, head, rows)
}

// ownFeatures appends the rows of the features of t alone: the bias, its
// forms and shapes, its affixes.
func (f *featurizer) ownFeatures(t *tok, rows []uint32) []uint32 {
	rows = f.add(rows, tmpl(fBias))
	rows = f.add(rows, tmpl(fWord).str(t.norm))
	rows = f.add(rows, tmpl(fLower).str(t.lower))
	rows = f.add(rows, tmpl(fShape).str(t.shape))
	rows = f.add(rows, tmpl(fShort).str(t.short))
	return f.affixes(t.lower, rows)
}

// of appends the rows of t's own features, hashed when its word is first met.
func (o *ownRows) of(f *featurizer, t *tok, rows []uint32) []uint32 {
	k := int(t.id - 1)
	for len(o.at) <= k {
		o.at, o.n = append(o.at, 0), append(o.n, 0)
	}
	if o.n[k] == 0 {
		start := len(o.rows)
		o.rows = f.ownFeatures(t, o.rows)
		o.at[k], o.n[k] = int32(start), int32(len(o.rows)-start)
	}
	return append(rows, o.rows[o.at[k]:o.at[k]+o.n[k]]...)
}

func (f *featurizer) clusterFeatures(i int, rows []uint32) []uint32 {
	if len(f.cl) == 0 {
		return rows
	}
	c := f.classes[i]
	rows = f.add(rows, tmpl(fCluster).num(int(c>>16)).num(int(c&0xffff)))
	rows = f.add(rows, tmpl(fCluster).num(-1).num(int(c&0xffff)))
	for _, d := range [2]int{-1, 1} {
		if j := i + d; j >= 0 && j < len(f.classes) {
			rows = f.add(rows, tmpl(fClusterAt).num(d).num(int(f.classes[j]>>16)).num(int(f.classes[j]&0xffff)))
		}
	}
	return rows
}

func (f *featurizer) affixes(w string, rows []uint32) []uint32 {
	for k := 1; k <= 4 && k <= len(w); k++ {
		rows = f.add(rows, tmpl(fPrefix).str(w[:k]))
		rows = f.add(rows, tmpl(fSuffix).str(w[len(w)-k:]))
	}
	return rows
}

func (f *featurizer) gazetteer(i int, rows []uint32) []uint32 {
	for _, m := range f.matches {
		if i < m.start || i >= m.end {
			continue
		}
		pos := posI
		switch {
		case m.end-m.start == 1:
			pos = posU
		case i == m.start:
			pos = posB
		case i == m.end-1:
			pos = posL
		}
		for typ := 0; typ < numTypes; typ++ {
			if m.types&(1<<typ) != 0 {
				rows = f.add(rows, tmpl(fGaz).num(typ).num(pos))
				rows = f.add(rows, tmpl(fGazLen).num(typ).num(min(m.end-m.start, 4)))
			}
		}
	}
	return rows
}

func (f *featurizer) document(dc *docContext, t *tok, i int, head bool, rows []uint32) []uint32 {
	st := dc.words[t.lower]
	if st == nil || !(t.cap || head) {
		return rows
	}
	if st.lowerSeen > 0 {
		rows = f.add(rows, tmpl(fDocLow).num(boolInt(head)))
	}
	if st.capMid > 0 {
		rows = f.add(rows, tmpl(fDocCap).num(boolInt(i == 0)).num(boolInt(head)))
	}
	if st.capRun {
		rows = f.add(rows, tmpl(fDocRun))
	}
	if st.form != "" {
		if head {
			rows = f.add(rows, tmpl(fDocForm).str(st.form))
		}
		rows = f.add(rows, tmpl(fDocPrev).str(st.prev))
	}
	return rows
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
