package extract

import (
	"math"
	"strings"
)

// A field a page states in several places (the headline, the byline) is
// chosen among its statements by a learned score (linear, with boosted
// trees on top where they help: FieldModel): each distinct text is
// described by the sources that gave it, its agreement with the other texts
// and its shape, and the highest score wins.

// statement is one candidate text of a field and where it was read.
type statement struct {
	text string
	src  int
}

// choiceText is one distinct text with the sources that gave it.
type choiceText struct {
	text string
	srcs []bool
}

// mergeStatements merges the statements by text, in order of first
// appearance; sources counts the kinds of source.
func mergeStatements(ss []statement, sources int) []choiceText {
	var out []choiceText
	at := map[string]int{}
	for _, s := range ss {
		i, ok := at[s.text]
		if !ok {
			i = len(out)
			at[s.text] = i
			out = append(out, choiceText{text: s.text, srcs: make([]bool, sources)})
		}
		out[i].srcs[s.src] = true
	}
	return out
}

// sourceFeatures sets one feature per source that gave texts[i] and
// returns how many did.
func sourceFeatures(f []float64, t choiceText) int {
	n := 0
	for s, ok := range t.srcs {
		if ok {
			f[s] = 1
			n++
		}
	}
	return n
}

// agreement counts the other texts that hold texts[i] (a title that adds
// the site's name holds the headline) and those it holds, ignoring case.
func agreement(texts []choiceText, i int) (heldBy, holds int) {
	low := strings.ToLower(texts[i].text)
	for j, o := range texts {
		if j == i {
			continue
		}
		ol := strings.ToLower(o.text)
		if strings.Contains(ol, low) {
			heldBy++
		}
		if strings.Contains(low, ol) {
			holds++
		}
	}
	return heldBy, holds
}

// choose returns the text score rates highest ("" when there is none);
// ties go to the text met first.
func choose(texts []choiceText, score func([]float64) float64, features func([]choiceText, int) []float64) string {
	best, bestScore := "", math.Inf(-1)
	for i := range texts {
		if s := score(features(texts, i)); s > bestScore {
			best, bestScore = texts[i].text, s
		}
	}
	return best
}

// linearScore is the dot product of the weights and the features.
func linearScore(w, f []float64) float64 {
	s := 0.0
	for i := range min(len(w), len(f)) {
		s += w[i] * f[i]
	}
	return s
}
