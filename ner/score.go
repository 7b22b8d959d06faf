package ner

// span is one entity: tokens [start,end) of a type.
type span struct{ start, end, typ int }

func spans(tags []int) []span {
	var out []span
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if t == tagO {
			continue
		}
		j := i
		for j+1 < len(tags) && tags[j+1] != tagO && tagType(tags[j+1]) == tagType(t) &&
			(tagPos(tags[j+1]) == posI || tagPos(tags[j+1]) == posL) && tagPos(tags[j]) != posL && tagPos(tags[j]) != posU {
			j++
		}
		out = append(out, span{i, j + 1, tagType(t)})
		i = j
	}
	return out
}

// score returns the exact-match entity F1 of the model on examples (used to
// pick the best epoch; eval.NER is the full conlleval report).
func (l *layer) score(exs []example) float64 {
	t := &tagger{}
	var correct, pred, gold int
	for i := range exs {
		p := spans(viterbi(l.scores(t, &exs[i]), &l.trans, t, nil))
		g := spans(exs[i].gold)
		pred += len(p)
		gold += len(g)
		set := make(map[span]bool, len(g))
		for _, s := range g {
			set[s] = true
		}
		for _, s := range p {
			if set[s] {
				correct++
			}
		}
	}
	if pred == 0 || gold == 0 {
		return 0
	}
	pr, rc := float64(correct)/float64(pred), float64(correct)/float64(gold)
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

// scores returns the layer's scores for an example, added to its base.
func (l *layer) scores(t *tagger, ex *example) []float32 {
	if ex.base == nil {
		return l.emissions(t, ex.rows, ex.ends)
	}
	sc := t.scoreBuf(len(ex.ends))
	copy(sc, ex.base)
	l.addEmissions(sc, ex.rows, ex.ends)
	return sc
}
