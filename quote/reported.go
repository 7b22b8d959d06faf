package quote

import (
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// reported finds reported speech, sentences without quotation marks that
// say who said what: "X said (that) …", "…, X said.", "according to X, …".
// The structural readers read each sentence at every cue form the lexicon
// knows; the learned model (reportmodel.go) keeps the most probable reading
// when it is probable enough, so "X called for …" is not mistaken for a
// quotation while "X believes that …" may be kept.
func (a *analysis) reported(sents []storyline.Span) []storyline.Quote {
	var out []storyline.Quote
	for _, s := range sents {
		for _, c := range a.model.decide(a.sentenceCandidates(s)) {
			out = append(out, c.q)
		}
	}
	return out
}

// sentenceCandidates reads one sentence without quotation marks as
// reported speech, every way the structural readers allow.
func (a *analysis) sentenceCandidates(s storyline.Span) []reportedCand {
	lo, hi := a.tokenAt(s.Start), a.tokenAt(s.End)
	if hi-lo < 5 || a.hasQuote(lo, hi) {
		return nil
	}
	end := trimEnd(a.toks, lo, hi)
	cs := a.reportedIn(lo, end)
	question := a.question(end, hi)
	for i := range cs {
		cs[i].x = a.reportedFeatures(cs[i], lo, end, question, cs[:i])
	}
	return cs
}

// question reports whether the punctuation that ends the sentence has a
// question mark.
func (a *analysis) question(end, hi int) bool {
	for t := end; t < hi; t++ {
		if strings.Contains(a.toks[t].Text, "?") {
			return true
		}
	}
	return false
}

func (a *analysis) hasQuote(lo, hi int) bool {
	for t := lo; t < hi; t++ {
		if a.quoted[t] || isQuoteToken(a.toks[t].Text) {
			return true
		}
	}
	return false
}

func isQuoteToken(s string) bool { return strings.ContainsAny(s, "\"“”‘«»") || s == "''" }

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
// "according to X". The model decides which readings are reported speech.
func (a *analysis) reportedIn(lo, hi int) []reportedCand {
	cands := a.cast.candidates(lo, hi)
	for t := lo; t < hi; t++ {
		if strings.EqualFold(a.toks[t].Text, "according") && t+1 < hi && strings.EqualFold(a.toks[t+1].Text, "to") {
			if q, who, ok := a.according(lo, hi, t, cands); ok {
				return []reportedCand{{q: q, cue: t, path: pathAccording, subj: kindOf(who)}}
			}
			return nil
		}
	}
	var out []reportedCand
	for t := lo + 1; t < hi; t++ {
		if !a.lex.candidate(a.toks[t].Text) || !a.verbUse(t, hi) {
			continue
		}
		if c, ok := a.subjectBefore(cands, t); ok {
			if q, ok := a.reportedAfter(a.cast.resolve(c, ""), t, hi); ok {
				out = append(out, reportedCand{q: q, cue: t, path: pathSubject, subj: kindOf(c)})
			}
			continue
		}
		if a.cast.nominalSubject(t) && !a.embedded(lo, t) {
			owner := a.cast.nominalOwner(cands, t, "")
			if q, ok := a.trailingNominal(lo, hi, t, owner); ok {
				// "…, the bloc's top diplomat said Wednesday."
				out = append(out, reportedCand{q: q, cue: t, path: pathTrailingNominal, subj: subjNoun})
			} else if q, ok := a.reportedAfter(owner, t, hi); ok {
				// "The bank said that it had fired …", "Experts say …"
				out = append(out, reportedCand{q: q, cue: t, path: pathNominal, subj: subjNoun})
			}
			continue
		}
		if q, c, ok := a.trailing(lo, hi, t, cands); ok {
			out = append(out, reportedCand{q: q, cue: t, path: pathTrailing, subj: kindOf(c)})
		}
	}
	return out
}

// verbUse reports whether the cue form at token t is used as the speech
// verb it can be: a form in -s after a determiner, a preposition or a verb
// in -ed is a noun ("his claims", "against calls", "reinforced calls for").
func (a *analysis) verbUse(t, hi int) bool {
	w := strings.ToLower(a.toks[t].Text)
	if t == 0 || !strings.HasSuffix(w, "s") {
		return true
	}
	prev := a.toks[t-1].Text
	low := strings.ToLower(prev)
	if english.IsDeterminer(low) || english.IsPreposition(low) || notComplement[low] || low == "against" || low == "about" {
		return false
	}
	return !(english.IsLower(prev) && strings.HasSuffix(low, "ed") && !adverbOrAux(low) && !a.lex.speech(low))
}

// subjectBefore finds the candidate that ends right before the cue, past
// at most two lower-case words ("Rutte also said", "she has said") or three
// with a weekday ("Sanders on Tuesday said"), a bracket ("Gowdy (R-S.C.)
// said") or an apposition ("Tanner, an analyst at the Cato Institute,
// said").
func (a *analysis) subjectBefore(cands []cand, cue int) (cand, bool) {
	if cue > 0 && a.toks[cue-1].Text == "," {
		for _, c := range cands {
			if c.m == nil || c.tok >= cue {
				continue
			}
			if e := tokenEnd(a.toks, c.tok, c.m.End); e < cue && a.toks[e].Text == "," && a.appositionEnd(e) == cue-1 {
				if head, ok := a.relativeHead(cands, c.tok); ok {
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
		end := a.cast.candEnd(c)
		end = a.pastBrackets(end, min(cue, end+8))
		if cue-end > 3 {
			return cand{}, false
		}
		day := false
		for t := end; t < cue; t++ {
			w := a.toks[t].Text
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
func (a *analysis) relativeHead(cands []cand, t int) (cand, bool) {
	k := t - 1
	for k > 0 && a.toks[k].Text != "," && t-k <= maxApposition {
		k--
	}
	if k <= 0 || a.toks[k].Text != "," || !relativeWords[strings.ToLower(a.toks[k+1].Text)] {
		return cand{}, false
	}
	for _, c := range cands {
		if c.m != nil && c.tok < k && tokenEnd(a.toks, c.tok, c.m.End) == k {
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
func (a *analysis) reportedAfter(speaker string, cue, hi int) (storyline.Quote, bool) {
	from := cue + 1
	cueText, lemma := a.toks[cue].Text, Lemma(a.toks[cue].Text)
	if from < hi && english.IsParticle(strings.ToLower(a.toks[from].Text)) {
		// a phrasal verb is one cue: "pushed back against …", "laid out …";
		// but only a verb that reports speech makes one: "backed away from
		// the threat" says nothing
		if !a.lex.reporting(cueText) {
			return storyline.Quote{}, false
		}
		cueText += " " + a.toks[from].Text
		cue, from = from, from+1
	}
	tell := lemma == "tell"
	if tell || from < hi && notComplement[strings.ToLower(a.toks[from].Text)] {
		// "told reporters that …", "said in a statement that …"
		that := -1
		for t := from; t < min(hi, from+8); t++ {
			if strings.EqualFold(a.toks[t].Text, "that") {
				that = t
				break
			}
		}
		switch {
		case that >= 0:
			from = that
		case tell:
			from = a.pastListener(from, hi) // "told reporters the plan was dead"
		}
	}
	for from < hi && (strings.EqualFold(a.toks[from].Text, "that") || a.toks[from].Text == ",") {
		from++
	}
	first := strings.ToLower(a.toks[min(from, hi-1)].Text)
	right := from == cue+1 // no "that" or listener between
	if hi-from < 4 || right && (first == "as" || first == "while" || notComplement[first] && lemma != "say") {
		return storyline.Quote{}, false
	}
	return a.indirect(from, hi, speaker, cueText), true
}

// pastListener skips the listener of "told": a determiner and the words
// of a name or one noun.
func (a *analysis) pastListener(from, hi int) int {
	t := from
	for t < hi && english.IsDeterminer(strings.ToLower(a.toks[t].Text)) {
		t++
	}
	if t < hi && english.StartsUpper(a.toks[t].Text) {
		for t < hi && english.StartsUpper(a.toks[t].Text) {
			t++
		}
		return t
	}
	return min(t+1, hi)
}

// notComplement are the words that, right after a cue other than "say"
// with no "that" soon after, show that no clause of reported speech
// follows: "she spoke after Trump", "he tweeted at 3 a.m.". After any cue,
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
func (a *analysis) trailing(lo, hi, cue int, cands []cand) (storyline.Quote, cand, bool) {
	comma := cue - 1
	for comma > lo && a.toks[comma].Text != "," {
		comma--
	}
	if a.toks[comma].Text != "," || cue-comma > 5 || comma-lo < 4 {
		return storyline.Quote{}, cand{}, false
	}
	for _, c := range cands {
		// "…, said Brian Baker, a longtime adviser to …" may run on after
		// the name; "…, Rutte said on Friday" may not
		if c.tok > comma && c.tok < hi && (a.endsAttribution(cue, hi) || c.m != nil && c.tok == cue+1 && a.lex.inverts(a.toks[cue].Text)) {
			return a.indirect(lo, comma, a.cast.resolve(c, ""), a.toks[cue].Text), c, true
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
func (a *analysis) trailingNominal(lo, hi, cue int, speaker string) (storyline.Quote, bool) {
	word := a.toks[cue].Text
	if !a.lex.inverts(word) && Lemma(word) != "tell" {
		return storyline.Quote{}, false
	}
	start := cue - 1
	for start > lo && cue-start <= maxNominalSubject && !clauseBreak(a.toks[start-1].Text) {
		if relativeWords[strings.ToLower(a.toks[start].Text)] {
			return storyline.Quote{}, false
		}
		start--
	}
	comma := start - 1
	if comma-lo < 4 || a.toks[comma].Text != "," || relativeWords[strings.ToLower(a.toks[start].Text)] || !a.endsAttribution(cue, hi) {
		return storyline.Quote{}, false
	}
	return a.indirect(lo, comma, speaker, a.toks[cue].Text), true
}

// maxNominalSubject bounds the words of a common-noun subject after the
// comma ("one longtime friend of the family"): a longer run is a clause.
const maxNominalSubject = 6

// endsAttribution reports whether the sentence ends with the cue's clause:
// at most trailingReach tokens after the cue ("said on Friday in a
// statement"), or a few before a comma that opens an adverbial clause
// ("said Wednesday, as Brussels and New Delhi seek closer ties").
func (a *analysis) endsAttribution(cue, hi int) bool {
	if hi-cue <= trailingReach {
		return true
	}
	for t := cue + 1; t < min(hi-1, cue+1+trailingReach); t++ {
		if a.toks[t].Text == "," {
			return english.IsSubordinator(strings.ToLower(a.toks[t+1].Text))
		}
	}
	return false
}

// trailingReach is how many tokens may follow the cue of an attribution
// that ends its sentence: a time, a place or a medium, not a clause.
const trailingReach = 8

// according reads "according to X, …" and "…, according to X".
func (a *analysis) according(lo, hi, t int, cands []cand) (storyline.Quote, cand, bool) {
	var who *cand
	for i := range cands {
		if cands[i].tok >= t+2 && cands[i].tok <= t+4 {
			who = &cands[i]
			break
		}
	}
	if who == nil {
		return storyline.Quote{}, cand{}, false
	}
	cue := a.toks[t].Text + " " + a.toks[t+1].Text
	if t == lo {
		comma := t + 2
		for comma < hi && a.toks[comma].Text != "," {
			comma++
		}
		if hi-comma < 5 {
			return storyline.Quote{}, cand{}, false
		}
		return a.indirect(comma+1, hi, a.cast.resolve(*who, ""), cue), *who, true
	}
	end := t
	if a.toks[end-1].Text == "," {
		end--
	}
	if end-lo < 4 {
		return storyline.Quote{}, cand{}, false
	}
	return a.indirect(lo, end, a.cast.resolve(*who, ""), cue), *who, true
}

func (a *analysis) indirect(from, to int, speaker, cue string) storyline.Quote {
	s, e := a.toks[from].Start, a.toks[to-1].End
	return storyline.Quote{
		Text: string(a.body[s:e]), Speaker: speaker, Cue: cue,
		Kind: storyline.QuoteIndirect, Start: s, End: e,
	}
}

func sortQuotes(qs []storyline.Quote) {
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
}
