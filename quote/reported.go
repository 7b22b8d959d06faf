package quote

import (
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// reportReader reads reported speech, the sentences without quotation
// marks that say who said what. It reads every reading of a sentence that
// the structural readers find (reported.go), describes each by its
// features (reportmodel.go) and lets the learned model decide which are
// reported speech; it reads the view, the cues and the cast, and nothing of
// the quotations with marks.
type reportReader struct {
	*view
	lex   *Lexicon
	cues  *cues
	cast  *cast
	model *ReportedModel // decides reported speech (nil: the rule it replaced)
	// spare are the feature arrays of readings a sentence did not keep,
	// which the next sentence's readings reuse (newFeatures): a reading's
	// features are 171 numbers, and making them anew for each was 3.7% of
	// what a one-core bench of the text dev dumps allocated (bench
	// --allocprofile)
	spare [][]float64
}

// readings finds reported speech, sentences without quotation marks that
// say who said what: "X said (that) …", "…, X said.", "according to X, …".
// The structural readers read each sentence at every cue form the lexicon
// knows; the learned model (reportmodel.go) keeps the most probable reading
// when it is probable enough, so "X called for …" is not mistaken for a
// quotation while "X believes that …" may be kept.
func (r *reportReader) readings(sents []storyline.Span) []reportedCand {
	var out []reportedCand
	for _, s := range sents {
		cs := r.sentenceCandidates(s)
		kept := r.model.decide(cs)
		out = append(out, kept...)
		// the features of the readings not kept are read no more; decide
		// keeps readings in their order, so one walk tells them apart (a
		// search of kept for each reading cost their product, and a long
		// text read in windows has many of both)
		k := 0
		for _, c := range cs {
			if k < len(kept) && &kept[k].x[0] == &c.x[0] {
				k++
				continue
			}
			r.spare = append(r.spare, c.x)
		}
	}
	return out
}

// sentenceCandidates reads one sentence without quotation marks as
// reported speech, every way the structural readers allow. A sentence with
// quotation marks is read in its runs outside them ("He says he respects
// Clinton and calls her “…”"): reported speech stands beside the
// quotations.
func (r *reportReader) sentenceCandidates(s storyline.Span) []reportedCand {
	lo, hi := r.tokenAt(s.Start), r.tokenAt(s.End)
	if hi-lo <= maxReportedSentence {
		return r.candidatesIn(lo, hi)
	}
	var cs []reportedCand
	for w := lo; w < hi; w += maxReportedSentence {
		cs = append(cs, r.candidatesIn(w, min(w+maxReportedSentence, hi))...)
	}
	return cs
}

// maxReportedSentence bounds the tokens read as one sentence for reported
// speech. A sentence's readings are weighed against each other, so its
// cost grows with the square of its length: 20,000 words without a full
// stop took 25 s and 1.1 GB. No sentence of PolNeAR train runs past about
// 200 tokens (p99.9 84), nor a line of the text dev dumps past 500; text
// longer than this without a stop is a list or markup, and is read in
// windows of this many tokens.
const maxReportedSentence = 250

// candidatesIn reads the tokens from lo to hi, one sentence or a window of
// a long one, as sentenceCandidates says.
func (r *reportReader) candidatesIn(lo, hi int) []reportedCand {
	if hi-lo < minReportedSentence {
		return nil
	}
	question := r.question(trimEnd(r.toks, lo, hi), hi)
	var cs []reportedCand
	runs := r.unquotedRuns(lo, hi)
	for _, run := range runs {
		a, end := run[0], trimEnd(r.toks, run[0], run[1])
		for end > a && run[1] < hi && clauseBreak(r.toks[end-1].Text) {
			end-- // the comma or colon before a quotation: "said …, “…”"
		}
		if end-a < minReportedSentence {
			continue
		}
		marks := len(runs) > 1 || run != [2]int{lo, hi}
		// a run that runs into a quotation without a stop is the start of
		// a partial quotation's clause: "Trump said the plan was “a con”"
		glued := end < hi && end == run[1] && run[1] < len(r.toks) && (r.quoted[run[1]] || isQuoteToken(r.toks[run[1]].Text))
		from := len(cs)
		cs = append(cs, r.reportedIn(a, end)...)
		for i := from; i < len(cs); i++ {
			cs[i].marks, cs[i].glued = marks, glued
			cs[i].x = r.reportedFeatures(cs[i], a, end, question, cs[:i])
		}
	}
	r.sentenceFeatures(cs)
	return cs
}

// minReportedSentence is the fewest tokens a sentence, or a run of one
// outside quotation marks, needs to hold a cue, its subject and a clause.
const minReportedSentence = 5

// unquotedRuns splits the tokens from lo to hi at the tokens inside or of
// quotation marks; a sentence without marks is one run.
func (r *reportReader) unquotedRuns(lo, hi int) [][2]int {
	var out [][2]int
	start := lo
	for t := lo; t <= hi; t++ {
		if t < hi && !r.quoted[t] && !isQuoteToken(r.toks[t].Text) {
			continue
		}
		if t > start {
			out = append(out, [2]int{start, t})
		}
		start = t + 1
	}
	return out
}

// question reports whether the punctuation that ends the sentence has a
// question mark.
func (r *reportReader) question(end, hi int) bool {
	for t := end; t < hi; t++ {
		if strings.Contains(r.toks[t].Text, "?") {
			return true
		}
	}
	return false
}

// isQuoteToken reports a token holding a quotation mark, or two straight
// apostrophes: strings.ContainsAny(s, quoteMarks) or the apostrophes, with
// the marks in a switch (ContainsAny searches its set for every rune of
// the token).
func isQuoteToken(s string) bool {
	for _, r := range s {
		switch r {
		case '"', '“', '”', '‘', '«', '»':
			return true
		}
	}
	return s == "''"
}

// quoteMarks are the marks isQuoteToken looks for.
const quoteMarks = "\"“”‘«»"

// trimEnd drops the sentence's final punctuation.
func trimEnd(toks []storyline.Token, lo, hi int) int {
	for hi > lo && english.IsStop(toks[hi-1].Text) {
		hi--
	}
	return hi
}

// reportedIn reads the sentence from token lo to hi at every cue form the
// lexicon knows as a cue (lexicon.speech): after its subject ("X said
// (that) …"), after a common-noun subject ("Experts say …", "…, police
// said"), before a trailing attribution ("…, Rutte said") or around
// "according to X", and after a short subject and a colon ("Sanders: …").
// The model decides which readings are reported speech.
func (r *reportReader) reportedIn(lo, hi int) []reportedCand {
	cands := r.cast.candidates(lo, hi)
	var out []reportedCand
	if c, ok := r.colon(lo, hi, cands); ok {
		out = append(out, c)
	}
	for t := lo; t < hi; t++ {
		if strings.EqualFold(r.toks[t].Text, "according") && t+1 < hi && strings.EqualFold(r.toks[t+1].Text, "to") {
			if q, who, ok := r.according(lo, hi, t, cands); ok {
				subj := subjNone
				if who.tok >= 0 {
					subj = kindOf(who)
				}
				return append(out, reportedCand{q: q, cue: t, path: pathAccording, subj: subj})
			}
			return out
		}
	}
	for t := lo + 1; t < hi; t++ {
		if r.cues.candidateAt(t) && r.verbUse(t, hi) {
			out = append(out, r.readingsAt(lo, hi, t, cands)...)
		}
	}
	return out
}

// readingsAt reads the sentence from token lo to hi at the cue form at
// token t, by every reader that fits.
func (r *reportReader) readingsAt(lo, hi, t int, cands []cand) []reportedCand {
	var out []reportedCand
	// what a cue in a fronted subordinate clause reports ends with
	// that clause: "When Trump suggested that Cuba would sue, Rubio …"
	after := r.subordinateEnd(lo, t, hi)
	c, subject := r.subjectBefore(cands, t)
	if subject {
		if q, ok := r.parenthetical(lo, hi, c, t); ok {
			out = append(out, reportedCand{q: q, cue: t, path: pathSubject, subj: kindOf(c)})
		} else if q, ok := r.reportedAfter(r.cast.resolve(c, ""), t, after); ok {
			out = append(out, reportedCand{q: q, cue: t, path: pathSubject, subj: kindOf(c)})
		}
	} else if r.cast.nominalSubject(t) && !r.embedded(lo, t) {
		owner := r.cast.nominalOwner(cands, t, "")
		if q, ok := r.trailingNominal(lo, hi, t, owner); ok {
			// "…, the bloc's top diplomat said Wednesday."
			out = append(out, reportedCand{q: q, cue: t, path: pathTrailingNominal, subj: subjNoun})
		} else if q, ok := r.reportedAfter(owner, t, after); ok {
			// "The bank said that it had fired …", "Experts say …"
			out = append(out, reportedCand{q: q, cue: t, path: pathNominal, subj: subjNoun})
		}
		return out
	}
	// "…, Rutte said." has its subject right before the cue too, and
	// "…, Rutte said on Friday, adding that …" a reading after it
	if q, c, ok := r.trailing(lo, hi, t, cands); ok {
		out = append(out, reportedCand{q: q, cue: t, path: pathTrailing, subj: kindOf(c)})
		return out
	}
	if subject {
		return out
	}
	if q, ok := r.trailingNominal(lo, hi, t, r.cast.nominalOwner(cands, t, "")); ok {
		// "…, Sexton said." where the tagger found no name
		out = append(out, reportedCand{q: q, cue: t, path: pathTrailing, subj: subjNone})
		return out
	}
	if c := r.openReading(lo, after, t, cands); c.q.End > 0 {
		out = append(out, c)
	}
	return out
}

// colon reads "Sanders: Clinton email story has moved" and "TAPPER: …":
// a short subject opening the sentence, a colon and what was said (a
// headline, a line of a transcript without quotation marks). The speaker is
// the name that ends at the colon; any other subject is a common noun
// ("Poll: …"), which names nobody.
func (r *reportReader) colon(lo, hi int, cands []cand) (reportedCand, bool) {
	t := lo + 1
	for t < min(hi, lo+1+maxColonSubject) && r.toks[t].Text != ":" {
		if clauseBreak(r.toks[t].Text) || r.quoted[t] {
			return reportedCand{}, false
		}
		t++
	}
	if t >= hi || r.toks[t].Text != ":" || hi-t-1 < minReportedContent {
		return reportedCand{}, false
	}
	c := reportedCand{cue: t, path: pathColon, subj: subjNoun, subjTok: -1}
	speaker := ""
	for _, k := range cands {
		if k.tok < t && r.cast.candEnd(k) == t {
			c.subj, c.subjTok, speaker = kindOf(k), k.tok, r.cast.resolve(k, "")
			break
		}
	}
	c.q = r.indirect(t+1, hi, speaker, ":")
	return c, true
}

// maxColonSubject bounds the words before the colon of a headline or a
// transcript line: "Clinton to Planned Parenthood:" is four.
const maxColonSubject = 5

// minReportedContent is the fewest tokens what a reading reports may have:
// "declined to comment" reports two.
const minReportedContent = 2

// parenthetical reads "The library, he said, cost the city more …": a
// subject and its cue set off by commas inside what was said, which runs
// from the sentence start to its end around them (as PolNeAR marks it).
func (r *reportReader) parenthetical(lo, hi int, c cand, cue int) (storyline.Quote, bool) {
	if c.tok-1 <= lo || r.toks[c.tok-1].Text != "," {
		return storyline.Quote{}, false
	}
	for t := cue + 1; t < min(hi, cue+1+maxParentheticalTail); t++ {
		switch w := r.toks[t].Text; {
		case w == ",":
			if hi-t <= 2 {
				return storyline.Quote{}, false
			}
			return r.indirect(lo, hi, r.cast.resolve(c, ""), r.toks[cue].Text), true
		case clauseBreak(w):
			return storyline.Quote{}, false
		}
	}
	return storyline.Quote{}, false
}

// maxParentheticalTail bounds the words between a parenthetical cue and its
// closing comma: "he said Tuesday, …".
const maxParentheticalTail = 3

// subordinateEnd is where the clause of a cue at token t ends: at the
// comma that closes a subordinate clause opening the sentence at lo ("When
// …, "; "After …, "), else at hi.
func (r *reportReader) subordinateEnd(lo, t, hi int) int {
	if !english.IsSubordinator(r.lowTok(lo)) {
		return hi
	}
	for k := t + 1; k < hi; k++ {
		if r.toks[k].Text == "," {
			return k
		}
	}
	return hi
}

// openReading reads a cue whose subject the readers above did not find:
// "…, adding that …" after a main clause (pathParticiple), and "… said
// (that) …" after a long apposition ("Jillian Chase, 27, a nurse in
// Ohio, said"), a common noun the cast does not know ("Some observers
// say") or a verb of the same subject ("He met the mayor and said")
// (pathOpen). The speaker is the first candidate of the clause before the
// cue when it is the clause's subject (subjectOf); the model weighs how far
// it stands.
func (r *reportReader) openReading(lo, hi, cue int, cands []cand) reportedCand {
	w := r.lowTok(cue)
	path := pathOpen
	switch {
	case strings.HasSuffix(w, "ing"):
		// the main clause may stand before a quotation the run follows:
		// "Ohio dropped what was called the “Golden Week,” saying that …"
		afterQuote := lo > 0 && (r.quoted[lo-1] || isQuoteToken(r.toks[lo-1].Text))
		if r.toks[cue-1].Text != "," || cue-lo < minMainClause && !afterQuote {
			return reportedCand{}
		}
		path = pathParticiple
	case r.clauseSubject(cue) || r.embedded(lo, cue):
		return reportedCand{}
	}
	c := reportedCand{cue: cue, path: path, subj: subjNone, subjTok: -1}
	speaker := ""
	if k, ok := r.subjectOf(cands, lo, cue); ok {
		c.subj, c.subjTok, speaker = kindOf(k), k.tok, r.cast.resolve(k, "")
	} else if path == pathOpen {
		// "Some observers say": whom the noun stands for, if anyone
		speaker = r.cast.nominalOwner(cands, cue, "")
	}
	q, ok := r.reportedAfter(speaker, cue, hi)
	if !ok {
		return reportedCand{}
	}
	c.q = q
	return c
}

// subjectOf is the first candidate before the cue when it reads as the
// subject of the clause: a comma (an apposition), an adverb or auxiliary or
// a verb follows it ("Chase, 27, a nurse, said", "He also met … and said",
// "Lee announced …, adding"); "Clinton campaign officials said" is not
// Clinton's.
func (r *reportReader) subjectOf(cands []cand, lo, cue int) (cand, bool) {
	for _, k := range cands {
		if k.tok >= cue {
			break
		}
		end := r.pastBrackets(r.cast.candEnd(k), cue)
		if end >= cue {
			return cand{}, false
		}
		next := r.toks[end].Text
		low := strings.ToLower(next)
		return k, next == "," || adverbOrAux(low) || r.cues.finiteVerb(next) || r.lex.speech(low)
	}
	return cand{}, false
}

// minMainClause is the fewest tokens before ", saying …" that can be the
// clause whose subject the participle shares.
const minMainClause = 3

// verbUse reports whether the cue form at token t is used as the speech
// verb it can be: a form in -s after a determiner, a preposition or a verb
// in -ed is a noun ("his claims", "against calls", "reinforced calls for").
func (r *reportReader) verbUse(t, hi int) bool {
	w := r.lowTok(t)
	if t == 0 || !strings.HasSuffix(w, "s") {
		return true
	}
	prev := r.toks[t-1].Text
	low := strings.ToLower(prev)
	if english.IsDeterminer(low) || english.IsPreposition(low) || notComplement[low] || low == "against" || low == "about" {
		return false
	}
	return !(english.IsLower(prev) && strings.HasSuffix(low, "ed") && !adverbOrAux(low) && !r.lex.speech(low))
}

// subjectBefore finds the candidate that ends right before the cue, past
// at most two lower-case words ("Rutte also said", "she has said") or three
// with a weekday ("Sanders on Tuesday said"), a bracket ("Gowdy (R-S.C.)
// said") or an apposition ("Tanner, an analyst at the Cato Institute,
// said").
func (r *reportReader) subjectBefore(cands []cand, cue int) (cand, bool) {
	if cue > 0 && r.toks[cue-1].Text == "," {
		for _, c := range cands {
			if c.m == nil || c.tok >= cue {
				continue
			}
			if e := r.pastAffiliation(tokenEnd(r.toks, c.tok, c.m.End), cue); e < cue && r.toks[e].Text == "," && r.appositionEnd(e) == cue-1 {
				if head, ok := r.relativeHead(cands, c.tok); ok {
					return head, true
				}
				return c, true
			}
		}
	}
	for i := len(cands) - 1; i >= 0; i-- {
		c := cands[i]
		if c.tok >= cue {
			continue
		}
		end := r.cast.candEnd(c)
		end = r.pastBrackets(end, min(cue, end+8))
		if cue-end > 3 {
			return cand{}, false
		}
		day := false
		for t := end; t < cue; t++ {
			w := r.toks[t].Text
			day = day || english.IsWeekday(w)
			if w == "," || strings.ToLower(w) != w && !english.IsWeekday(w) {
				return cand{}, false
			}
		}
		if cue-end == 3 && !day {
			return cand{}, false // "Clinton campaign officials also said" is not Clinton's
		}
		return c, true
	}
	return cand{}, false
}

// relativeHead finds the name whose relative clause holds token t:
// in "Kallas, who represents the European Union, …, argued", the subject
// is Kallas, not the union.
func (r *reportReader) relativeHead(cands []cand, t int) (cand, bool) {
	k := t - 1
	for k > 0 && r.toks[k].Text != "," && t-k <= maxApposition {
		k--
	}
	if k <= 0 || r.toks[k].Text != "," || !relativeWords[r.lowTok(k+1)] {
		return cand{}, false
	}
	for _, c := range cands {
		if c.m != nil && c.tok < k && tokenEnd(r.toks, c.tok, c.m.End) == k {
			return c, true
		}
	}
	return cand{}, false
}

var whWords = map[string]bool{"what": true, "how": true, "why": true, "where": true, "when": true, "whether": true, "who": true, "which": true}

// tokenEnd is the index of the first token at or after from that starts at
// or after end: the token after a mention that ends at end.
func tokenEnd(toks []storyline.Token, from, end int) int {
	t := from
	for t < len(toks) && toks[t].Start < end {
		t++
	}
	return t
}

// reportedAfter takes the clause after "X said (that)" or "X told Y (that)".
func (r *reportReader) reportedAfter(speaker string, cue, hi int) (storyline.Quote, bool) {
	from := cue + 1
	cueText, lemma := r.toks[cue].Text, Lemma(r.toks[cue].Text)
	if from < hi && english.IsParticle(r.lowTok(from)) {
		// a phrasal verb is one cue: "pushed back against …", "laid out …";
		// but only a verb that reports speech makes one: "backed away from
		// the threat" says nothing
		if !r.lex.reporting(cueText) {
			return storyline.Quote{}, false
		}
		cueText += " " + r.toks[from].Text
		cue, from = from, from+1
	}
	tell := lemma == "tell"
	// "said of the events" says whom or what it is about, not what was
	// said, unless a clause follows: "said of Clinton that she …"
	about := lemma == "say" && from < hi && strings.EqualFold(r.toks[from].Text, "of")
	listener := false
	if tell || about || from < hi && notComplement[r.lowTok(from)] {
		// "told reporters that …", "said in a statement that …"
		that := -1
		for t := from; t < min(hi, from+8); t++ {
			if strings.EqualFold(r.toks[t].Text, "that") {
				that = t
				break
			}
		}
		switch {
		case that >= 0:
			from = that
		case tell:
			from = r.pastListener(from, hi) // "told reporters the plan was dead"
			listener = true
		}
	}
	for from < hi && (strings.EqualFold(r.toks[from].Text, "that") || r.toks[from].Text == ",") {
		from++
	}
	right := from == cue+1 // no "that" or listener between
	if right && from+1 < hi && strings.EqualFold(r.toks[from].Text, "to") && english.StartsUpper(r.toks[from+1].Text) {
		// "spoke to Chris Wallace (about …)": "to" and a name are the
		// listener, not what was said
		from = r.pastListener(from+1, hi)
		listener = true
	}
	first := r.lowTok(min(from, hi-1))
	// a coordinator after the cue's comma opens a clause of its own, not
	// what was said: "She was pleased, and he said his team agreed"
	coordinated := from > cue+1 && r.toks[from-1].Text == "," && (first == "and" || first == "but" || first == "or")
	// after the listener of "told" a preposition of time or place opens no
	// clause either: "told reporters during the call"
	if hi-from < minReportedContent || coordinated || right && (first == "as" || first == "while" || notComplement[first] && lemma != "say" || about) ||
		listener && notComplement[first] {
		return storyline.Quote{}, false
	}
	return r.indirect(from, hi, speaker, cueText), true
}

// pastListener skips the listener of "told": a determiner and the words
// of a name or one noun.
func (r *reportReader) pastListener(from, hi int) int {
	t := from
	for t < hi && english.IsDeterminer(r.lowTok(t)) {
		t++
	}
	if t < hi && english.StartsUpper(r.toks[t].Text) {
		for t < hi && english.StartsUpper(r.toks[t].Text) {
			t++
		}
		return t
	}
	return min(t+1, hi)
}

// notComplement are the words that, right after a cue other than "say"
// with no "that" soon after, show that no clause of reported speech
// follows: "she spoke after Trump", "he tweeted at 3 r.m.". After any cue,
// "as" and "while" do too ("said as he launched the vote"). ("Called for",
// "responded by" and "complained about" do report what was said.)
var notComplement = map[string]bool{
	"after": true, "at": true, "before": true, "during": true, "in": true, "on": true, "since": true, "until": true,
	// prepositions of place and company: "the commitments shared within
	// the alliance", "spoke among friends"
	"within": true, "across": true, "among": true, "amid": true, "inside": true, "outside": true,
	"throughout": true, "through": true, "under": true, "without": true, "beyond": true, "behind": true,
}

// trailing reads "…, Rutte said." and "…, said Rutte." at the sentence end.
func (r *reportReader) trailing(lo, hi, cue int, cands []cand) (storyline.Quote, cand, bool) {
	comma := cue - 1
	for comma > lo && r.toks[comma].Text != "," {
		comma--
	}
	if r.toks[comma].Text != "," || cue-comma > 5 || comma-lo < 4 {
		return storyline.Quote{}, cand{}, false
	}
	for t := comma + 1; t < cue; t++ {
		// a relative word or "that" opens a clause of its own, whose verb
		// the cue is: "…, stating that they had agreed", "…, which critics
		// called"
		if relativeWords[r.lowTok(t)] {
			return storyline.Quote{}, cand{}, false
		}
	}
	for _, c := range cands {
		// "…, said Brian Baker, a longtime adviser to …" may run on after
		// the name; "…, Rutte said on Friday" may not
		if c.tok > comma && c.tok < hi && (r.endsAttribution(cue, hi) || c.m != nil && c.tok == cue+1 && r.lex.inverts(r.toks[cue].Text)) {
			return r.indirect(lo, comma, r.cast.resolve(c, ""), r.toks[cue].Text), c, true
		}
	}
	return storyline.Quote{}, cand{}, false
}

// trailingNominal reads "…, the bloc's top diplomat said." and "…, police
// said on Friday": a common-noun subject after the comma that ends what
// was said.
//
// Only the verbs of speech proper read so (those that also put their
// speaker after them, "said", "wrote", "added", and "told"): "…, friends
// and employees talked glowingly" is a list, not an attribution. The
// subject is a noun phrase: "…, a bill that critics called anti-gay" is a
// relative clause.
func (r *reportReader) trailingNominal(lo, hi, cue int, speaker string) (storyline.Quote, bool) {
	word := r.toks[cue].Text
	if !r.lex.inverts(word) && Lemma(word) != "tell" {
		return storyline.Quote{}, false
	}
	start := cue - 1
	for start > lo && cue-start <= maxNominalSubject && !clauseBreak(r.toks[start-1].Text) {
		if relativeWords[r.lowTok(start)] {
			return storyline.Quote{}, false
		}
		start--
	}
	comma := start - 1
	if comma-lo < 4 || r.toks[comma].Text != "," || relativeWords[r.lowTok(start)] || !r.endsAttribution(cue, hi) {
		return storyline.Quote{}, false
	}
	return r.indirect(lo, comma, speaker, r.toks[cue].Text), true
}

// maxNominalSubject bounds the words of a common-noun subject after the
// comma ("one longtime friend of the family"): a longer run is a clause.
const maxNominalSubject = 6

// endsAttribution reports whether the sentence ends with the cue's clause:
// at most trailingReach tokens after the cue ("said on Friday in a
// statement"), or a few before a comma that opens an adverbial clause
// ("said Wednesday, as Brussels and New Delhi seek closer ties").
func (r *reportReader) endsAttribution(cue, hi int) bool {
	if hi-cue <= trailingReach {
		return true
	}
	for t := cue + 1; t < min(hi-1, cue+1+trailingReach); t++ {
		switch r.toks[t].Text {
		case ",":
			// "…, officials said, adding that …" goes on with what they
			// said next
			next := r.lowTok(t + 1)
			return english.IsSubordinator(next) || strings.HasSuffix(next, "ing") && r.lex.reporting(next)
		case ";":
			return true
		}
	}
	return false
}

// trailingReach is how many tokens may follow the cue of an attribution
// that ends its sentence: a time, a place or a medium, not a clause.
const trailingReach = 8

// according reads "according to X, …" and "…, according to X".
func (r *reportReader) according(lo, hi, t int, cands []cand) (storyline.Quote, cand, bool) {
	// "according to a new poll" names no one: the reading has no speaker
	who := &cand{tok: -1}
	for i := range cands {
		if cands[i].tok >= t+2 && cands[i].tok <= t+4 {
			who = &cands[i]
			break
		}
	}
	speaker := ""
	if who.tok >= 0 {
		speaker = r.cast.resolve(*who, "")
	}
	cue := r.toks[t].Text + " " + r.toks[t+1].Text
	if t == lo {
		comma := t + 2
		for comma < hi && r.toks[comma].Text != "," {
			comma++
		}
		if hi-comma < 5 {
			return storyline.Quote{}, cand{}, false
		}
		return r.indirect(comma+1, hi, speaker, cue), *who, true
	}
	end := t
	if r.toks[end-1].Text == "," {
		end--
	}
	if end-lo < 4 {
		return storyline.Quote{}, cand{}, false
	}
	return r.indirect(lo, end, speaker, cue), *who, true
}

func (r *reportReader) indirect(from, to int, speaker, cue string) storyline.Quote {
	s, e := r.toks[from].Start, r.toks[to-1].End
	return storyline.Quote{
		Text: string(r.body[s:e]), Speaker: speaker, Cue: cue,
		Kind: storyline.QuoteIndirect, Start: s, End: e,
	}
}

func sortQuotes(qs []storyline.Quote) {
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
}
