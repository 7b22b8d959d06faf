package nertrain

import "github.com/storyline-news/storyline/ner"

// score returns the exact-match entity F1 of a layer on examples (used to
// report each epoch on dev; eval.NER is the full conlleval report).
func score(l *ner.Layer, exs []ner.Example) float64 {
	var dec ner.Decoder
	var correct, pred, gold int
	for i := range exs {
		_, tags := dec.Tag(l, &exs[i], nil)
		p := ner.Spans(tags)
		g := ner.Spans(exs[i].Gold)
		pred += len(p)
		gold += len(g)
		set := make(map[ner.Span]bool, len(g))
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
