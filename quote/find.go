package quote

import (
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// quotations reads the quoted segments (marks.go) as quotations: it joins
// the segments that make one quotation, tells a full quotation from a
// fragment and, once the attributor has read their speakers, drops what
// the marks enclose besides quotations. It reads the cues and the cast's
// candidates to tell a quotation split by its attribution from two.
type quotations struct {
	*view
	lex  *Lexicon
	cues *cues
	cast *cast
}

// found is a quotation under construction: the inner spans of its marked
// fragments (several when it runs over paragraphs or is split by its cue).
type found struct {
	frags []storyline.Span
	// between are the gaps between fragments: "…,” she said, “…".
	between []storyline.Span
	outer   storyline.Span
	kind    storyline.QuoteKind
	// turn is the speaker label of a transcript line, if it is one.
	turn string
	// near is the speaker the rules gave the quotation before it in the
	// same paragraph ("" for none), which they favour for its pronouns.
	near string
	// afterEnd, when above 0, is the token where the clause after the
	// quotation ends for the speaker features: a reading of reported
	// speech its attribution follows ends there ("…, the bloc's top
	// diplomat said Wednesday, as Brussels and New Delhi seek …").
	afterEnd int
	attribution
}

// group joins segments into quotations: a quote left open at a paragraph's
// end continues with the next paragraph's opening mark, and two quotes
// split by an attribution clause ("…,” she said, “…”) are one.
func (q *quotations) group() []found {
	var out []found
	for i := 0; i < len(q.segs); i++ {
		s := q.segs[i]
		f := found{frags: []storyline.Span{s.Inner}, outer: s.Outer, turn: s.Turn}
		for i+1 < len(q.segs) && q.continues(q.segs[i], q.segs[i+1]) {
			f.between = append(f.between, storyline.Span{Start: q.segs[i].Outer.End, End: q.segs[i+1].Outer.Start})
			i++
			f.frags = append(f.frags, q.segs[i].Inner)
			f.outer.End = q.segs[i].Outer.End
		}
		out = append(out, f)
	}
	return out
}

func (q *quotations) continues(s, next segment) bool {
	if next.Turn != "" {
		return false // a transcript line is a new speaker's turn
	}
	if s.Open {
		return next.Para == s.Para+1 && next.Outer.Start == q.paras[next.Para].Start && !q.namesOwnSpeaker(next)
	}
	if next.Para != s.Para {
		return false
	}
	lo, hi := q.tokenAt(s.Outer.End), q.tokenAt(next.Outer.Start)
	if hi-lo < 2 || hi-lo > maxBetween || len(q.cues.in(lo, hi)) == 0 || len(q.cast.candidates(lo, hi)) == 0 {
		return false
	}
	if hi-lo > maxShortBetween && (!q.opensWithCue(lo, hi) || q.cues.countStrong(lo, hi) > 1) {
		// a long clause between must be the attribution itself, and only
		// it: "“…,” Trump said, before Clinton, who spoke later, responded: “…”"
		return false
	}
	for t := lo; t < hi; t++ {
		if w := q.toks[t].Text; w == "?" || w == "!" || w == ";" || t < hi-1 && q.endsAt(t) {
			return false // one attribution clause, not a story between two quotations
		}
	}
	switch q.toks[hi-1].Text {
	case ",", ":":
		return true
	case ".":
		// "“…,” said Caddell. “…”" is one quotation only when the second part
		// has no attribution of its own.
		alo, ahi := q.afterWindow(next.Outer.End)
		return len(q.cues.in(alo, min(ahi, alo+8))) == 0
	}
	return false
}

// maxShortBetween and maxBetween bound the tokens between two quotations
// joined into one: any clause with a cue and a name up to the first, one
// that opens with its attribution ("…,” said Elaine Kamarck, a two-decade
// veteran of the DNC Rules Committee. “…”) up to the second. Tuned on the
// PolNeAR train split.
const (
	maxShortBetween = 12
	maxBetween      = 40
)

// opensWithCue reports whether the clause from lo opens with a cue, a name
// and a cue, or a name, an apposition and a cue: "said Kamarck, …",
// "Flynn, a top Trump surrogate, said …".
func (q *quotations) opensWithCue(lo, hi int) bool {
	for t := lo; t < hi && t < lo+4; t++ {
		if c, _ := q.cues.at(t); c != "" {
			return true
		}
		if q.toks[t].Text == "," && t > lo {
			return q.cues.afterApposition(t, hi) > 0
		}
	}
	return false
}

// namesOwnSpeaker reports whether a quotation is followed by a cue and a
// name of its own ("…,” added Rep. Jim Clyburn"): then it is not the
// continuation of the one before, even when that one was left open.
func (q *quotations) namesOwnSpeaker(s segment) bool {
	lo, hi := q.afterWindow(s.Outer.End)
	hi = min(hi, lo+cueReach)
	if len(q.cues.in(lo, hi)) == 0 {
		return false
	}
	for _, c := range q.cast.candidates(lo, hi) {
		if c.m != nil {
			return true
		}
	}
	return false
}

// classify tells a full quotation (nothing but an attribution around it)
// from a fragment inside someone's sentence.
func (q *quotations) classify(f *found) {
	f.kind = storyline.QuotePartial
	if len(f.frags) > 1 || f.turn != "" {
		f.kind = storyline.QuoteDirect
		return
	}
	lo, hi := q.beforeWindow(f.outer.Start)
	startOK := hi == lo
	if !startOK {
		last := q.toks[hi-1].Text
		startOK = last == ":" || (last == "," && len(q.cues.in(lo, hi)) > 0) || q.lex.speech(last)
	}
	alo, ahi := q.afterWindow(f.outer.End)
	endOK := ahi == alo || q.toks[alo].Text == "," && len(q.cues.in(alo, ahi)) > 0 || q.closesClause(f.outer)
	if startOK && endOK && opensUpper(q.body, f.frags[0]) {
		f.kind = storyline.QuoteDirect
	}
}

func isCloseMark(r rune) bool { return r == '”' || r == '"' || r == '\'' || r == '’' }

// opensUpper reports whether the first letter or digit of span s is a
// capital or a digit.
func opensUpper(body []rune, s storyline.Span) bool {
	for i := s.Start; i < s.End; i++ {
		if unicode.IsLetter(body[i]) || unicode.IsDigit(body[i]) {
			return unicode.IsUpper(body[i]) || unicode.IsDigit(body[i])
		}
	}
	return false
}

// keep drops what quotation marks also enclose besides quotations: titles
// of shows and books ("Fox News Sunday", "13th") and scare quotes of a word
// or two that no cue attributes to anyone.
func (q *quotations) keep(f found) bool {
	words := strings.Fields(string(q.body[f.frags[0].Start:f.frags[0].End]))
	if len(f.frags) == 1 && len(words) <= maxTitleWords && english.TitleCase(words) && q.namedWork(f.outer.Start) {
		return false // MSNBC's “Morning Joe”, an ad titled “Arrogant”
	}
	if f.kind == storyline.QuoteDirect || f.found {
		return true
	}
	return len(words) > maxBareWords && !english.TitleCase(words)
}

// maxTitleWords is the longest title namedWork drops.
const maxTitleWords = 5

// namedWork reports whether the word before a quotation says a title
// follows: a possessive ("CBS's “Face the Nation”") or a word that
// introduces a name ("titled", "dubbed", "on").
func (q *quotations) namedWork(pos int) bool {
	t := q.tokenAt(pos) - 1
	if t < 0 || q.quoted[t] {
		return false
	}
	w := q.lowTok(t)
	return w == "'s" || w == "’s" || titleIntroducers[w]
}

var titleIntroducers = map[string]bool{"titled": true, "entitled": true, "dubbed": true, "on": true}

// maxBareWords is the longest fragment kept without a cue: tuned on the
// PolNeAR train split.
const maxBareWords = 2

// quotes turns the found quotations into the exported form: one quote for
// each marked fragment, all with the quotation's speaker, cue and kind, the
// later ones continuing the one before. A quotation that goes on with the
// attribution of the one before it (sameAttribution) continues that one
// too, with its speaker, cue and kind.
func (q *quotations) quotes(fs []found) []storyline.Quote {
	out := make([]storyline.Quote, 0, len(fs))
	var head, last *found
	for i := range fs {
		f := &fs[i]
		if !q.keep(*f) {
			continue
		}
		parts := q.fragments(*f)
		if head != nil && q.sameAttribution(*head, *last, *f) {
			for k := range parts {
				parts[k].Speaker, parts[k].Cue, parts[k].Kind, parts[k].Continues = head.speaker, head.cue, head.kind, true
			}
		} else {
			head = f
		}
		last = f
		out = append(out, parts...)
	}
	return out
}

// endsInside reports whether the last fragment of a quotation ends its
// sentence inside the marks: “… a reckless gamble.” The mayor …
func (q *quotations) endsInside(f found) bool {
	last := f.frags[len(f.frags)-1]
	for i := last.End - 1; i >= last.Start; i-- {
		switch r := q.body[i]; {
		case r == '.' || r == '?' || r == '!':
			return true
		case !unicode.IsSpace(r):
			return false
		}
	}
	return false
}

// sameAttribution reports whether quotation f goes on with the attribution
// of head, whose last quotation so far is last (PolNeAR marks such a run as
// one attribution):
//   - fragments of one clause with one cue and speaker, nothing between
//     them ending the sentence or bringing a strong cue of its own: "Trump
//     said Bush is “like a spoiled child” and “not a smart man”";
//   - a full quotation with no attribution of its own after a full one and
//     the sentence of its attribution, in the same paragraph: "“…,” the
//     senator said during Saturday's debate. “…”".
//
// On the PolNeAR train split, of the pairs of quotations these join 92% of
// the fragments and 88% of the full quotations are one attribution.
func (q *quotations) sameAttribution(head, last, f found) bool {
	if head.cue == "" || f.kind != head.kind || last.kind != head.kind || last.outer.End > f.outer.Start ||
		q.paraOf(last.outer.End-1) != q.paraOf(f.outer.Start) {
		return false
	}
	lo, hi := q.tokenAt(last.outer.End), q.tokenAt(f.outer.Start)
	switch head.kind {
	case storyline.QuotePartial:
		if f.cue != head.cue || f.speaker != head.speaker || q.cues.countStrong(lo, hi) > 0 || q.endsInside(last) {
			return false
		}
		for t := lo; t < hi; t++ {
			if w := q.toks[t].Text; w == "?" || w == "!" || w == ";" || w == "." {
				return false // any stop, even one endsAt would not end a sentence at
			}
		}
		return true
	case storyline.QuoteDirect:
		if f.cue != "" {
			return false
		}
		end := hi
		for end > lo && isQuoteToken(q.toks[end-1].Text) {
			end--
		}
		return end > lo && q.toks[end-1].Text == "."
	}
	return false
}

// fragments are the exported quotes of one found quotation, one for each
// marked fragment.
func (q *quotations) fragments(f found) []storyline.Quote {
	out := make([]storyline.Quote, len(f.frags))
	for i, s := range f.frags {
		out[i] = storyline.Quote{
			Text: string(q.body[s.Start:s.End]), Speaker: f.speaker, Cue: f.cue, Kind: f.kind,
			Start: s.Start, End: s.End, Continues: i > 0,
		}
	}
	return out
}
