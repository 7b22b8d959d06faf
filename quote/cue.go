package quote

import (
	"strings"

	"github.com/storyline-news/storyline/english"
)

// cueAt reports the cue starting at token t and how many tokens it spans.
func (a *analysis) cueAt(t int) (string, int) {
	w := a.toks[t].Text
	if strings.EqualFold(w, "according") && t+1 < len(a.toks) && strings.EqualFold(a.toks[t+1].Text, "to") {
		return w + " " + a.toks[t+1].Text, 2
	}
	if a.lex.speech(w) && !a.pluralNoun(t) {
		return w, 1
	}
	return "", 0
}

// pluralNoun reports a cue form used as a noun: "reports of the explosion",
// "those reports" (but "says of Clinton" is still a verb).
func (a *analysis) pluralNoun(t int) bool {
	w := strings.ToLower(a.toks[t].Text)
	if !strings.HasSuffix(w, "s") || Lemma(w) == "say" {
		return false
	}
	return t+1 < len(a.toks) && strings.EqualFold(a.toks[t+1].Text, "of") || t > 0 && nounDeterminer(strings.ToLower(a.toks[t-1].Text))
}

// nounDeterminers make the -s form of a cue after them a noun: "dismissed
// those reports as", "the claims".
func nounDeterminer(w string) bool {
	return w == "the" || english.IsPossessive(w) || pluralDeterminers[w]
}

var pluralDeterminers = english.WordSet("those these such many some")

func (a *analysis) cues(lo, hi int) []int {
	var out []int
	for t := lo; t < hi; t++ {
		if c, _ := a.cueAt(t); c != "" && !a.quoted[t] {
			out = append(out, t)
		}
	}
	return out
}

// followsQuote reports whether the token t comes right after a quotation,
// past a comma.
func (a *analysis) followsQuote(t int) bool {
	return t > 0 && (a.quoted[t-1] || t > 1 && a.toks[t-1].Text == "," && a.quoted[t-2])
}

// finiteCueBefore is, for a participle cue right after a comma ("adding",
// "saying"), a strong cue at most three words before that comma ("Nefzi
// said Tuesday, adding"); else -1.
func (a *analysis) finiteCueBefore(cands []cand, cue int) int {
	if !strings.HasSuffix(strings.ToLower(a.toks[cue].Text), "ing") || len(cands) == 0 || cue < 2 || a.toks[cue-1].Text != "," {
		return -1
	}
	for t := cue - 2; t > cands[0].tok && t >= cue-4; t-- {
		if a.lex.strong(a.toks[t].Text) && !a.quoted[t] && !a.clauseSubject(t) && a.subjectRightBefore(cands, t) {
			return t
		}
	}
	return -1
}

// finiteVerb reports whether w reads as a finite verb after a subject: a
// speech cue or a lower-case past form ("announced", "said").
func (a *analysis) finiteVerb(w string) bool {
	return english.IsLower(w) && (strings.HasSuffix(w, "ed") || a.lex.strong(w) && !strings.HasSuffix(w, "ing"))
}
