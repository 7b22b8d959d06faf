package quote

import (
	"sort"
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
	"github.com/storyline-news/storyline/entity"
)

// cand is a possible speaker: a PERSON or ORG mention, or a pronoun, at a
// token outside quotation marks.
type cand struct {
	tok  int
	m    *storyline.Mention
	pron bool
}

var speakerPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "it": true}

// cueFollows reports whether a speech cue comes right after token t, past
// an adverb ("it said", "it also said"): only then is "it" a speaker.
func (a *analysis) cueFollows(t int) bool {
	for i := t + 1; i < len(a.toks) && i <= t+2; i++ {
		if a.lex.speech(a.toks[i].Text) {
			return true
		}
		if !adverbOrAux(strings.ToLower(a.toks[i].Text)) {
			return false
		}
	}
	return false
}

// mentionFrom is the index of the first mention starting at or after pos.
func (a *analysis) mentionFrom(pos int) int {
	return sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start >= pos })
}

func (a *analysis) candidates(lo, hi int) []cand {
	var out []cand
	if lo >= hi {
		return nil
	}
	for i := a.mentionFrom(a.toks[lo].Start); i < len(a.ments); i++ {
		m := &a.ments[i]
		t := a.tokenAt(m.Start)
		if t >= hi {
			break
		}
		if !a.inParens(t) {
			out = append(out, cand{tok: t, m: m})
		}
	}
	for t := lo; t < hi; t++ {
		if a.quoted[t] {
			continue
		}
		if w := strings.ToLower(a.toks[t].Text); speakerPronouns[w] && (w != "it" || a.cueFollows(t)) {
			out = append(out, cand{tok: t, pron: true})
		}
		if m, ok := a.titled(t, out); ok {
			out = append(out, cand{tok: t + 1, m: m})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].tok < out[j].tok })
	return out
}

// inParens reports whether token t stands inside brackets that open at most
// six tokens before it: "Schumer (D-N.Y.) said" names Schumer, not "Y.".
func (a *analysis) inParens(t int) bool {
	for i := t - 1; i >= 0 && i >= t-6; i-- {
		switch a.toks[i].Text {
		case "(", "[":
			return true
		case ")", "]":
			return false
		}
	}
	return false
}

// titled reads "Mr. King" where the tagger missed "King" but the document
// names a person "Larry King": the title and the surname make a candidate.
func (a *analysis) titled(t int, have []cand) (*storyline.Mention, bool) {
	if !english.IsSurnameTitle(strings.ToLower(a.toks[t].Text)) || t+1 >= len(a.toks) {
		return nil, false
	}
	next := a.toks[t+1]
	for _, c := range have {
		if c.tok == t+1 {
			return nil, false
		}
	}
	full, ok := a.names[strings.ToLower(next.Text)]
	if !ok || !english.StartsUpper(next.Text) || a.insideMention(next.Span) {
		return nil, false
	}
	return entity.Titled(next, a.canonicalOf(full)), true
}

func (a *analysis) insideMention(s storyline.Span) bool {
	i := a.mentionFrom(s.Start)
	return i < len(a.ments) && a.ments[i].Start == s.Start || i > 0 && a.ments[i-1].End > s.Start
}

// resolve turns a candidate into a canonical name; prev is the speaker of
// the quote before, which a pronoun most often continues.
func (a *analysis) resolve(c cand, prev string) string {
	if c.m != nil {
		return a.name(*c.m)
	}
	return a.resolvePronoun(c.tok, prev)
}

// endsAt reports whether token t ends a sentence: a terminal mark not
// followed by a comma, bracket or lower-case word (the tokenizer splits the
// period off "(D-Md.)" and "R-Ky.,").
func (a *analysis) endsAt(t int) bool {
	if !english.IsStop(a.toks[t].Text) {
		return false
	}
	if t+1 >= len(a.toks) {
		return true
	}
	next := []rune(a.toks[t+1].Text)
	return !(next[0] == ',' || next[0] == ')' || next[0] == ';' || unicode.IsLower(next[0]))
}

// afterWindow is the token range from pos to the end of its clause: the next
// sentence end, opening quotation mark or paragraph end.
func (a *analysis) afterWindow(pos int) (int, int) {
	lo := a.tokenAt(pos)
	p := a.paras[a.paraOf(max(pos-1, 0))]
	hi := lo
	for hi < len(a.toks) && hi-lo < maxAfterWindow && a.toks[hi].Start < p.End && !a.quoted[hi] && !a.endsAt(hi) {
		hi++
	}
	return lo, hi
}

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

// beforeWindow is the token range from the start of pos's sentence to pos.
// Earlier quotations of the same sentence are passed over: "Trump said it
// was “disgusting” and “a con”" gives both fragments one speaker.
func (a *analysis) beforeWindow(pos int) (int, int) {
	hi := a.tokenAt(pos)
	p := a.paras[a.paraOf(pos)]
	lo := hi
	for lo > 0 && hi-lo < maxSentence && a.toks[lo-1].Start >= p.Start && (a.quoted[lo-1] || !a.endsAt(lo-1)) {
		if lo < hi && a.quoteEndsSentence(lo-1) {
			break
		}
		lo--
	}
	return lo, hi
}

// quoteEndsSentence reports whether token t closes a quotation that ends
// its sentence inside the marks ("… the timing." Gov. Pat McCrory said …).
func (a *analysis) quoteEndsSentence(t int) bool {
	if !a.quoted[t] || !isQuoteToken(a.toks[t].Text) || t < 1 || !english.IsStop(a.toks[t-1].Text) || t+1 >= len(a.toks) {
		return false
	}
	return english.StartsUpper(a.toks[t+1].Text) && !a.quoted[t+1]
}

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

// attribution is a speaker found for a quote: the name ("" when it could not
// be resolved) and the cue.
type attribution struct {
	speaker, cue string
	found        bool
}

// speakerAfter reads "…,” Rutte said", "…,” said Rutte", "…,” Rutte told
// Trump": a cue among the first words after the closing mark.
func (a *analysis) speakerAfter(lo, hi int, prev string) attribution {
	cands := a.candidates(lo, hi)
	if len(cands) > 0 && cands[0].m != nil && a.leadsClause(lo, cands[0].tok) {
		// "…,” Scott Pruitt, the attorney general of Oklahoma, …, said",
		// "…,” the economist Jared Bernstein, a former adviser, wrote"
		e := tokenEnd(a.toks, cands[0].tok, cands[0].m.End)
		if e < hi && a.toks[e].Text == "," {
			if cs := a.cues(e, hi); len(cs) > 0 {
				word, _ := a.cueAt(cs[0])
				return attribution{speaker: a.resolve(cands[0], prev), cue: word, found: true}
			}
		}
	}
	for _, c := range a.cues(lo, min(hi, lo+cueReach)) {
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
func (a *analysis) firstNamed(cands []cand, cues []int, prev string) attribution {
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
func (a *analysis) leadsClause(lo, c int) bool {
	if c-lo > 3 {
		return false
	}
	for t := lo; t < c; t++ {
		w := a.toks[t].Text
		if a.quoted[t] || clauseBreak(w) || a.lex.speech(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
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
func (a *analysis) around(cands []cand, cue int, prev string, nominal bool) attribution {
	word, n := a.cueAt(cue)
	if nominal && a.nominalSubject(cue) {
		return attribution{speaker: a.nominalOwner(cands, cue, prev), cue: word, found: true}
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
		if name, ok := a.nominalAfter(cands, cue, cue+n, prev); ok {
			return attribution{speaker: name, cue: word, found: true}
		}
		// "… and criticized Obama": the name after a cue that never
		// inverts is its object, but "…,” agrees Michelle Stevens"
		if a.lex.inverts(word) || a.followsQuote(cue) {
			for i := range cands {
				if cands[i].tok >= cue+n && (cands[i].tok <= cue+n+3 || a.describes(cue+n, cands[i].tok)) {
					pick = a.describedName(cands, cue+n, &cands[i])
					break
				}
			}
		}
	}
	if pick == nil {
		return attribution{}
	}
	return attribution{speaker: a.resolve(*pick, prev), cue: word, found: true}
}

// describedName is the name that a description holding the picked name
// leads to after a comma: "said the Clinton campaign's chairman, John
// Podesta" is Podesta's.
func (a *analysis) describedName(cands []cand, from int, pick *cand) *cand {
	for i := range cands {
		c := &cands[i]
		if c.tok > pick.tok && c.m != nil && a.toks[c.tok-1].Text == "," && a.describes(from, c.tok) {
			return c
		}
	}
	return pick
}

// nominalAfter reads a common noun that speaks right after the cue that
// follows a quotation: "…,” said a spokesman for Sanders" (the name inside
// it), "…,” said the commission" (the organisation it stands for), "…,”
// tweeted a German user" (nobody we can name, but no one before either).
func (a *analysis) nominalAfter(cands []cand, cue, t int, prev string) (string, bool) {
	if t >= len(a.toks) || !a.followsQuote(cue) || a.clauseSubject(cue) || a.quoted[t] || !nounOpener(strings.ToLower(a.toks[t].Text)) {
		return "", false
	}
	end := t + 1
	for end < len(a.toks) && end-t < 12 && !a.quoted[end] && !clauseBreak(a.toks[end].Text) && !relativeWords[strings.ToLower(a.toks[end].Text)] {
		end++
	}
	if end+1 < len(a.toks) && a.toks[end].Text == "," && a.candidateAt(cands, end+1) {
		return "", false // "said the Clinton campaign's chairman, John Podesta"
	}
	if name, ok := a.nameInside(cands, t, end, prev); ok {
		return name, true
	}
	if !strings.EqualFold(a.toks[t].Text, "the") {
		return "", true
	}
	return a.theNoun(a.descriptionHead(t, end), t), true
}

// descriptionHead is the head noun of the description from token the up to
// end: the word before its first preposition ("the president of the
// union", "the US president on Wednesday"), else its last word.
func (a *analysis) descriptionHead(the, end int) int {
	for i := the + 1; i < end; i++ {
		if linking(strings.ToLower(a.toks[i].Text)) {
			return i - 1
		}
	}
	return end - 1
}

// theNoun is who "the X" stands for, X the noun at token head and "the" at
// token the: the person the document described as X ("the nominee" after
// "Trump, the Republican nominee"), else the organisation named before
// whose head X is ("the department" after "the Justice Department").
func (a *analysis) theNoun(head, the int) string {
	noun := roleNoun(a.toks[head].Text)
	if name, ok := a.roleOf[noun]; ok {
		return name
	}
	if name, ok := a.roleOf[strings.ToLower(a.toks[head].Text)]; ok && name == "" {
		return "" // a title the text gives two people
	}
	if org := a.orgByHead(noun, a.toks[the].Start); org != "" {
		return org
	}
	return a.describedPerson(the, head)
}

// nameInside is the last name in the noun phrase from lo to hi, the one
// its words speak for ("a spokesman for Sanders"), unless the phrase is a
// person of their own ("an aide to Trump", "a source close to the
// Clintons": their words are not Trump's); ok is false when it has no name.
func (a *analysis) nameInside(cands []cand, lo, hi int, prev string) (string, bool) {
	for i := len(cands) - 1; i >= 0; i-- {
		c := cands[i]
		if c.m == nil || c.tok < lo || c.tok >= hi {
			continue
		}
		for t := lo; t < hi; t++ {
			if ownPerson[strings.ToLower(a.toks[t].Text)] {
				return "", true // "an aide to Trump", "a Trump adviser"
			}
		}
		return a.resolve(c, prev), true
	}
	return "", false
}

// ownPerson are nouns for people who speak for themselves even when a
// name stands beside them.
var ownPerson = map[string]bool{
	"adviser": true, "advisor": true, "aide": true, "source": true, "sources": true, "official": true,
	"officials": true, "person": true, "people": true, "friend": true, "friends": true, "ally": true,
	"allies": true, "member": true, "members": true, "supporter": true, "supporters": true, "critic": true,
	"critics": true, "expert": true, "strategist": true, "staffer": true, "operative": true, "insider": true,
	"donor": true, "lawyer": true, "attorney": true, "voter": true, "voters": true, "delegate": true,
	"analyst": true, "colleague": true, "veteran": true,
}

func (a *analysis) candidateAt(cands []cand, t int) bool {
	for _, c := range cands {
		if c.tok == t && c.m != nil {
			return true
		}
	}
	return false
}

// followsQuote reports whether the token t comes right after a quotation,
// past a comma.
func (a *analysis) followsQuote(t int) bool {
	return t > 0 && (a.quoted[t-1] || t > 1 && a.toks[t-1].Text == "," && a.quoted[t-2])
}

// relativeWords open a clause that ends a noun phrase: "a data expert who
// has worked for one of Trump's rivals".
var relativeWords = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "that": true}

// nounOpeners open a common-noun phrase.
func nounOpener(w string) bool { return english.IsArticle(w) || w == "another" || w == "one" }

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

// sentenceSubject is the subject of the sentence a participle or infinitive
// cue at token cue hangs from: the first candidate before it that a verb
// follows, past a fronted phrase ("Following his meeting with Rutte, Trump
// announced a shift, stating that …" is Trump's); else nil.
func (a *analysis) sentenceSubject(cands []cand, cue int) *cand {
	for i := range cands {
		c := &cands[i]
		if c.tok >= cue {
			break
		}
		t := a.candEnd(*c)
		for t < cue && adverbOrAux(strings.ToLower(a.toks[t].Text)) {
			t++
		}
		if t < cue && t > c.tok && a.finiteVerb(a.toks[t].Text) {
			return c
		}
	}
	return nil
}

// finiteVerb reports whether w reads as a finite verb after a subject: a
// speech cue or a lower-case past form ("announced", "said").
func (a *analysis) finiteVerb(w string) bool {
	return english.IsLower(w) && (strings.HasSuffix(w, "ed") || a.lex.strong(w) && !strings.HasSuffix(w, "ing"))
}

// subjectRightBefore reports whether a candidate ends right before the cue
// at t, past adverbs: "Nefzi said", "Spicer also said".
func (a *analysis) subjectRightBefore(cands []cand, t int) bool {
	for t > 0 && adverbOrAux(strings.ToLower(a.toks[t-1].Text)) {
		t--
	}
	for _, c := range cands {
		if a.candEnd(c) == t {
			return true
		}
	}
	return false
}

// candEnd is the token after a candidate: after its mention, or after the
// pronoun.
func (a *analysis) candEnd(c cand) int {
	if c.m == nil {
		return c.tok + 1
	}
	return tokenEnd(a.toks, c.tok, c.m.End)
}

// appositionHead reads "Ayrault, the foreign minister of France, a member
// of the Security Council, said": when a comma closes an apposition right
// before the cue, the subject is the first candidate that a comma follows,
// not a name inside the apposition. A pronoun nearest the cue gives way
// only to a name that a relative clause follows ("Christie, who has
// campaigned for Trump since he quit, blasted"), not to one in a clause of
// its own ("After meeting Trump, she, in turn, said").
func (a *analysis) appositionHead(cands []cand, cue int, nearest *cand) *cand {
	for i := range cands {
		c := &cands[i]
		if c.tok >= cue || c.m == nil {
			continue
		}
		e := tokenEnd(a.toks, c.tok, c.m.End)
		if e >= cue-1 || a.toks[e].Text != "," {
			continue
		}
		if nearest.m == nil && !relativeWords[strings.ToLower(a.toks[e+1].Text)] {
			continue
		}
		return c
	}
	return nearest
}

// clauseSubject reports whether a cue has no subject of its own: an -ing
// form or an infinitive.
func (a *analysis) clauseSubject(cue int) bool {
	w := strings.ToLower(a.toks[cue].Text)
	return strings.HasSuffix(w, "ing") || cue > 0 && strings.EqualFold(a.toks[cue-1].Text, "to")
}

// nominalSubject reports whether a common noun stands right before the cue
// ("the ad’s narrator says", "a spokesman said").
func (a *analysis) nominalSubject(cue int) bool {
	if cue < 2 || a.quoted[cue-1] || a.clauseSubject(cue) {
		return false
	}
	w := []rune(a.toks[cue-1].Text)
	low := strings.ToLower(a.toks[cue-1].Text)
	if len(w) < 3 || !unicode.IsLower(w[0]) || a.lex.speech(low) || a.toks[cue-2].Text == "," || speakerPronouns[low] || pronounGender[low] != unknown {
		return false
	}
	if i := a.mentionFrom(a.toks[max(cue-3, 0)].Start); i < len(a.ments) && a.ments[i].Start < a.toks[cue].Start {
		return false // a name right before the cue is its subject
	}
	return !adverbOrAux(strings.ToLower(a.toks[cue-1].Text))
}

// nominalOwner is the name inside a common-noun subject, whose words the
// noun speaks for: "a spokesman for Sanders said", "the email sent out by
// Sanders warned", "the Clinton campaign’s statement said". It is the last
// name between the start of the clause and the cue; else, for "the X", the
// person the document described as X ("the nominee said" after "Trump, the
// Republican nominee"); else "" ("a spokesman said").
func (a *analysis) nominalOwner(cands []cand, cue int, prev string) string {
	start := cue - 1
	for start > 0 && cue-start < 12 && !a.quoted[start-1] && !clauseBreak(a.toks[start-1].Text) {
		start--
	}
	the := start < cue && strings.EqualFold(a.toks[start].Text, "the")
	end := cue
	for end-1 > start && adverbOrAux(strings.ToLower(a.toks[end-1].Text)) {
		end-- // "the mayor also said"
	}
	head := a.descriptionHead(start, end)
	if the && english.IsTitleWord(a.toks[head].Text) && !a.candidateIn(cands, head, end) {
		// "the US president", "the bloc's top diplomat": a name before a
		// title says whose the office is, the holder speaks
		return a.theNoun(head, start)
	}
	if name, ok := a.nameInside(cands, start, cue, prev); ok {
		return name
	}
	if the {
		return a.theNoun(head, start)
	}
	return ""
}

// candidateIn reports whether a candidate starts between tokens lo and hi.
func (a *analysis) candidateIn(cands []cand, lo, hi int) bool {
	for _, c := range cands {
		if c.tok >= lo && c.tok < hi {
			return true
		}
	}
	return false
}

// orgByHead is the organisation named last, at most orgReachParas
// paragraphs before pos, whose head is the noun: "the commission says"
// after "the Commission on Presidential Debates", "the department said"
// after "the Justice Department", but not "the justice said".
func (a *analysis) orgByHead(noun string, pos int) string {
	if noun == "" || documentNouns[noun] {
		return ""
	}
	para := a.paraOf(pos)
	for i := a.mentionFrom(pos) - 1; i >= 0; i-- {
		m := a.ments[i]
		if para-a.paraOf(m.Start) > orgReachParas {
			break
		}
		if m.Type == storyline.Org && orgHead(m.Text) == noun {
			return a.name(m)
		}
	}
	return ""
}

// orgReachParas bounds how far back "the commission" looks for its name.
const orgReachParas = 3

// orgHead is the head noun of an organisation's name, lower-cased: the word
// before its first preposition, else its last word.
func orgHead(name string) string {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		if i > 0 && linking(w) {
			return words[i-1]
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// documentNouns head the names of publications as well as things that
// speak for someone ("the report said", "the post said"): too common to
// stand for an organisation named before.
var documentNouns = map[string]bool{
	"report": true, "post": true, "times": true, "journal": true, "news": true, "review": true,
	"letter": true, "statement": true, "memo": true, "study": true, "poll": true, "survey": true,
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
func (a *analysis) speakerBefore(lo, hi int, prev string) attribution {
	if at := a.strongBefore(lo, hi, prev); at.found {
		return at
	}
	return a.weakBefore(lo, hi, prev)
}

// strongBefore is speakerBefore with strong cues only.
func (a *analysis) strongBefore(lo, hi int, prev string) attribution {
	cands := a.candidates(lo, hi)
	if len(cands) > 0 && cands[0].m != nil {
		// "Pat Caddell: Democrats Worried …" opens a headline or a transcript line
		if e := tokenEnd(a.toks, cands[0].tok, cands[0].m.End); cands[0].tok == lo && e < hi && a.toks[e].Text == ":" {
			return attribution{speaker: a.resolve(cands[0], prev), found: true}
		}
	}
	if at := a.colonClause(cands, lo, hi, prev); at.found {
		return at
	}
	cs := a.cues(lo, hi)
	var strong []int
	for _, c := range cs {
		if a.lex.strong(a.toks[c].Text) || strings.EqualFold(a.toks[c].Text, "according") {
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
func (a *analysis) colonClause(cands []cand, lo, hi int, prev string) attribution {
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
			if cs := a.cues(c.tok, hi); len(cs) > 0 {
				word, _ = a.cueAt(cs[0])
			}
			return attribution{speaker: a.resolve(c, prev), cue: word, found: true}
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
func (a *analysis) opensClause(from, to int) bool {
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
func (a *analysis) weakBefore(lo, hi int, prev string) attribution {
	cands := a.candidates(lo, hi)
	for _, c := range a.cues(lo, hi) {
		if before := beforeOnly(cands, c); len(before) > 0 {
			word, _ := a.cueAt(c)
			return attribution{speaker: a.resolve(before[0], prev), cue: word, found: true}
		}
	}
	if hi > lo && a.toks[hi-1].Text == ":" && len(cands) > 0 {
		return attribution{speaker: a.resolve(cands[0], prev), found: true}
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
func (a *analysis) dashSpeaker(lo, hi int, prev string) attribution {
	if hi-lo < 2 || !isDash(a.toks[lo].Text) {
		return attribution{}
	}
	for _, c := range a.candidates(lo+1, min(hi, lo+3)) {
		if c.m != nil {
			return attribution{speaker: a.resolve(c, prev), found: true}
		}
	}
	return attribution{}
}

func isDash(s string) bool { return s == "―" || s == "—" || s == "–" || s == "-" || s == "--" }

// describes reports whether the tokens from..to are a description that
// stands before a name after its cue: "said Florida-based Republican
// strategist Al Cardenas", "according to Virginia AFL-CIO President Doris
// Crouse-Mays", "said the bureau's director, James B. Comey". A preposition,
// a verb form or punctuation other than a comma right before the name ends
// it: "said in an interview with Fox News" is no description of Fox News.
func (a *analysis) describes(from, to int) bool {
	if to-from > maxDescription {
		return false
	}
	for t := from; t < to; t++ {
		w := a.toks[t].Text
		low := strings.ToLower(w)
		switch {
		case a.quoted[t] || a.lex.speech(w):
			return false
		case w == ",":
			// "the bureau's director, James B. Comey", not "ProPublica, Lee"
			if t != to-1 || t == from || !english.IsLower(a.toks[t-1].Text) {
				return false
			}
		case english.IsArticle(low) || descriptionWords[low]:
		case english.StartsUpper(w) || strings.Contains(w, "-") && !isDash(w):
		case !english.IsLower(w) || linking(low) || adverbOrAux(low) || strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "ing"):
			return false
		}
	}
	return true
}

// descriptionWords are the function words a description may hold besides
// articles.
var descriptionWords = english.WordSet("of and 's ’s")

// maxDescription bounds the words between a cue and the name it describes.
const maxDescription = 8
