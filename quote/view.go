package quote

import (
	"sort"
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// view is the read-only view of one body that the rules read: its runes,
// tokens, paragraphs and quoted segments, and per token whether it stands
// inside quotation marks. Its methods find their way in the text (which
// token, paragraph or sentence holds a position, where a sentence or a
// clause ends, what a bracket, an apposition or a negation spans); they
// decide nothing about quotations or speakers. Every other part of the
// package embeds the one view of its body.
type view struct {
	body   []rune
	toks   []storyline.Token
	paras  []storyline.Span
	segs   []segment
	quoted []bool // per token: inside a quoted segment
	lower  map[string]bool
	// lows are the tokens' texts lowered, each the first time lowTok
	// asks ("" until then: no token is empty)
	lows []string
}

// newView prepares the view of a Doc's body.
func newView(d *storyline.Doc) *view {
	v := &view{body: d.Runes(), toks: d.Tokens}
	v.paras = paragraphs(v.body)
	v.segs = findSegments(v.body, v.paras)
	v.quoted = make([]bool, len(v.toks))
	for i, t := range v.toks {
		v.quoted[i] = v.insideSegment(t.Span)
	}
	return v
}

func (v *view) insideSegment(s storyline.Span) bool {
	i := sort.Search(len(v.segs), func(i int) bool { return v.segs[i].Outer.End > s.Start })
	return i < len(v.segs) && v.segs[i].Outer.Start <= s.Start && s.End <= v.segs[i].Outer.End
}

// tokenAt is the index of the first token that starts at or after pos.
func (v *view) tokenAt(pos int) int {
	return sort.Search(len(v.toks), func(i int) bool { return v.toks[i].Start >= pos })
}

// paraOf is the index of the paragraph holding pos.
func (v *view) paraOf(pos int) int {
	i := sort.Search(len(v.paras), func(i int) bool { return v.paras[i].End > pos })
	return min(i, len(v.paras)-1)
}

// lowerWords is the set of the body's words written in lower case
// (english.LowerWords), made the first time it is asked: the cast asks it
// twice a body, and making it was 0.02 s of a one-core bench of the text
// dev dumps (bench --cpuprofile). Its readers only read it.
func (v *view) lowerWords() map[string]bool {
	if v.lower == nil {
		v.lower = english.LowerWords(v.toks, func(t storyline.Token) string { return t.Text })
	}
	return v.lower
}

// lowTok is strings.ToLower of token t's text, lowered once a body: the
// rules lower the same tokens over and over, and strings.ToLower made a
// third of the quote stage's allocations (BenchmarkStage -memprofile).
func (v *view) lowTok(t int) string {
	if v.lows == nil {
		v.lows = make([]string, len(v.toks))
	}
	w := v.lows[t]
	if w == "" {
		w = strings.ToLower(v.toks[t].Text)
		v.lows[t] = w
	}
	return w
}

// inParens reports whether token t stands inside brackets that open at most
// six tokens before it: "Schumer (D-N.Y.) said" names Schumer, not "Y.".
func (v *view) inParens(t int) bool {
	for i := t - 1; i >= 0 && i >= t-6; i-- {
		switch v.toks[i].Text {
		case "(", "[":
			return true
		case ")", "]":
			return false
		}
	}
	return false
}

// endsAt reports whether token t ends a sentence: a terminal mark not
// followed by a comma, bracket or lower-case word (the tokenizer splits the
// period off "(D-Md.)" and "R-Ky.,").
func (v *view) endsAt(t int) bool {
	if !english.IsStop(v.toks[t].Text) {
		return false
	}
	if t+1 >= len(v.toks) {
		return true
	}
	next := []rune(v.toks[t+1].Text)
	return !(next[0] == ',' || next[0] == ')' || next[0] == ';' || unicode.IsLower(next[0]))
}

// afterWindow is the token range from pos to the end of its clause: the next
// sentence end, opening quotation mark or paragraph end.
func (v *view) afterWindow(pos int) (int, int) {
	lo := v.tokenAt(pos)
	p := v.paras[v.paraOf(max(pos-1, 0))]
	hi := lo
	for hi < len(v.toks) && hi-lo < maxAfterWindow && v.toks[hi].Start < p.End && !v.quoted[hi] && !v.endsAt(hi) {
		hi++
	}
	return lo, hi
}

// beforeWindow is the token range from the start of pos's sentence to pos.
// Earlier quotations of the same sentence are passed over: "Trump said it
// was “disgusting” and “a con”" gives both fragments one speaker.
func (v *view) beforeWindow(pos int) (int, int) {
	hi := v.tokenAt(pos)
	p := v.paras[v.paraOf(pos)]
	lo := hi
	for lo > 0 && hi-lo < maxSentence && v.toks[lo-1].Start >= p.Start && (v.quoted[lo-1] || !v.endsAt(lo-1)) {
		if lo < hi && v.quoteEndsSentence(lo-1) {
			break
		}
		lo--
	}
	return lo, hi
}

// quoteEndsSentence reports whether token t closes a quotation that ends
// its sentence inside the marks ("… the timing." Gov. Pat McCrory said …).
func (v *view) quoteEndsSentence(t int) bool {
	if !v.quoted[t] || !isQuoteToken(v.toks[t].Text) || t < 1 || !english.IsStop(v.toks[t-1].Text) || t+1 >= len(v.toks) {
		return false
	}
	return english.StartsUpper(v.toks[t+1].Text) && !v.quoted[t+1]
}

// prevSentence is the token range of the sentence before the one holding
// token t, across a paragraph break; quotations inside a sentence belong to it.
func (v *view) prevSentence(t int) (int, int) {
	lo, _ := v.beforeWindow(v.toks[t].Start)
	for lo > 0 && v.quoted[lo-1] {
		lo--
	}
	if lo == 0 {
		return 0, 0
	}
	plo, _ := v.beforeWindow(v.toks[lo-1].Start)
	return plo, lo
}

// opensSentence reports whether a quotation opens its sentence: a fragment
// there ("“What are we going to do? That is the fight we’re taking” to the
// rest of the country.") goes on with the speaker before it.
func (v *view) opensSentence(pos int) bool {
	lo, hi := v.beforeWindow(pos)
	return lo == hi
}

// adjacentParas reports whether the paragraphs of tokens lo and t follow
// each other: news paragraphs are often one sentence long.
func (v *view) adjacentParas(lo, t int) bool {
	return v.paraOf(v.toks[t].Start)-v.paraOf(v.toks[lo].Start) == 1
}

// The facts of a clause below are read by more than one part (the cast,
// the attributor, the reader of reported speech).

// accordingTo reports whether "according to" starts at token t.
func (v *view) accordingTo(t int) bool {
	return !v.quoted[t] && t+1 < len(v.toks) && strings.EqualFold(v.toks[t].Text, "according") && strings.EqualFold(v.toks[t+1].Text, "to")
}

// pastBrackets skips a bracketed group at token t that closes before
// token limit: "Gowdy (R-S.C.)".
func (v *view) pastBrackets(t, limit int) int {
	if t >= limit || v.toks[t].Text != "(" {
		return t
	}
	for i := t + 1; i < limit; i++ {
		if v.toks[i].Text == ")" {
			return i + 1
		}
	}
	return t
}

// maxAffiliationWords bounds the place or body a person is "of": "of
// Ohio", "of the Cato Institute", "of the University of Chicago".
const maxAffiliationWords = 5

// pastAffiliation is the token after the place or body that follows token
// t as "of X" ("Boehner of Ohio said", "Tanner of the Cato Institute
// said"), or t when none does: X's capitalised words, with "of" or "for"
// between them ("the University of Chicago", "the Center for American
// Progress"), before limit and inside t's paragraph. It stops at a title
// ("Doe of Ohio Governor Joe Biden said"), and at "and": "Smith of Ohio
// and Jones of Texas said" names two people.
func (v *view) pastAffiliation(t, limit int) int {
	if t >= limit || v.toks[t].Text != "of" {
		return t
	}
	para := v.paraOf(v.toks[t].Start)
	k, end, words := t+1, t, 0
	if k < limit && strings.EqualFold(v.toks[k].Text, "the") {
		k++
	}
	for ; k < limit && words < maxAffiliationWords && v.paraOf(v.toks[k].Start) == para; k++ {
		w := v.toks[k].Text
		switch {
		case english.StartsUpper(w) && !english.IsTitle(w):
			words, end = words+1, k+1
		case words > 0 && (w == "of" || w == "for"):
		default:
			return end
		}
	}
	return end
}

// embedded reports whether the sentence from lo up to the cue at t is no
// statement of what was said: a question or relative clause opens it
// ("What the nominee said in the debate was …") or a negation stands in it
// ("Officials couldn't say how many …").
func (v *view) embedded(lo, t int) bool {
	for k := lo; k < t; k++ {
		w := v.lowTok(k)
		if w == "n't" || w == "not" || w == "never" || w == "cannot" || k == lo && whWords[w] {
			return true
		}
	}
	return false
}

// clauseSubject reports whether a cue has no subject of its own: an -ing
// form or an infinitive.
func (v *view) clauseSubject(cue int) bool {
	w := v.lowTok(cue)
	return strings.HasSuffix(w, "ing") || cue > 0 && strings.EqualFold(v.toks[cue-1].Text, "to")
}

// appositionEnd is the comma that closes an apposition opened by the comma
// at token t ("Murphy, the head of Right to Rise USA, …"), or -1 when the
// sentence or a quotation comes first.
func (v *view) appositionEnd(t int) int {
	for i := t + 1; i < len(v.toks) && i <= t+maxApposition; i++ {
		switch {
		case v.quoted[i] || v.endsAt(i):
			return -1
		case v.toks[i].Text == ",":
			return i
		}
	}
	return -1
}

// followsQuote reports whether the token t comes right after a quotation,
// past a comma.
func (v *view) followsQuote(t int) bool {
	return t > 0 && (v.quoted[t-1] || t > 1 && v.toks[t-1].Text == "," && v.quoted[t-2])
}

// closesClause reports whether the quotation ends its own clause: its last
// word inside the marks is followed by , . ? ! or the paragraph ends open.
func (v *view) closesClause(outer storyline.Span) bool {
	i := outer.End - 1
	if i < 0 {
		return false
	}
	if !isCloseMark(v.body[i]) {
		return true
	}
	for i--; i > outer.Start && (unicode.IsSpace(v.body[i]) || isCloseMark(v.body[i])); i-- {
	}
	r := v.body[i]
	return r == '.' || r == '?' || r == '!' || r == ',' || r == '…'
}
