package ner

// labelContext is what the first pass predicted across one document, by
// word: the second pass uses it to make the labels of repeated names agree
// ("Clinton" alone is the PER that "Bill Clinton" was) and to read a
// headline in the light of the body.
type labelContext struct {
	dc    *docContext
	preds [][]int
	words map[string]*labelStat // by lower-cased form
}

type labelStat struct {
	types [numTypes + 1]int // predicted type of each occurrence; numTypes is O
	pos   uint32            // bit set of type*4+position seen in multi-token entities
}

// The statistics are made in arrays of many, where each was an allocation
// of its own.
func newLabelContext(dc *docContext, preds [][]int) *labelContext {
	lc := &labelContext{dc: dc, preds: preds, words: map[string]*labelStat{}}
	var stats []labelStat
	for s, ts := range dc.sents {
		for i := range ts {
			if !ts[i].cap {
				continue
			}
			st := lc.words[ts[i].lower]
			if st == nil {
				if len(stats) == cap(stats) {
					// statistics taken before stay where they are
					stats = make([]labelStat, 0, max(16, 2*cap(stats)))
				}
				stats = append(stats, labelStat{})
				st = &stats[len(stats)-1]
				lc.words[ts[i].lower] = st
			}
			tg := preds[s][i]
			if tg == tagO {
				st.types[numTypes]++
				continue
			}
			st.types[tagType(tg)]++
			if p := tagPos(tg); p != posU {
				st.pos |= 1 << (tagType(tg)*4 + p)
			}
		}
	}
	return lc
}

// labelRows appends the label feature rows of each token of sentence s.
func (f *featurizer) labelRows(lc *labelContext, s int, out []uint32, outEnds []int32) ([]uint32, []int32) {
	for i := range lc.preds[s] {
		out = f.labels(lc, s, i, out)
		outEnds = append(outEnds, int32(len(out)))
	}
	return out, outEnds
}

func (f *featurizer) labels(lc *labelContext, s, i int, rows []uint32) []uint32 {
	pred := lc.preds[s]
	rows = f.add(rows, tmpl(fPred).num(pred[i]))
	prev, next := numTags, numTags
	if i > 0 {
		prev = pred[i-1]
	}
	if i+1 < len(pred) {
		next = pred[i+1]
	}
	rows = f.add(rows, tmpl(fPredAround).num(prev).num(next))
	t := &lc.dc.sents[s][i]
	st := lc.words[t.lower]
	if st == nil || !t.cap {
		return rows
	}
	counts := st.types
	own := numTypes
	if pred[i] != tagO {
		own = tagType(pred[i])
	}
	counts[own]-- // the other occurrences only
	best, total := -1, 0
	for k, c := range counts {
		total += c
		if c > 0 {
			rows = f.add(rows, tmpl(fOther).num(k).num(min(c, 3)))
			if best < 0 || c > counts[best] {
				best = k
			}
		}
	}
	if best >= 0 {
		rows = f.add(rows, tmpl(fMajority).num(best).num(boolInt(counts[best] == total)).num(boolInt(lc.dc.heads[s])))
	}
	for b := 0; b < numTypes*4; b++ {
		if st.pos&(1<<b) != 0 {
			rows = f.add(rows, tmpl(fOtherPos).num(b))
		}
	}
	return rows
}
