package quote

import (
	"unicode"

	"github.com/storyline-news/storyline"
)

// attribute finds each quotation's speaker. A full quotation looks first in
// the clause between its fragments and after its closing mark, a fragment
// first at the sentence around it; then the other side, then a sentence
// ending in a colon just before. A quotation with none of these takes the
// speaker of the quotation just before it in the same or previous paragraph.
func (a *analysis) attribute(fs []found) {
	prev, prevPara := "", -2
	for i := range fs {
		f := &fs[i]
		para := a.paraOf(f.outer.Start)
		if f.kind == storyline.QuoteDirect {
			f.attribution = a.firstFound(f, prev, a.fromBetween, a.fromAfter, a.fromBefore, a.fromColon)
			if !f.found && para != prevPara {
				f.attribution = a.fromPrevSentence(f, prev)
			}
		} else {
			f.attribution = a.firstFound(f, prev, a.fromBefore, a.fromAfter, a.fromSubject)
		}
		if !f.found && prev != "" && para-prevPara <= 1 && f.kind == storyline.QuoteDirect {
			f.attribution = attribution{speaker: prev, found: true}
		}
		if f.speaker != "" {
			prev, prevPara = f.speaker, a.paraOf(f.outer.End-1)
		}
	}
}

type finder func(f *found, prev string) attribution

func (a *analysis) firstFound(f *found, prev string, finders ...finder) attribution {
	for _, find := range finders {
		if at := find(f, prev); at.found {
			return at
		}
	}
	return attribution{}
}

func (a *analysis) fromBetween(f *found, prev string) attribution {
	for _, b := range f.between {
		if at := a.speakerAfter(a.tokenAt(b.Start), a.tokenAt(b.End), prev); at.found {
			return at
		}
	}
	return attribution{}
}

// fromAfter reads the clause after the closing mark; for a fragment only
// when it ends the sentence or a comma leads into the cue.
func (a *analysis) fromAfter(f *found, prev string) attribution {
	lo, hi := a.afterWindow(f.outer.End)
	if f.kind != storyline.QuoteDirect && !a.closesClause(f.outer) && (hi == lo || a.toks[lo].Text != ",") {
		return attribution{}
	}
	if at := a.dashSpeaker(lo, hi, prev); at.found {
		return at
	}
	if a.endsSentence(f.outer) && hi > lo && startsUpperWord(a.toks[lo].Text) && !a.bareAttribution(lo) {
		// the sentence ended inside the marks; what follows is a new one
		return attribution{}
	}
	return a.speakerAfter(lo, hi, prev)
}

// bareAttribution reports whether the tokens from lo read "Rutte said." or
// "Rutte said," (a clause of its own, however it was punctuated).
func (a *analysis) bareAttribution(lo int) bool {
	for t := lo + 1; t < min(lo+4, len(a.toks)); t++ {
		if a.lex.speech(a.toks[t].Text) {
			return t+1 == len(a.toks) || a.toks[t+1].Text == "." || a.toks[t+1].Text == ","
		}
	}
	return false
}

func startsUpperWord(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// endsSentence reports whether the last word inside the closing mark is
// followed by . ? or !.
func (a *analysis) endsSentence(outer storyline.Span) bool {
	i := outer.End - 1
	if i < 0 || !isCloseMark(a.body[i]) {
		return false
	}
	for i--; i > outer.Start && (unicode.IsSpace(a.body[i]) || isCloseMark(a.body[i])); i-- {
	}
	r := a.body[i]
	return r == '.' || r == '?' || r == '!'
}

func (a *analysis) fromBefore(f *found, prev string) attribution {
	lo, hi := a.beforeWindow(f.outer.Start)
	return a.speakerBefore(lo, hi, prev)
}

// fromPrevSentence reads "Schiff said. “The other factor …”": a quotation
// opening a sentence right after one that ends in its cue.
func (a *analysis) fromPrevSentence(f *found, prev string) attribution {
	t := a.tokenAt(f.outer.Start) - 1
	if t < 1 || a.toks[t].Text != "." || a.quoted[t] || a.paraOf(a.toks[t].Start) != a.paraOf(f.outer.Start) {
		return attribution{}
	}
	lo, hi := a.beforeWindow(a.toks[t].Start)
	cs := a.cues(max(lo, hi-3), hi)
	if len(cs) == 0 || !a.lex.strong(a.toks[cs[len(cs)-1]].Text) {
		return attribution{}
	}
	return a.around(a.candidates(lo, hi), cs[len(cs)-1], prev, false)
}

func (a *analysis) fromColon(f *found, prev string) attribution {
	return a.colonBefore(f.outer.Start, prev)
}

// colonBefore reads "Kallas told lawmakers:" ending the sentence or
// paragraph right before the quote.
func (a *analysis) colonBefore(pos int, prev string) attribution {
	t := a.tokenAt(pos) - 1
	if t < 0 || a.toks[t].Text != ":" || a.quoted[t] {
		return attribution{}
	}
	lo, _ := a.beforeWindow(a.toks[t].Start)
	return a.speakerBefore(lo, t+1, prev)
}

// fromSubject gives a fragment with no cue around it ("Cruz exhorted
// Republicans to “vote your conscience”") to the person who opens its
// sentence.
func (a *analysis) fromSubject(f *found, prev string) attribution {
	lo, hi := a.beforeWindow(f.outer.Start)
	cands := a.candidates(lo, hi)
	if len(cands) == 0 || cands[0].tok != lo || cands[0].m == nil || cands[0].m.Type != storyline.Person {
		return attribution{}
	}
	return attribution{speaker: a.resolve(cands[0], prev), found: true}
}
