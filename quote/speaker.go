package quote

import (
	"strings"

	"github.com/storyline-news/storyline/english"
)

// Windows, in tokens, the attribution rules look through around a quotation.
const (
	// cueReach is how far after a quotation's closing mark its own cue may
	// stand: past a name and a short apposition ("…,” Scott Pruitt, the
	// attorney general of Oklahoma, said"), not as far as a clause about
	// something else. speakerAfter (which cue attributes the quotation)
	// and namesOwnSpeaker (whether the quotation has a speaker of its own,
	// so it does not continue the one before) must look as far, or one
	// would find a cue the other misses. 13 gave one more right speaker
	// than 12 on PolNeAR train (4277 against 4276 of 5734).
	cueReach = 13
	// maxAfterWindow bounds the rest of the sentence after a quotation that
	// the rules read for its attribution: an attribution sits in the first
	// words after the mark, and a body whose sentence breaks were lost
	// costs no more than this per quotation.
	maxAfterWindow = 30
	// maxSentence bounds a sentence the rules read in full, back to its
	// start or on to its end: twice as long as news sentences run, so it
	// cuts only text whose sentence breaks were lost.
	maxSentence = 60
	// maxLateClause is the longest attribution clause after a comma late
	// in the sentence ("…” that Sanders can catch Clinton, said Steve
	// Elmendorf, a strategist.").
	maxLateClause = 11
)

// attribution is a speaker found for a quote: the name ("" when it could not
// be resolved) and the cue.
type attribution struct {
	speaker, cue string
	found        bool
}

// speakerAfter reads "…,” Rutte said", "…,” said Rutte", "…,” Rutte told
// Trump": a cue among the first words after the closing mark.
func (a *attributor) speakerAfter(lo, hi int, prev string) attribution {
	cands := a.cast.candidates(lo, hi)
	if len(cands) > 0 && cands[0].m != nil && a.leadsClause(lo, cands[0].tok) {
		// "…,” Scott Pruitt, the attorney general of Oklahoma, …, said",
		// "…,” the economist Jared Bernstein, a former adviser, wrote"
		e := tokenEnd(a.toks, cands[0].tok, cands[0].m.End)
		if e < hi && a.toks[e].Text == "," {
			if cs := a.cues.in(e, hi); len(cs) > 0 {
				word, _ := a.cues.at(cs[0])
				return attribution{speaker: a.cast.resolve(cands[0], prev), cue: word, found: true}
			}
		}
	}
	for _, c := range a.cues.in(lo, min(hi, lo+cueReach)) {
		if at := a.around(cands, c, prev, true); at.found {
			return at
		}
	}
	return attribution{}
}

// firstNamed is the attribution of the first cue before a quotation whose
// subject has a name; failing that, of the first whose subject is a common
// noun ("In a Facebook message posted Friday, Cruz said …"). After a
// quotation the first cue is its own: "…,” the aide said, while Trump said
// nothing" is the aide's.
func (a *attributor) firstNamed(cands []cand, cues []int, prev string) attribution {
	var unnamed attribution
	for _, c := range cues {
		at := a.around(cands, c, prev, true)
		if at.found && at.speaker != "" {
			return at
		}
		if at.found && !unnamed.found {
			unnamed = at
		}
	}
	return unnamed
}

// leadsClause reports whether the candidate at token c opens the clause
// from lo, past at most three words that are no cue, comma or verb form:
// "Scott Pruitt", "Texas delegate Bill Eastland", "the economist Jared
// Bernstein".
func (a *attributor) leadsClause(lo, c int) bool {
	if c-lo > 3 {
		return false
	}
	for t := lo; t < c; t++ {
		w := a.toks[t].Text
		if a.quoted[t] || clauseBreak(w) || a.cues.speechAt(t) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
			return false
		}
	}
	return true
}

// around picks the cue's subject: the candidate nearest before it (past
// any apposition), else the first one just after it ("said Rutte",
// "according to X"). A participle or infinitive cue ("…, saying", "took to
// Twitter to accuse") takes the subject of the whole sentence, its first
// candidate. A cue whose subject is a common noun ("one questioner
// claimed") is found with no name, rather than a guess.
func (a *attributor) around(cands []cand, cue int, prev string, nominal bool) attribution {
	word, n := a.cues.at(cue)
	if nominal && a.cast.nominalSubject(cue) {
		return attribution{speaker: a.cast.nominalOwner(cands, cue, prev), cue: word, found: true}
	}
	if c := a.finiteCueBefore(cands, cue); c >= 0 {
		// "Nefzi said, adding, “…”": the participle goes with the cue before it
		at := a.around(cands, c, prev, nominal)
		at.cue = word
		return at
	}
	var pick *cand
	for i := range cands {
		if cands[i].tok < cue && word != "according to" && (pick == nil || !a.clauseSubject(cue)) {
			pick = &cands[i]
		}
	}
	if pick != nil && cue > 0 && a.toks[cue-1].Text == "," {
		pick = a.appositionHead(cands, cue, pick)
	}
	if s := a.sentenceSubject(cands, cue); pick != nil && s != nil && a.clauseSubject(cue) {
		pick = s
	}
	if pick == nil {
		if name, ok := a.cast.nominalAfter(cands, cue, cue+n, prev); ok {
			return attribution{speaker: name, cue: word, found: true}
		}
		// "… and criticized Obama": the name after a cue that never
		// inverts is its object, but "…,” agrees Michelle Stevens"
		if a.lex.inverts(word) || a.followsQuote(cue) {
			for i := range cands {
				if cands[i].tok >= cue+n && (cands[i].tok <= cue+n+3 || a.cues.describes(cue+n, cands[i].tok)) {
					pick = a.describedName(cands, cue+n, &cands[i])
					break
				}
			}
		}
	}
	if pick == nil {
		return attribution{}
	}
	return attribution{speaker: a.cast.resolve(*pick, prev), cue: word, found: true}
}

// describedName is the name that a description holding the picked name
// leads to after a comma: "said the Clinton campaign's chairman, John
// Podesta" is Podesta's.
func (a *attributor) describedName(cands []cand, from int, pick *cand) *cand {
	for i := range cands {
		c := &cands[i]
		if c.tok > pick.tok && c.m != nil && a.toks[c.tok-1].Text == "," && a.cues.describes(from, c.tok) {
			return c
		}
	}
	return pick
}

// relativeWords open a clause that ends a noun phrase: "a data expert who
// has worked for one of Trump's rivals".
var relativeWords = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "that": true}

// sentenceSubject is the subject of the sentence a participle or infinitive
// cue at token cue hangs from: the first candidate before it that a verb
// follows, past a fronted phrase ("Following his meeting with Rutte, Trump
// announced a shift, stating that …" is Trump's); else nil.
func (a *attributor) sentenceSubject(cands []cand, cue int) *cand {
	for i := range cands {
		c := &cands[i]
		if c.tok >= cue {
			break
		}
		t := a.cast.candEnd(*c)
		for t < cue && adverbOrAux(a.lowTok(t)) {
			t++
		}
		if t < cue && t > c.tok && a.cues.finiteVerb(a.toks[t].Text) {
			return c
		}
	}
	return nil
}

// subjectRightBefore reports whether a candidate ends right before the cue
// at t, past adverbs: "Nefzi said", "Spicer also said".
func (a *attributor) subjectRightBefore(cands []cand, t int) bool {
	for t > 0 && adverbOrAux(a.lowTok(t-1)) {
		t--
	}
	for _, c := range cands {
		if a.cast.candEnd(c) == t {
			return true
		}
	}
	return false
}

// appositionHead reads "Ayrault, the foreign minister of France, a member
// of the Security Council, said": when a comma closes an apposition right
// before the cue, the subject is the first candidate that a comma follows,
// not a name inside the apposition. A pronoun nearest the cue gives way
// only to a name that a relative clause follows ("Christie, who has
// campaigned for Trump since he quit, blasted"), not to one in a clause of
// its own ("After meeting Trump, she, in turn, said").
func (a *attributor) appositionHead(cands []cand, cue int, nearest *cand) *cand {
	for i := range cands {
		c := &cands[i]
		if c.tok >= cue || c.m == nil {
			continue
		}
		e := a.pastAffiliation(tokenEnd(a.toks, c.tok, c.m.End), cue)
		if e >= cue-1 || a.toks[e].Text != "," {
			continue
		}
		if nearest.m == nil && !relativeWords[a.lowTok(e+1)] {
			continue
		}
		return c
	}
	return nearest
}

func clauseBreak(w string) bool {
	return w == "," || w == ";" || w == ":" || w == "(" || w == ")" || english.IsStop(w) || isQuoteToken(w) || isDash(w)
}

// adverbOrAux reports words that stand between a subject and its verb
// ("Rutte also said", "she has said") without being the subject.
func adverbOrAux(w string) bool {
	switch w {
	case "has", "have", "had", "also", "then", "later", "once", "again", "was", "is", "would", "will", "did", "does", "further", "still", "even", "just", "now",
		"and", "but", "or", "yet", "so", "who", "which", "that", "not", "never", "recently", "previously":
		return true
	}
	return strings.HasSuffix(w, "ly")
}

// speakerBefore reads "Rutte said: “…", "Trump said that allies would “…”":
// the first strong cue of the sentence and its subject, else a weaker cue
// and the sentence's first candidate, else a colon after a candidate.
func (a *attributor) speakerBefore(lo, hi int, prev string) attribution {
	if at := a.strongBefore(lo, hi, prev); at.found {
		return at
	}
	return a.weakBefore(lo, hi, prev)
}

// strongBefore is speakerBefore with strong cues only.
func (a *attributor) strongBefore(lo, hi int, prev string) attribution {
	cands := a.cast.candidates(lo, hi)
	if len(cands) > 0 && cands[0].m != nil {
		// "Pat Caddell: Democrats Worried …" opens a headline or a transcript line
		if e := tokenEnd(a.toks, cands[0].tok, cands[0].m.End); cands[0].tok == lo && e < hi && a.toks[e].Text == ":" {
			return attribution{speaker: a.cast.resolve(cands[0], prev), found: true}
		}
	}
	if at := a.colonClause(cands, lo, hi, prev); at.found {
		return at
	}
	cs := a.cues.in(lo, hi)
	var strong []int
	for _, c := range cs {
		if a.cues.strongAt(c) || strings.EqualFold(a.toks[c].Text, "according") {
			strong = append(strong, c)
		}
	}
	if n := len(strong); n > 1 && hi-strong[n-1] <= 2 && !a.accordingTo(strong[0]) {
		// "Asked about it, Clinton said, “…": the cue that introduces the
		// quotation comes first
		strong[0], strong[n-1] = strong[n-1], strong[0]
	}
	return a.firstNamed(cands, strong, prev)
}

// colonClause reads the clause that a colon, or a comma after a clause of
// at most maxCommaClause words, closes right before a quotation: "When
// Trump suggested …, Rubio fired back forcefully: “…”", "After Brown
// criticized Bill Clinton, Hillary shot back, “…”" give the quotation to
// the subject after the comma before.
func (a *attributor) colonClause(cands []cand, lo, hi int, prev string) attribution {
	if hi-lo < 3 || a.toks[hi-1].Text != ":" && a.toks[hi-1].Text != "," {
		return attribution{}
	}
	comma := hi - 2
	for comma > lo && a.toks[comma].Text != "," {
		comma--
	}
	if comma <= lo || a.toks[hi-1].Text == "," && hi-1-comma > maxCommaClause {
		return attribution{}
	}
	for _, c := range cands {
		if c.tok > comma && c.tok < hi-1 && (c.m != nil || c.pron) {
			if c.tok > comma+1 && !a.opensClause(comma+1, c.tok) {
				return attribution{}
			}
			word := ""
			if cs := a.cues.in(c.tok, hi); len(cs) > 0 {
				word, _ = a.cues.at(cs[0])
			}
			return attribution{speaker: a.cast.resolve(c, prev), cue: word, found: true}
		}
	}
	return attribution{}
}

// maxCommaClause is the longest clause between two commas that colonClause
// reads as the one introducing a quotation.
const maxCommaClause = 5

// opensClause reports whether only titles and adjectives stand between a
// comma and a candidate: "…, Sen. Rubio fired back:" but not "…, telling
// Rubio:".
func (a *attributor) opensClause(from, to int) bool {
	for t := from; t < to; t++ {
		w := a.toks[t].Text
		if !english.StartsUpper(w) && !english.IsDeterminer(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// weakBefore reads a cue that only sometimes reports speech, with a
// candidate before it, or a colon after a candidate.
func (a *attributor) weakBefore(lo, hi int, prev string) attribution {
	cands := a.cast.candidates(lo, hi)
	for _, c := range a.cues.in(lo, hi) {
		if before := beforeOnly(cands, c); len(before) > 0 {
			word, _ := a.cues.at(c)
			return attribution{speaker: a.cast.resolve(before[0], prev), cue: word, found: true}
		}
	}
	if hi > lo && a.toks[hi-1].Text == ":" && len(cands) > 0 {
		return attribution{speaker: a.cast.resolve(cands[0], prev), found: true}
	}
	return attribution{}
}

func beforeOnly(cands []cand, cue int) []cand {
	var out []cand
	for _, c := range cands {
		if c.tok < cue {
			out = append(out, c)
		}
	}
	return out
}

// dashSpeaker reads "…” ― Karen Bobadilla": a name after a dash that
// follows the closing mark.
func (a *attributor) dashSpeaker(lo, hi int, prev string) attribution {
	if hi-lo < 2 || !isDash(a.toks[lo].Text) {
		return attribution{}
	}
	for _, c := range a.cast.candidates(lo+1, min(hi, lo+3)) {
		if c.m != nil {
			return attribution{speaker: a.cast.resolve(c, prev), found: true}
		}
	}
	return attribution{}
}

func isDash(s string) bool { return s == "―" || s == "—" || s == "–" || s == "-" || s == "--" }

// finiteCueBefore is, for a participle cue right after a comma ("adding",
// "saying"), a strong cue at most three words before that comma ("Nefzi
// said Tuesday, adding"); else -1.
func (a *attributor) finiteCueBefore(cands []cand, cue int) int {
	if !strings.HasSuffix(a.lowTok(cue), "ing") || len(cands) == 0 || cue < 2 || a.toks[cue-1].Text != "," {
		return -1
	}
	for t := cue - 2; t > cands[0].tok && t >= cue-4; t-- {
		if a.cues.strongAt(t) && !a.quoted[t] && !a.clauseSubject(t) && a.subjectRightBefore(cands, t) {
			return t
		}
	}
	return -1
}
