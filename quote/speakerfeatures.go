package quote

import (
	"math"
	"slices"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// The learned speaker decision (speakermodel.go) chooses, for each
// quotation the rules read, among the people and organisations named near
// it, those its pronouns and descriptions stand for, those the rules'
// finders propose, and nobody. This file lists those candidates and
// describes each by features; the model weighs them.

// speakerCand is one possible speaker of a quotation: a canonical name, or
// nobody (""), and its features in the order of SpeakerFeatures.
type speakerCand struct {
	name string
	x    []float64
}

// ruleStep is a finder of the rules whose proposal is a feature of its own.
type ruleStep struct {
	name string
	find func(a *attributor) finder
}

// numRuleSteps is how many finders ruleSteps lists.
const numRuleSteps = 12

// ruleSteps are every finder the rules try, for full quotations or
// fragments; whether each proposes a candidate is a feature.
var ruleSteps = []ruleStep{
	{"step_between", func(a *attributor) finder { return a.fromBetween }},
	{"step_after", func(a *attributor) finder { return a.fromAfter }},
	{"step_verb_after", func(a *attributor) finder { return a.fromVerbAfter }},
	{"step_before", func(a *attributor) finder { return a.fromBefore }},
	{"step_colon", func(a *attributor) finder { return a.fromColon }},
	{"step_dash_before", func(a *attributor) finder { return a.fromDashBefore }},
	{"step_closing", func(a *attributor) finder { return a.fromClosingAttribution }},
	{"step_strong_before", func(a *attributor) finder { return a.fromStrongBefore }},
	{"step_strong_after", func(a *attributor) finder { return a.fromStrongAfter }},
	{"step_sentence_end", func(a *attributor) finder { return a.fromSentenceEnd }},
	{"step_subject", func(a *attributor) finder { return a.fromSubject }},
	{"step_prev_sentence", func(a *attributor) finder { return a.fromPrevSentence }},
}

// The features of a candidate. Those of a name are 0 for nobody and the
// reverse, so that what a choice's candidates share cancels out.
const (
	fRulePick        = iota                    // the rules' speaker
	fFirstStep                                 // the first of numRuleSteps step features
	fPrevSpeaker     = iota + numRuleSteps - 1 // the speaker the rules favour for its pronouns
	fPrevAny                                   // the rules' speaker of the quotation before, within a paragraph
	fNextSpeaker                               // the rules' speaker of the next quotation, within a paragraph
	fInBefore                                  // named in the sentence before the quotation
	fInAfter                                   // named in the clause after it
	fInBetween                                 // named between its fragments
	fBefore3                                   // a mention ends at most 3 tokens before it
	fBefore10                                  // … at most 10
	fBefore30                                  // … at most 30
	fAfter3                                    // a mention starts at most 3 tokens after it
	fAfter10                                   // … at most 10
	fAfter30                                   // … at most 30
	fNearestBefore                             // its mention is the nearest before the quotation
	fNearestAfter                              // … the nearest after it
	fSamePara                                  // named in the quotation's paragraph
	fPrevPara                                  // … in the one before
	fNextPara                                  // … in the one after
	fCueSubject                                // a mention near it stands right before a cue
	fCueObject                                 // a mention near it stands right after a cue ("said Rutte")
	fCueShare                                  // the lexicon share of that cue (the highest)
	fApposition                                // a mention near it opens an apposition a cue follows
	fFirstOfSentence                           // a mention near it opens its sentence
	fLogMentions                               // log(1 + its mentions in the body)
	fLogNear                                   // log(1 + its mentions in the three paragraphs)
	fPerson                                    // a PERSON mention names it
	fOrg                                       // an ORG mention names it
	fInsideQuote                               // the quotation itself names it
	fPronoun                                   // a pronoun at a cue near the quotation stands for it
	fGenderAgrees                              // its known gender agrees with a he/she at a cue near the quotation
	fGenderDisagrees                           // … disagrees
	fPronounScored                             // a he/she at a cue near the quotation may refer to it (pronoun.go)
	fPronounGap                                // how far its score falls below the best one's there (at most maxPronounGap)
	fAntRecent1                                // the person named last before a he/she at a cue near the quotation
	fAntRecent2                                // … the one named before that
	fAntNear10                                 // a mention of it ends at most 10 tokens before that he/she
	fAntNear40                                 // … at most 40
	fAntSubject                                // its last mention before the he/she opens its sentence
	fAntSameSentence                           // it is named in the he/she's sentence, before it
	fAntPrevSentence                           // … in the sentence before
	fAntChain                                  // an earlier he/she was resolved to it (pronoun.go)
	fNone                                      // nobody
	fNoneRulesEmpty                            // nobody, where the rules named nobody
	fNoneNameless                              // nobody, where a rule found a speaker it could not name
	fNoneNoCue                                 // nobody, where no cue stands around the quotation
	fNonePartial                               // nobody, for a fragment
	fPickPronoun                               // the rules' speaker of a reading, the subject a pronoun
	fPickNoun                                  // … the subject a common noun ("the senator said")
	fNoneNoun                                  // nobody, for a reading whose subject is a common noun
	fNoneSubjectless                           // nobody, for a reading whose subject the readers did not find
	fCueListener                               // a mention near it stands right after a cue whose subject stands right before it ("she told Ramaswamy")
	// the first of pronounCrossed, again where a he/she stands at a cue
	// near the quotation
	fFirstPronounCross
)

// numSpeakerFeatures is how many features a candidate has.
const numSpeakerFeatures = fFirstPronounCross + len(pronounCrossed)

// pronounCrossed are the features that weigh differently where a he/she
// at a cue near the quotation is its likely speaker: there the person the
// pronoun stands for is not the one named at the cue, and the model weighs
// these again, crossed with that.
var pronounCrossed = [...]int{fRulePick, fPrevAny, fInBefore, fInAfter, fNearestBefore, fNearestAfter,
	fSamePara, fPrevPara, fCueSubject, fCueObject, fFirstOfSentence, fLogMentions, fLogNear, fPerson, fOrg, fInsideQuote}

// SpeakerFeatures names the features of a speaker candidate, in the order
// of the vectors the model weighs.
var SpeakerFeatures = speakerFeatureNames()

func speakerFeatureNames() []string {
	out := []string{"rule_pick"}
	for _, s := range ruleSteps {
		out = append(out, s.name)
	}
	out = append(out, "prev_speaker", "prev_any", "next_speaker", "in_before", "in_after", "in_between",
		"before_3", "before_10", "before_30", "after_3", "after_10", "after_30", "nearest_before", "nearest_after",
		"same_para", "prev_para", "next_para", "cue_subject", "cue_object", "cue_share", "apposition",
		"first_of_sentence", "log_mentions", "log_near", "person", "org", "inside_quote", "pronoun",
		"gender_agrees", "gender_disagrees", "pronoun_scored", "pronoun_gap",
		"ant_recent_1", "ant_recent_2", "ant_near_10", "ant_near_40", "ant_subject", "ant_same_sentence",
		"ant_prev_sentence", "ant_chain",
		"none", "none_rules_empty", "none_nameless", "none_no_cue", "none_partial",
		"reading_pick_pronoun", "reading_pick_noun", "reading_none_noun", "reading_none_subjectless", "cue_listener")
	base := slices.Clone(out)
	for _, f := range pronounCrossed {
		out = append(out, "he_she_x_"+base[f])
	}
	return out
}

// speakerContext is what the rules said around quotation i of fs: the
// speakers of the quotations before and after it, within a paragraph.
type speakerContext struct {
	prev, next string
}

func (a *attributor) contexts(fs []found) []speakerContext {
	out := make([]speakerContext, len(fs))
	last, lastPara := "", -2
	for i := range fs {
		para := a.paraOf(fs[i].outer.Start)
		if para-lastPara <= 1 {
			out[i].prev = last
		}
		if fs[i].speaker != "" {
			last, lastPara = fs[i].speaker, a.paraOf(fs[i].outer.End-1)
		}
	}
	next, nextPara := "", -2
	for i := len(fs) - 1; i >= 0; i-- {
		if nextPara >= 0 && nextPara-a.paraOf(fs[i].outer.End-1) <= 1 {
			out[i].next = next
		}
		if fs[i].speaker != "" {
			next, nextPara = fs[i].speaker, a.paraOf(fs[i].outer.Start)
		}
	}
	return out
}

// speakerCands lists the candidates of quotation f, nobody first, each
// with its features.
func (a *attributor) speakerCands(f *found, ctx speakerContext) []speakerCand {
	b := candBuilder{index: map[string]int{}}
	b.add("")
	none := b.cands[0].x
	none[fNone] = 1
	none[fNoneRulesEmpty] = indicator(f.speaker == "")
	none[fNoneNameless] = indicator(f.found && f.speaker == "")
	none[fNonePartial] = indicator(f.kind != storyline.QuoteDirect)
	if f.speaker != "" {
		b.add(f.speaker)[fRulePick] = 1
	}
	for k, s := range ruleSteps {
		if at := s.find(a)(f, f.near); at.found && at.speaker != "" {
			b.add(at.speaker)[fFirstStep+k] = 1
		}
	}
	if f.near != "" {
		b.add(f.near)[fPrevSpeaker] = 1
	}
	if ctx.prev != "" {
		b.add(ctx.prev)[fPrevAny] = 1
	}
	if ctx.next != "" {
		b.add(ctx.next)[fNextSpeaker] = 1
	}
	w := a.quoteWindows(f)
	none[fNoneNoCue] = indicator(len(a.cues.in(w.before[0], w.before[1])) == 0 && len(a.cues.in(w.after[0], w.after[1])) == 0)
	a.mentionFeatures(&b, f, w)
	a.pronounFeatures(&b, f, w)
	return b.cands
}

// candBuilder collects the candidates of one quotation by name.
type candBuilder struct {
	cands []speakerCand
	index map[string]int
}

// add returns the features of the candidate named name, added if new.
func (b *candBuilder) add(name string) []float64 {
	i, ok := b.index[name]
	if !ok {
		i = len(b.cands)
		b.index[name] = i
		b.cands = append(b.cands, speakerCand{name: name, x: make([]float64, numSpeakerFeatures)})
	}
	return b.cands[i].x
}

// quoteWindows are the token ranges around a quotation the features read.
type quoteWindows struct {
	first, last   int    // the quotation's first token and the token after it
	before, after [2]int // the sentence before it, the clause after it
	lo, hi        int    // the paragraphs before and after its own, whole
	para          int    // its paragraph
	between       []storyline.Span
}

func (a *attributor) quoteWindows(f *found) quoteWindows {
	w := quoteWindows{first: a.tokenAt(f.outer.Start), last: a.tokenAt(f.outer.End), between: f.between}
	w.before[0], w.before[1] = a.beforeWindow(f.outer.Start)
	w.after[0], w.after[1] = a.afterWindow(f.outer.End)
	if f.afterEnd > 0 {
		w.after[1] = max(w.after[0], min(w.after[1], f.afterEnd))
	}
	w.para = a.paraOf(f.outer.Start)
	w.lo = a.paras[max(w.para-1, 0)].Start
	w.hi = a.paras[min(a.paraOf(max(f.outer.End-1, 0))+1, len(a.paras)-1)].End
	return w
}

// nearReach is how many tokens away a mention still counts as near the
// quotation for the features that read the words around a mention.
const nearReach = 30

// mentionFeatures adds the people and organisations named in the
// quotation's paragraph and the ones either side, with where and how.
func (a *attributor) mentionFeatures(b *candBuilder, f *found, w quoteWindows) {
	ca := a.cast
	nearestBefore, nearestAfter := "", ""
	distBefore, distAfter := math.MaxInt, math.MaxInt
	for i := ca.mentionFrom(w.lo); i < len(ca.ments) && ca.ments[i].Start < w.hi; i++ {
		m := ca.ments[i]
		name := ca.name(m)
		if name == "" {
			continue
		}
		x := b.add(name)
		x[fLogNear]++
		t := a.tokenAt(m.Start)
		e := tokenEnd(a.toks, t, m.End)
		dist := -1
		switch {
		case m.End <= f.outer.Start:
			dist = w.first - e
			x[fBefore3] = max(x[fBefore3], indicator(dist <= 3))
			x[fBefore10] = max(x[fBefore10], indicator(dist <= 10))
			x[fBefore30] = max(x[fBefore30], indicator(dist <= 30))
			if dist < distBefore {
				distBefore, nearestBefore = dist, name
			}
		case m.Start >= f.outer.End:
			dist = t - w.last
			x[fAfter3] = max(x[fAfter3], indicator(dist <= 3))
			x[fAfter10] = max(x[fAfter10], indicator(dist <= 10))
			x[fAfter30] = max(x[fAfter30], indicator(dist <= 30))
			if dist < distAfter {
				distAfter, nearestAfter = dist, name
			}
		default:
			x[fInBetween] = 1
			dist = 0
		}
		x[fInBefore] = max(x[fInBefore], indicator(t >= w.before[0] && t < w.before[1]))
		x[fInAfter] = max(x[fInAfter], indicator(t >= w.after[0] && t < w.after[1]))
		switch a.paraOf(m.Start) - w.para {
		case 0:
			x[fSamePara] = 1
		case -1:
			x[fPrevPara] = 1
		default:
			x[fNextPara] = 1
		}
		x[fPerson] = max(x[fPerson], indicator(m.Type == storyline.Person))
		x[fOrg] = max(x[fOrg], indicator(m.Type == storyline.Org))
		if dist <= nearReach {
			a.aroundMention(x, m, t, e)
		}
	}
	if nearestBefore != "" {
		b.add(nearestBefore)[fNearestBefore] = 1
	}
	if nearestAfter != "" {
		b.add(nearestAfter)[fNearestAfter] = 1
	}
	counts := map[string]int{}
	for _, m := range ca.ments {
		counts[ca.name(m)]++
	}
	inside := map[string]bool{}
	for _, m := range ca.people {
		if m.Start >= f.outer.Start && m.End <= f.outer.End {
			inside[ca.name(m)] = true
		}
	}
	for _, c := range b.cands[1:] {
		c.x[fLogNear] = math.Log1p(c.x[fLogNear])
		c.x[fLogMentions] = math.Log1p(float64(counts[c.name]))
		c.x[fInsideQuote] = indicator(inside[c.name])
	}
}

// aroundMention adds what the words around a mention near the quotation
// say: a cue right before or after it, an apposition a cue follows, the
// opening of its sentence.
func (a *attributor) aroundMention(x []float64, m storyline.Mention, t, e int) {
	ca := a.cast
	if ca.beforeCue(m) {
		x[fCueSubject] = 1
		x[fCueShare] = max(x[fCueShare], a.cueShare(ca.pastBrackets(e, min(len(a.toks), e+12))))
	}
	for c := t - 1; c >= max(t-2, 0); c-- {
		if word, _ := a.cues.at(c); word != "" && !a.quoted[c] {
			x[fCueObject] = 1
			x[fCueShare] = max(x[fCueShare], a.cueShare(c))
			x[fCueListener] = max(x[fCueListener], indicator(a.cueHasSubject(c)))
			break
		}
	}
	if e < len(a.toks) && a.toks[e].Text == "," && a.cues.afterApposition(e, len(a.toks)) > 0 {
		x[fApposition] = 1
	}
	x[fFirstOfSentence] = max(x[fFirstOfSentence], indicator(ca.firstOfSentence(m)))
}

// cueHasSubject reports whether the word right before the cue at token c
// can be its subject (reportReader.subjectBefore finds a reading's subject
// among the names): a pronoun that speaks or a capitalised word ("she
// told Ramaswamy", "Trump told Fox News"), where the name after the cue is
// who was spoken to. After a comma or a quotation mark ("…,” said Rutte")
// the name after the cue is the speaker.
func (a *attributor) cueHasSubject(c int) bool {
	if c < 1 {
		return false
	}
	w := a.toks[c-1].Text
	return speakerPronouns[strings.ToLower(w)] || w == "I" || english.StartsUpper(w)
}

// cueShare is how often the cue at token t was a cue when it occurred (1
// for "according to").
func (a *attributor) cueShare(t int) float64 {
	if t >= len(a.toks) {
		return 0
	}
	if a.accordingTo(t) {
		return 1
	}
	if c, ok := a.lex.Lookup(a.toks[t].Text); ok {
		return c.share(a.toks[t].Text)
	}
	return 0
}

// pronounFeatures adds the people the pronouns at a cue around the
// quotation stand for ("…,” he said", "She said: “…”"), and whether the
// gender of a he/she there agrees with each candidate's.
func (a *attributor) pronounFeatures(b *candBuilder, f *found, w quoteWindows) {
	ranges := [][2]int{w.before, w.after}
	for _, s := range w.between {
		ranges = append(ranges, [2]int{a.tokenAt(s.Start), a.tokenAt(s.End)})
	}
	var genders []gender
	for _, r := range ranges {
		for t := r[0]; t < r[1]; t++ {
			low := a.lowTok(t)
			if a.quoted[t] || !speakerPronouns[low] || !a.pronounAtCue(t) {
				continue
			}
			name := ""
			if g := pronounGender[low]; g != unknown {
				genders = append(genders, g)
				scores := a.cast.pronounScores(t, g, f.near)
				a.antecedentFeatures(b, scores)
				a.antecedentMentions(b, t)
				name = a.cast.bestAntecedent(scores, g, f.near)
			} else {
				name = a.cast.resolvePronoun(t, f.near) // "it", "they", "we"
			}
			if name != "" {
				b.add(name)[fPronoun] = 1
			}
		}
	}
	for _, c := range b.cands[1:] {
		if len(genders) > 0 {
			for k, f := range pronounCrossed {
				c.x[fFirstPronounCross+k] = c.x[f]
			}
		}
		h := a.cast.gender[c.name]
		for _, g := range genders {
			if h != unknown {
				c.x[fGenderAgrees] = max(c.x[fGenderAgrees], indicator(h == g))
				c.x[fGenderDisagrees] = max(c.x[fGenderDisagrees], indicator(h != g))
			}
		}
	}
}

// maxPronounGap bounds the gap between a person's score as what a pronoun
// refers to and the best score: past it the person is as unlikely as any.
const maxPronounGap = 3.0

// antecedentFeatures adds the people a he/she may refer to, by their
// scores; a person scored for two pronouns keeps the smaller gap.
func (a *attributor) antecedentFeatures(b *candBuilder, scores map[string]float64) {
	best := math.Inf(-1)
	for _, s := range scores {
		best = max(best, s)
	}
	names := make([]string, 0, len(scores))
	for n := range scores {
		names = append(names, n)
	}
	slices.Sort(names) // candidates are added in a fixed order
	for _, n := range names {
		gap := min(best-scores[n], maxPronounGap)
		x := b.add(n)
		if x[fPronounScored] == 0 || gap < x[fPronounGap] {
			x[fPronounGap] = gap
		}
		x[fPronounScored] = 1
	}
}

// antecedentMentions adds the people named before the he/she at token t,
// within the reach of pronoun resolution, with where they were named: the
// parts pronounScores weighs by hand, for the model to weigh.
func (a *attributor) antecedentMentions(b *candBuilder, t int) {
	ca := a.cast
	slo, _ := a.beforeWindow(a.toks[t].Start)
	plo, phi := a.prevSentence(t)
	var order []string
	seen := map[string]bool{}
	for i := ca.mentionFrom(a.toks[t].Start) - 1; i >= 0; i-- {
		m := ca.ments[i]
		mt := a.tokenAt(m.Start)
		if t-mt > maxPronounReach {
			break
		}
		if m.Type != storyline.Person {
			continue
		}
		name := ca.name(m)
		x := b.add(name)
		dist := t - tokenEnd(a.toks, mt, m.End)
		x[fAntNear10] = max(x[fAntNear10], indicator(dist <= 10))
		x[fAntNear40] = max(x[fAntNear40], indicator(dist <= 40))
		x[fAntSameSentence] = max(x[fAntSameSentence], indicator(mt >= slo))
		x[fAntPrevSentence] = max(x[fAntPrevSentence], indicator(mt >= plo && mt < phi))
		if !seen[name] {
			seen[name] = true
			order = append(order, name)
			x[fAntSubject] = indicator(ca.firstOfSentence(m))
		}
	}
	for k, name := range order[:min(len(order), 2)] {
		b.add(name)[fAntRecent1+k] = 1
	}
	for _, r := range ca.refs {
		if r.tok < t && t-r.tok <= maxPronounReach && seen[r.name] {
			b.add(r.name)[fAntChain] = 1
		}
	}
}

// pronounAtCue reports whether a cue follows the pronoun at token t ("he
// said", "he also said") or comes right before it ("said he").
func (a *attributor) pronounAtCue(t int) bool {
	if a.cues.follows(t) {
		return true
	}
	word, _ := a.cues.at(max(t-1, 0))
	return t > 0 && word != ""
}
