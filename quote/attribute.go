package quote

import (
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// attributor decides who said each quotation with marks: the finders
// below (attribute.go) and the readings of a cue's clause they share
// (speaker.go) pick a candidate of the cast near a cue; the cast turns it
// into a name.
type attributor struct {
	*view
	lex  *Lexicon
	cues *cues
	cast *cast
}

// attribute finds each quotation's speaker. A full quotation looks first in
// the clause between its fragments and after its closing mark, then before
// it and at a sentence ending in a colon just before. A fragment looks for a
// strong cue before it, then after it, then for an attribution clause later
// in its sentence, then for weaker cues and the sentence's subject. A full
// quotation with none of these, or a fragment that opens its sentence, takes
// the speaker of the quotation just before it in the same or previous
// paragraph; a paragraph that is only an unattributed quotation takes the
// speaker of the quotation that opens the next one.
func (a *attributor) attribute(fs []found) {
	prev, prevPara := "", -2
	for i := range fs {
		f := &fs[i]
		para := a.paraOf(f.outer.Start)
		// A pronoun favours the speaker of the quotation before it in the
		// same paragraph; one paragraph back it no longer does (quotations
		// are in body order, so para is never before prevPara).
		near := prev
		if para > prevPara {
			near = ""
		}
		f.near = near
		if f.turn != "" {
			// a new turn: its label names the speaker, or nobody we know,
			// never the one before ("SPEAKER 2:")
			f.attribution = attribution{speaker: a.turnSpeaker(f.turn), cue: ":", found: true}
		} else if f.kind == storyline.QuoteDirect {
			f.attribution = a.firstFound(f, near, a.fromBetween, a.fromAfter, a.fromVerbAfter, a.fromBefore, a.fromColon, a.fromDashBefore)
			if !f.found && para != prevPara {
				f.attribution = a.fromPrevSentence(f, near)
			}
		} else {
			f.attribution = a.firstFound(f, near, a.fromClosingAttribution, a.fromStrongBefore, a.fromStrongAfter, a.fromDashBefore, a.fromSentenceEnd, a.fromBefore, a.fromAfter, a.fromSubject)
		}
		if !f.found && prev != "" && para-prevPara <= 1 && (f.kind == storyline.QuoteDirect || a.opensSentence(f.outer.Start)) {
			f.attribution = attribution{speaker: prev, found: true}
		}
		if f.speaker != "" {
			prev, prevPara = f.speaker, a.paraOf(f.outer.End-1)
		}
	}
	a.fromNextParagraph(fs)
}

// fromNextParagraph gives a paragraph that is nothing but an unattributed
// quotation the speaker of the quotation that opens the next paragraph
// ("“Not only can Ted Cruz win …” ¶ “He may be the only one …,” Viguerie
// notes.").
func (a *attributor) fromNextParagraph(fs []found) {
	for i := len(fs) - 2; i >= 0; i-- {
		f, next := &fs[i], fs[i+1]
		if f.found || next.speaker == "" || !a.wholeParagraph(f.outer) {
			continue
		}
		p := a.paraOf(f.outer.Start)
		if a.paraOf(next.outer.Start) == p+1 && next.outer.Start == a.paras[p+1].Start {
			f.attribution = attribution{speaker: next.speaker, cue: next.cue, found: true}
		}
	}
}

// wholeParagraph reports whether a quotation fills its paragraph.
func (a *attributor) wholeParagraph(outer storyline.Span) bool {
	p := a.paras[a.paraOf(outer.Start)]
	return outer.Start == p.Start && outer.End >= p.End-1
}

type finder func(f *found, prev string) attribution

func (a *attributor) firstFound(f *found, prev string, finders ...finder) attribution {
	for _, find := range finders {
		if at := find(f, prev); at.found {
			return at
		}
	}
	return attribution{}
}

func (a *attributor) fromBetween(f *found, prev string) attribution {
	for _, b := range f.between {
		if at := a.speakerAfter(a.tokenAt(b.Start), a.tokenAt(b.End), prev); at.found {
			return at
		}
	}
	return attribution{}
}

// fromAfter reads the clause after the closing mark; for a fragment only
// when it ends the sentence or a comma leads into the cue.
func (a *attributor) fromAfter(f *found, prev string) attribution {
	lo, hi := a.afterWindow(f.outer.End)
	if f.kind != storyline.QuoteDirect && !a.closesClause(f.outer) && (hi == lo || a.toks[lo].Text != ",") {
		return attribution{}
	}
	if at := a.dashSpeaker(lo, hi, prev); at.found {
		return at
	}
	if a.stopsInside(f.outer) && hi > lo && english.StartsUpper(a.toks[lo].Text) && !a.bareAttribution(lo) {
		// the sentence ended inside the marks; what follows is a new one
		return attribution{}
	}
	return a.speakerAfter(lo, hi, prev)
}

// fromClosingAttribution reads a fragment that closes on a comma inside its
// marks and is followed by a name and a cue that end the sentence: "The
// loopholes he cited are “… depreciates,” The Hill reported." The
// attribution after it names its source, not a cue before it.
func (a *attributor) fromClosingAttribution(f *found, prev string) attribution {
	if a.beforeClosingMark(f.outer) != ',' || a.namedStrongCueBefore(f) {
		return attribution{}
	}
	lo, hi := a.afterWindow(f.outer.End)
	if hi == lo || !english.StartsUpper(a.toks[lo].Text) && a.toks[lo].Text != "the" || !a.bareAttribution(lo) {
		return attribution{}
	}
	return a.speakerAfter(lo, hi, prev)
}

// namedStrongCueBefore reports whether a name right before a strong cue
// opens the fragment's sentence: "Trump told the crowd that Clinton is “a
// liar,” Fox News reported" quotes Trump, whoever reported it.
func (a *attributor) namedStrongCueBefore(f *found) bool {
	lo, hi := a.beforeWindow(f.outer.Start)
	cands := a.cast.candidates(lo, hi)
	for _, c := range a.cues.in(lo, hi) {
		if !a.cues.strongAt(c) {
			continue
		}
		for _, k := range cands {
			if k.m != nil && k.tok < c && a.subjectRightBefore([]cand{k}, c) && !a.embedded(k.tok, c) {
				return true
			}
		}
	}
	return false
}

// fromVerbAfter reads a cue the lexicon does not know in the one place
// where any verb is one: right after a quotation that ends in , ! or ?
// inside its marks, "…,” Trump barked", "…!” beamed Donald Hartley".
func (a *attributor) fromVerbAfter(f *found, prev string) attribution {
	if r := a.beforeClosingMark(f.outer); r != ',' && r != '!' && r != '?' {
		return attribution{}
	}
	lo, hi := a.afterWindow(f.outer.End)
	cands := a.cast.candidates(lo, hi)
	if len(cands) == 0 || cands[0].m == nil {
		return attribution{}
	}
	c := cands[0]
	end := tokenEnd(a.toks, c.tok, c.m.End)
	// after ! or ? the sentence may have ended: "“Lock her up!” Trump
	// ignored them." names no speaker, so the name and verb must stand alone
	closed := a.beforeClosingMark(f.outer) != ','
	switch {
	case c.tok == lo && end < hi && verbLike(a.toks[end].Text) && (!closed || end+1 >= hi || clauseBreak(a.toks[end+1].Text)):
		return attribution{speaker: a.cast.resolve(c, prev), cue: a.toks[end].Text, found: true}
	case c.tok == lo+1 && verbLike(a.toks[lo].Text) && (!closed || !english.StartsUpper(a.toks[lo].Text)):
		return attribution{speaker: a.cast.resolve(c, prev), cue: a.toks[lo].Text, found: true}
	}
	return attribution{}
}

// beforeClosingMark is the character right inside a quotation's closing
// mark ("…,” has ','), or 0 when the quotation has no closing mark.
func (a *attributor) beforeClosingMark(outer storyline.Span) rune {
	i := outer.End - 1
	if i < 1 || !isCloseMark(a.body[i]) {
		return 0
	}
	return a.body[i-1]
}

// verbLike reports a past-tense form, in lower case or capitalised only at
// its start: "barked", "beamed", "Tweeted".
func verbLike(w string) bool {
	lw := strings.ToLower(w)
	if len(lw) <= 4 || w[1:] != lw[1:] {
		return false
	}
	return strings.HasSuffix(lw, "ed")
}

// fromStrongAfter is fromAfter with a cue that reports speech most of the
// time: "…,” while the US also needs to know …" does not attribute.
func (a *attributor) fromStrongAfter(f *found, prev string) attribution {
	at := a.fromAfter(f, prev)
	if at.cue != "" && !a.lex.strong(at.cue) && !strings.EqualFold(at.cue, "according to") {
		return attribution{}
	}
	return at
}

// bareAttribution reports whether the tokens from lo read "Rutte said.",
// "Rutte said," or "US Senator Jeff Sessions said as he …": a name, a cue
// and no clause after it (however it was punctuated).
func (a *attributor) bareAttribution(lo int) bool {
	for t := lo + 1; t < min(lo+6, len(a.toks)); t++ {
		w := a.toks[t].Text
		if w == "," {
			// "Rep. Glenn Thompson, R-Pa., said of the event"
			c := a.cues.afterApposition(t, len(a.toks))
			return c > 0 && a.noClauseAfterCue(c)
		}
		if a.cues.speechAt(t) {
			return a.noClauseAfterCue(t)
		}
		if !english.StartsUpper(w) {
			return false
		}
	}
	return false
}

// noClauseAfterCue reports whether no reported clause follows the cue at
// token t: "Rutte said.", "said on Friday", "told reporters during the call".
func (a *attributor) noClauseAfterCue(t int) bool {
	next := t + 1
	if Lemma(a.toks[t].Text) == "tell" && next+1 < len(a.toks) && isWord(a.toks[next].Text) {
		next++ // "Renteria told reporters during the call"
	}
	if next == len(a.toks) || a.toks[next].Text == "." || a.toks[next].Text == "," {
		return true
	}
	return noClauseAfter(a.lowTok(next))
}

// maxApposition bounds the words of an apposition between two commas.
const maxApposition = 12

func isWord(w string) bool {
	for _, r := range w {
		return unicode.IsLetter(r)
	}
	return false
}

// noClauseAfter are the words after a cue that show no reported clause
// follows it: "said as he launched the process", "said on Friday".
func noClauseAfter(w string) bool { return english.IsWeekday(w) || noClauseWords()[w] }

var noClauseWords = english.LazyWordSet(`as of on at in during while after before when to from with about
	earlier later today yesterday tonight`)

// stopsInside reports whether the last word inside the closing mark is
// followed by . ? or !.
func (a *attributor) stopsInside(outer storyline.Span) bool {
	i := outer.End - 1
	if i < 0 || !isCloseMark(a.body[i]) {
		return false
	}
	for i--; i > outer.Start && (unicode.IsSpace(a.body[i]) || isCloseMark(a.body[i])); i-- {
	}
	r := a.body[i]
	return r == '.' || r == '?' || r == '!'
}

// fromStrongBefore reads a cue that reports speech most of the time before
// the quotation; a fragment prefers it to a cue after it, and that to a
// weaker cue before it.
func (a *attributor) fromStrongBefore(f *found, prev string) attribution {
	lo, hi := a.beforeWindow(f.outer.Start)
	return a.strongBefore(lo, hi, prev)
}

func (a *attributor) fromBefore(f *found, prev string) attribution {
	lo, hi := a.beforeWindow(f.outer.Start)
	return a.speakerBefore(lo, hi, prev)
}

// fromPrevSentence reads "Schiff said. “The other factor …”": a quotation
// opening a sentence right after one that ends in its cue.
func (a *attributor) fromPrevSentence(f *found, prev string) attribution {
	t := a.tokenAt(f.outer.Start) - 1
	if t < 1 || a.toks[t].Text != "." || a.quoted[t] || a.paraOf(a.toks[t].Start) != a.paraOf(f.outer.Start) {
		return attribution{}
	}
	lo, hi := a.beforeWindow(a.toks[t].Start)
	cs := a.cues.in(max(lo, hi-5), hi)
	if len(cs) == 0 || !a.cues.strongAt(cs[len(cs)-1]) {
		return attribution{}
	}
	return a.around(a.cast.candidates(lo, hi), cs[len(cs)-1], prev, false)
}

// fromDashBefore reads "including Mitt Romney -- “It is disqualifying …”
// --": a name right before a dash that opens the quotation, when another
// dash closes it (an aside the name speaks). "Many disagreed with Trump --
// “He is unfit” was the refrain" has no closing dash and no speaker.
func (a *attributor) fromDashBefore(f *found, prev string) attribution {
	t := a.tokenAt(f.outer.Start) - 1
	after := a.tokenAt(f.outer.End)
	if t < 1 || !isDash(a.toks[t].Text) || a.quoted[t] || after >= len(a.toks) || !isDash(a.toks[after].Text) {
		return attribution{}
	}
	lo, _ := a.beforeWindow(a.toks[t].Start)
	cands := a.cast.candidates(lo, t)
	if len(cands) == 0 {
		return attribution{}
	}
	c := cands[len(cands)-1]
	if c.m == nil || tokenEnd(a.toks, c.tok, c.m.End) != t {
		return attribution{}
	}
	return attribution{speaker: a.cast.resolve(c, prev), found: true}
}

func (a *attributor) fromColon(f *found, prev string) attribution {
	return a.colonBefore(f.outer.Start, prev)
}

// colonBefore reads "Kallas told lawmakers:" ending the sentence or
// paragraph right before the quote.
func (a *attributor) colonBefore(pos int, prev string) attribution {
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
func (a *attributor) fromSubject(f *found, prev string) attribution {
	lo, hi := a.beforeWindow(f.outer.Start)
	cands := a.cast.candidates(lo, hi)
	if len(cands) == 0 || cands[0].tok != lo || cands[0].m == nil || cands[0].m.Type != storyline.Person {
		return attribution{}
	}
	return attribution{speaker: a.cast.resolve(cands[0], prev), found: true}
}

// fromSentenceEnd reads an attribution clause later in the sentence a
// fragment is in, after a comma: "“I think the evidence is extremely
// strong” than that of the CIA chief, Zuckoff said.", "“He can assert it”
// that Sanders can catch Clinton, said Steve Elmendorf, a strategist."
func (a *attributor) fromSentenceEnd(f *found, prev string) attribution {
	lo := a.tokenAt(f.outer.End)
	p := a.paras[a.paraOf(max(f.outer.End-1, 0))]
	end := lo
	for end < len(a.toks) && end-lo < maxSentence && a.toks[end].Start < p.End && !a.quoted[end] && !a.endsAt(end) {
		end++
	}
	for c := lo; c < end; c++ {
		if a.toks[c].Text != "," {
			continue
		}
		hi := min(end, c+6)
		cs := a.cues.in(c+1, hi)
		if len(cs) == 0 || !a.cues.strongAt(cs[0]) {
			continue
		}
		if at := a.speakerAfter(c+1, min(end, c+1+maxLateClause), prev); at.found {
			return at
		}
	}
	return attribution{}
}

// turnSpeaker is the person a transcript label names ("PENCE" → Mike
// Pence): the one mentioned whose last name is the label's last word.
func (a *attributor) turnSpeaker(label string) string {
	last := strings.ToLower(lastWord(label))
	for _, m := range a.cast.people {
		if strings.ToLower(lastWord(english.StripPossessive(m.Text))) == last {
			return a.cast.name(m)
		}
	}
	return ""
}
