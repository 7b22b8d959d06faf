package quote

import (
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
)

// found is a quotation under construction: the inner spans of its marked
// fragments (several when it runs over paragraphs or is split by its cue).
type found struct {
	frags []storyline.Span
	// between are the gaps between fragments: "…,” she said, “…".
	between []storyline.Span
	outer   storyline.Span
	kind    storyline.QuoteKind
	attribution
}

// group joins segments into quotations: a quote left open at a paragraph's
// end continues with the next paragraph's opening mark, and two quotes
// split by an attribution clause ("…,” she said, “…”) are one.
func (a *analysis) group() []found {
	var out []found
	for i := 0; i < len(a.segs); i++ {
		s := a.segs[i]
		f := found{frags: []storyline.Span{s.Inner}, outer: s.Outer}
		for i+1 < len(a.segs) && a.continues(a.segs[i], a.segs[i+1]) {
			f.between = append(f.between, storyline.Span{Start: a.segs[i].Outer.End, End: a.segs[i+1].Outer.Start})
			i++
			f.frags = append(f.frags, a.segs[i].Inner)
			f.outer.End = a.segs[i].Outer.End
		}
		out = append(out, f)
	}
	return out
}

func (a *analysis) continues(s, next segment) bool {
	if s.Open {
		return next.Para == s.Para+1 && next.Outer.Start == a.paras[next.Para].Start
	}
	if next.Para != s.Para {
		return false
	}
	lo, hi := a.tokenAt(s.Outer.End), a.tokenAt(next.Outer.Start)
	if hi-lo < 2 || hi-lo > 12 || len(a.cues(lo, hi)) == 0 || len(a.candidates(lo, hi)) == 0 {
		return false
	}
	for t := lo; t < hi; t++ {
		if w := a.toks[t].Text; w == "?" || w == "!" || w == ";" {
			return false
		}
	}
	switch a.toks[hi-1].Text {
	case ",", ":":
		return true
	case ".":
		// "“…,” said Caddell. “…”" is one quotation only when the second part
		// has no attribution of its own.
		alo, ahi := a.afterWindow(next.Outer.End)
		return len(a.cues(alo, min(ahi, alo+8))) == 0
	}
	return false
}

// classify tells a full quotation (nothing but an attribution around it)
// from a fragment inside someone's sentence.
func (a *analysis) classify(f *found) {
	f.kind = storyline.QuotePartial
	if len(f.frags) > 1 {
		f.kind = storyline.QuoteDirect
		return
	}
	lo, hi := a.beforeWindow(f.outer.Start)
	startOK := hi == lo
	if !startOK {
		last := a.toks[hi-1].Text
		startOK = last == ":" || (last == "," && len(a.cues(lo, hi)) > 0) || a.lex.speech(last)
	}
	alo, ahi := a.afterWindow(f.outer.End)
	endOK := ahi == alo || a.toks[alo].Text == "," && len(a.cues(alo, ahi)) > 0 || a.closesClause(f.outer)
	if startOK && endOK && startsUpper(a.body, f.frags[0]) {
		f.kind = storyline.QuoteDirect
	}
}

// closesClause reports whether the quotation ends its own clause: its last
// word inside the marks is followed by , . ? ! or the paragraph ends open.
func (a *analysis) closesClause(outer storyline.Span) bool {
	i := outer.End - 1
	if i < 0 {
		return false
	}
	if !isCloseMark(a.body[i]) {
		return true
	}
	for i--; i > outer.Start && (unicode.IsSpace(a.body[i]) || isCloseMark(a.body[i])); i-- {
	}
	r := a.body[i]
	return r == '.' || r == '?' || r == '!' || r == ',' || r == '…'
}

func isCloseMark(r rune) bool { return r == '”' || r == '"' || r == '\'' || r == '’' }

func startsUpper(body []rune, s storyline.Span) bool {
	for i := s.Start; i < s.End; i++ {
		if unicode.IsLetter(body[i]) || unicode.IsDigit(body[i]) {
			return unicode.IsUpper(body[i]) || unicode.IsDigit(body[i])
		}
	}
	return false
}

// attribute finds each quotation's speaker. A full quotation looks first in
// the clause between its fragments and after its closing mark, a fragment
// first at the sentence around it; then the other side, then a sentence
// ending in a colon just before. A quotation with none of these takes the
// speaker of the quotation just before it in the same or previous paragraph.
func (a *analysis) attribute(fs []found) {
	prev, prevPara := "", -2
	for i := range fs {
		f := &fs[i]
		if f.kind == storyline.QuoteDirect {
			f.attribution = a.firstFound(f, prev, a.fromBetween, a.fromAfter, a.fromBefore, a.fromColon)
		} else {
			f.attribution = a.firstFound(f, prev, a.fromBefore, a.fromAfter)
		}
		para := a.paraOf(f.outer.Start)
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

// quotes turns the found quotations into the exported form.
func (a *analysis) quotes(fs []found) []storyline.Quote {
	out := make([]storyline.Quote, 0, len(fs))
	for _, f := range fs {
		parts := make([]string, len(f.frags))
		for i, s := range f.frags {
			parts[i] = string(a.body[s.Start:s.End])
		}
		out = append(out, storyline.Quote{
			Text: strings.Join(parts, " "), Speaker: f.speaker, Cue: f.cue, Kind: f.kind,
			Start: f.frags[0].Start, End: f.frags[len(f.frags)-1].End,
		})
	}
	return out
}
