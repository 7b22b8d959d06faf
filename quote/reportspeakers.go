package quote

import (
	"sort"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// The speakers of reported speech. The structural readers (reported.go)
// name the subject of a reading's cue when they can; the learned speaker
// model re-decides it as it does for quotations with marks, over the same
// candidates (the names around the reading, the people the pronouns at its
// cue stand for, what each finder of the rules proposes, nobody) and a few
// features of the reading itself. Its weights are SpeakerModel.Reported,
// fitted by quotetrain.TrainSpeakers on the readings that match PolNeAR's
// attributions.

// readingFound is a kept reading seen as a quotation for the speaker
// features: its content is its one fragment, its subject the rules' pick,
// and it was found at a cue.
func readingFound(c reportedCand) found {
	sp := storyline.Span{Start: c.q.Start, End: c.q.End}
	return found{frags: []storyline.Span{sp}, outer: sp, kind: storyline.QuoteIndirect,
		attribution: attribution{speaker: c.q.Speaker, cue: c.q.Cue, found: true}}
}

// readingContexts are the kept readings as quotations, and what the rules
// said around each: the speaker of the attribution before it in its
// paragraph (which pronouns favour, as for a quotation with marks) and
// those of the attributions before and after it, among the quotations with
// marks fs and the readings together in body order.
func (a *attributor) readingContexts(fs []found, rs []reportedCand) ([]found, []speakerContext) {
	out := make([]found, len(rs))
	all := make([]found, 0, len(fs)+len(rs))
	all = append(all, fs...)
	for i, c := range rs {
		out[i] = readingFound(c)
		out[i].afterEnd = a.attributionEnd(c)
		all = append(all, out[i])
	}
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return all[order[i]].outer.Start < all[order[j]].outer.Start })
	sorted := make([]found, len(all))
	for i, k := range order {
		sorted[i] = all[k]
	}
	ctx := a.contexts(sorted)
	cs := make([]speakerContext, len(rs))
	prev, prevPara := "", -2
	for i, k := range order {
		para := a.paraOf(sorted[i].outer.Start)
		if r := k - len(fs); r >= 0 { // a reading, not a quotation with marks
			cs[r] = ctx[i]
			if para == prevPara {
				out[r].near = prev
			}
		}
		if sorted[i].speaker != "" {
			prev, prevPara = sorted[i].speaker, a.paraOf(max(sorted[i].outer.End-1, 0))
		}
	}
	return out, cs
}

// attributionEnd is the token after the clause of a reading's cue when
// the cue follows what was said ("…, Rutte said on Friday, as …" ends at
// the comma after Friday); 0 when the cue comes first.
func (a *attributor) attributionEnd(c reportedCand) int {
	if c.cue < a.tokenAt(c.q.End) {
		return 0
	}
	k := c.cue + 1
	for k < len(a.toks) && !a.endsAt(k) && a.toks[k].Text != "," && a.toks[k].Text != ";" {
		k++
	}
	return k
}

// readingCands lists the speaker candidates of a kept reading, nobody
// first: those of a quotation (speakerCands) and what the reading's
// subject is (a pronoun, a common noun, none the readers could find).
func (a *attributor) readingCands(c reportedCand, f *found, ctx speakerContext) []speakerCand {
	cs := a.speakerCands(f, ctx)
	for i := range cs {
		x := cs[i].x
		if i == 0 {
			x[fNoneNoun] = indicator(c.subj == subjNoun)
			x[fNoneSubjectless] = indicator(c.subj == subjNone)
			continue
		}
		if x[fRulePick] == 1 {
			x[fPickPronoun] = indicator(c.subj == subjPronoun)
			x[fPickNoun] = indicator(c.subj == subjNoun)
		}
	}
	return cs
}

// readingAsked is the level at which the model is asked about a reading.
// Where the readers named the subject of its cue their name stands
// (AskReadersNamed): asked there, the model preferred a name of the
// reading's own clause to the person the readers had resolved "the bloc's
// top diplomat" to (seeds), for 19 more right of 5,330 in cross-validation.
// Otherwise, as for a quotation with marks, it is asked where the readers
// found no subject ("Cruz openly admitted that …" when they could not take
// Cruz, "He met the mayor and said …"), not where they found one that
// names nobody ("according to a new poll", "Experts say", and "Clinton
// campaign officials also said", whose common noun they could not
// resolve).
func (v *view) readingAsked(c reportedCand) SpeakerAsked {
	switch {
	case c.q.Speaker != "":
		return AskReadersNamed
	case c.subj == subjNone && c.path != pathAccording && c.path != pathColon && !v.nounBefore(c.cue):
		return AskUnfound
	}
	return AskNameless
}

// nounBefore reports whether a lower-case word other than a conjunction
// or a relative stands right before the cue at token t, past adverbs and
// auxiliaries: the head of a common-noun subject ("officials also said").
func (v *view) nounBefore(t int) bool {
	for k := t - 1; k >= 0; k-- {
		low := v.lowTok(k)
		switch low {
		case "and", "but", "or", "yet", "so", "who", "which", "that":
			return false
		}
		if adverbOrAux(low) {
			continue
		}
		return english.IsLower(v.toks[k].Text)
	}
	return false
}

// decideReadings gives each kept reading the speaker the model's Reported
// weights choose, where it is asked (SpeakerModel.Asked of those weights);
// without them the readers' subjects stand.
func (m *SpeakerModel) decideReadings(a *attributor, fs []found, rs []reportedCand) {
	if m == nil || m.Reported == nil || len(rs) == 0 {
		return
	}
	rf, ctx := a.readingContexts(fs, rs)
	for i := range rs {
		if a.readingAsked(rs[i]) > m.Reported.Asked {
			continue
		}
		cs := a.readingCands(rs[i], &rf[i], ctx[i])
		rs[i].q.Speaker = cs[m.Reported.choose(cs)].name
	}
}
