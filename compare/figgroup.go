package compare

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
	"github.com/storyline-news/storyline/text"
)

// minContextWords: a sentence with fewer content words than this beside a
// count of people killed or injured gives no evidence against it being the
// story's toll.
const minContextWords = 3

func isHarm(p string) bool { return p == "killed" || p == "injured" }

// minSharedDiffer is the fewest content words the sentences of two figures
// whose values differ must share to be one quantity: a story's sentences
// share one word by chance ("the three mothers and two children" and "the
// mother of 12 children"), and a short sentence would pass any share of
// its words with it.
const minSharedDiffer = 2

// participle is the verb part of what a figure counts ("killed" of "people
// killed"), or "".
func participle(what string) string {
	_, p, _ := strings.Cut(what, " ")
	return p
}

// frep is one figure of one article, ready to be matched.
type frep struct {
	doc  int
	q    Quantity
	noun string
	ctx  map[string]bool
	// before and after are the words next to the figure (lower case, ""
	// when punctuation or nothing stands there): its sentence frame.
	before, after string
	// pos is where the figure starts in its body, 0 to 1.
	pos float64
	// near is the content words within nearTokens of the figure in its
	// sentence: what it is a figure of ("shot seven times", "fell about 150
	// metres", "a .38 caliber revolver").
	near map[string]bool
	// people is the surnames of the persons its sentence names, lower
	// case: whose count it is ("Cheeks spent 11 seasons", "DiLeo has spent
	// 19 seasons").
	people map[string]bool
	// years is the years its sentence names ("1997", a resolved date's
	// year): when the count held.
	years map[string]bool
	// frames is the time-frame words of its sentence ("last", "since",
	// "round", "career"): which stretch the count covers.
	frames map[string]bool
	// tally is set when the figure is the whole of a tally ("178 of 369
	// punches", "28 of his 68"), or its part ("landed 28 of 68").
	tally bool
	// label is what the figure counts in the article's words when they
	// say more than its counted noun ("Somali pirates", "merchant
	// vessels"); "" otherwise.
	label string
}

// frameWords name the stretch a count covers: "this year" and "last
// year", "in the round" and the fight, "since October" and ever, a
// career and a season.
var frameWords = english.LazyWordSet(`last this next previous past since first career season round quarter half inning period
	total overall far date ago earlier later yesterday today tonight`)

// nearTokens is how many tokens on either side of a figure its near words
// reach: the verb or noun it goes with, not the rest of the sentence.
const nearTokens = 4

// figures groups the quantities the story's articles state by what they
// count; quantities that one outlet alone states come back as single items.
// Two figures of different values are one quantity (a disagreement) by the
// learned decision (o.Figures) or, without one, by the hand thresholds.
func figures(docs []*doc, o Options) ([]storyline.Figure, []storyline.SingleItem) {
	fs := newFigureSet(docs, o)
	if m := o.figureModel(); m != nil {
		return fs.Group(fs.Probs(m), m.Threshold, m.Pool, m.Veto)
	}
	return fs.group(fs.handDiffer(), o.FigureGroupDiffer)
}

// handDiffer is the hand decision on each candidate pair whose values
// differ (in the order of Pairs): their sentences share FigureContextDiffer
// of the shorter's content words and two words at least, or the count is
// of people killed or injured and a sentence says little more.
func (f *FigureSet) handDiffer() []bool {
	out := make([]bool, len(f.differ))
	for k, pi := range f.differ {
		p := f.cand[pi]
		a, b := f.reps[p.i], f.reps[p.j]
		out[k] = handJoins(a, b, p, f.o)
	}
	return out
}

// handJoins is the hand decision on one candidate pair whose values
// differ (see handDiffer): enough shared words, or a toll, and neither
// of the frames the options keep apart.
func handJoins(a, b *frep, p fcand, o Options) bool {
	if p.oneWriter || p.timeWord || o.FigureMaxOwn > 0 && p.own > o.FigureMaxOwn {
		return false
	}
	if o.FigurePeopleApart && disjoint(a.people, b.people) || o.FigureFrameApart && !sameKeys(a.frames, b.frames) ||
		o.FigureModifierApart && modifierDiffers(a.q, b.q) {
		return false
	}
	return p.harmOnly || p.s >= o.FigureContextDiffer && shared(a.ctx, b.ctx) >= minSharedDiffer
}

// modifierDiffers reports whether two figures of one head count it under
// different modifiers ("1,247 animal species" and "1,009 species", "two
// fire tenders" and "three tenders").
func modifierDiffers(a, b Quantity) bool {
	if a.head == "" && b.head == "" {
		return false
	}
	wa, _, _ := strings.Cut(a.What, " ")
	wb, _, _ := strings.Cut(b.What, " ")
	return wa != wb
}

// sameKeys reports whether two sets hold the same words.
func sameKeys(a, b map[string]bool) bool {
	return len(a) == len(b) && shared(a, b) == len(a)
}

// group groups the figures, each candidate pair whose values differ joining
// when differ says so (in the order of Pairs), and builds the contract's
// figures and single items; pool > 0 then joins groups whose pooled
// sentences share that much (mergeGroups).
func (f *FigureSet) group(differ []bool, pool float64) ([]storyline.Figure, []storyline.SingleItem) {
	ok := make(map[[2]int]float64, len(f.cand))
	for _, p := range f.cand {
		if p.agree && p.s >= f.o.FigureContext {
			ok[[2]int{p.i, p.j}] = p.s + 0.01 // equal values win ties
		}
	}
	for k, pi := range f.differ {
		if differ[k] {
			p := f.cand[pi]
			s := p.s
			if p.harmOnly {
				s = max(s, f.o.FigureContextDiffer) // "About 100 people have been injured.": the count says it all
			}
			ok[[2]int{p.i, p.j}] = s
		}
	}
	reps, docs := f.reps, f.docs
	groups := groupReports(len(reps), true, func(i, j int) (float64, bool) {
		s, m := ok[[2]int{i, j}]
		return s, m
	}, func(i int) int { return reps[i].doc })
	if pool > 0 {
		o := f.o
		o.FigureGroupDiffer = pool
		groups = mergeGroups(groups, reps, o)
	}
	var out []storyline.Figure
	var single []storyline.SingleItem
	for _, g := range groups {
		outlets := map[string]bool{}
		for _, ri := range g {
			outlets[docs[reps[ri].doc].outlet()] = true
		}
		if len(g) > 1 {
			out = append(out, figure(g, reps, docs))
		}
		if len(outlets) == 1 && !f.statedElsewhere(g[0]) {
			r := reps[g[0]]
			single = append(single, storyline.SingleItem{Report: docs[r.doc].report(r.q.Phrase), Kind: "figure"})
		}
	}
	// disagreements first: they are what an analyst looks for
	sort.SliceStable(out, func(i, j int) bool { return !out[i].Agree && out[j].Agree })
	return out, single
}

// statedElsewhere reports whether another outlet than figure i's states a
// figure of its noun, of the same participle or none, whose value agrees
// with it. The two were not made one quantity (their sentences say too
// little alike: "Seven Republicans asked for an inquiry" and "the names of
// seven Republicans from Ohio"), yet neither is one outlet's alone, as
// single_source says.
func (f *FigureSet) statedElsewhere(i int) bool {
	r := f.reps[i]
	if r.noun == "" {
		return false // a bare number says too little to be the same figure
	}
	own, p := f.docs[r.doc].outlet(), participle(r.q.What)
	for _, o := range f.reps {
		if op := participle(o.q.What); o.noun != r.noun || op != p && op != "" && p != "" {
			continue
		}
		if f.docs[o.doc].outlet() != own && agree(o.q, r.q) {
			return true
		}
	}
	return false
}

// minPooled is the fewest figures two groups must hold together for their
// pooled sentences to speak for them: two lone figures pool no more than
// their own two sentences, which the pairwise decision has already weighed
// (and refused).
const minPooled = 3

// mergeGroups joins groups of figures of one noun whose values differ when
// the sentences of all their members, pooled, share enough content words
// (o.FigureGroupDiffer) and no two of their values lie more than
// o.FigureRatio apart: several outlets agreeing on "about 150 metres" and
// others on "about 60 metres" state one distance two ways, and each
// outlet's sentence alone says too little to tell. Best pair first, never
// two figures of one article in a group.
func mergeGroups(groups [][]int, reps []*frep, o Options) [][]int {
	type cand struct {
		a, b  int
		score float64
	}
	pool := func(g []int) (map[string]bool, map[int]bool) {
		ctx, docs := map[string]bool{}, map[int]bool{}
		for _, ri := range g {
			for w := range reps[ri].ctx {
				ctx[w] = true
			}
			docs[reps[ri].doc] = true
		}
		return ctx, docs
	}
	st := nounStats(reps)
	tallied := func(g []int) bool { // an article of g states too many values of the noun (Options.FigureMaxOwn)
		for _, ri := range g {
			if o.FigureMaxOwn > 0 && st.own[reps[ri].noun][reps[ri].doc] > o.FigureMaxOwn {
				return true
			}
		}
		return false
	}
	for {
		ctxs := make([]map[string]bool, len(groups))
		docs := make([]map[int]bool, len(groups))
		for i, g := range groups {
			ctxs[i], docs[i] = pool(g)
		}
		var best *cand
		for i := range groups {
			for j := i + 1; j < len(groups); j++ {
				a, b := reps[groups[i][0]], reps[groups[j][0]]
				if len(groups[i])+len(groups[j]) < minPooled || a.noun != b.noun || participle(a.q.What) != participle(b.q.What) || agree(a.q, b.q) || tallied(groups[i]) || tallied(groups[j]) || overlaps(docs[i], docs[j]) || groupsFarApart(groups[i], groups[j], reps, o.FigureRatio) ||
					o.FigureOneWriter && (groupStates(groups[i], groups[j], reps) || groupStates(groups[j], groups[i], reps)) {
					continue
				}
				if s := overlap(ctxs[i], ctxs[j]); s >= o.FigureGroupDiffer && (best == nil || s > best.score) {
					best = &cand{i, j, s}
				}
			}
		}
		if best == nil {
			return groups
		}
		groups[best.a] = append(groups[best.a], groups[best.b]...)
		groups = append(groups[:best.b], groups[best.b+1:]...)
	}
}

func figureReports(docs []*doc) []*frep {
	var reps []*frep
	for di, d := range docs {
		toks := text.Tokenize(d.a.Body)
		sents := text.Sentences(d.a.Body, toks)
		skip := make([]storyline.Span, 0, len(d.a.Dates))
		for _, m := range d.a.Dates {
			skip = append(skip, storyline.Span{Start: m.Start, End: m.End})
		}
		first := map[string]*frep{} // an article repeating a figure states it once
		var prev *Quantity
		for _, q := range figuresIn(toks, skip) {
			restated := prev != nil && restates(toks, *prev, q)
			prev = &q
			if q.What == "" || restated {
				continue
			}
			key := q.What + "\x00" + strconv.FormatFloat(q.Value, 'g', -1, 64)
			if r := first[key]; r != nil {
				for w := range context(toks, sentenceOf(sents, q.Start), q) {
					r.ctx[w] = true
				}
				continue
			}
			sp, ok := d.span(q.Span)
			if !ok || sp != q.Span {
				continue
			}
			noun, _, _ := strings.Cut(q.What, " ")
			if q.head != "" {
				noun = q.head // "two fire tenders" and "10 fire engines" count two things
			}
			sent := sentenceOf(sents, q.Start)
			r := &frep{doc: di, q: q, noun: noun, ctx: context(toks, sent, q), pos: float64(q.Start) / float64(max(len(d.runes), 1))}
			r.before, r.after = frame(toks, q.Span)
			r.near = nearWords(toks, sent, q.Span)
			r.people, r.years, r.frames = sentencePeople(d.a, sent), sentenceYears(d.a, toks, sent), sentenceFrames(toks, sent, q.Span)
			r.tally = isTally(toks, q)
			if np, ok := d.span(q.nounPhrase); ok && np == q.nounPhrase {
				r.label = figureLabel(string(d.runes[np.Start:np.End]))
			}
			first[key] = r
			reps = append(reps, r)
		}
	}
	return reps
}

// figureLabel is a figure's words as a name: one space between words, and
// lower case when the page wrote them in capitals ("SOMALI PIRATES").
func figureLabel(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if strings.ToUpper(s) == s {
		s = strings.ToLower(s)
	}
	return s
}

// restates reports whether q is prev written again in brackets right
// after it, in another unit or currency ("$US1 million ($1.52 million)",
// "about 60 metres (200 feet)"): one statement, whose first form is the
// writer's own, so the converted one is not a figure of its own.
func restates(toks []storyline.Token, prev, q Quantity) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= q.Start })
	return k >= 2 && k < len(toks) && toks[k].Start == q.Start && toks[k-1].Text == "(" && toks[k-2].End == prev.End
}

// frame is the words right before and right after a span, lower case; ""
// where a token that is not a word (or nothing) stands.
func frame(toks []storyline.Token, s storyline.Span) (before, after string) {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s.Start })
	if k > 0 {
		if w := strings.ToLower(toks[k-1].Text); isWord(w) {
			before = w
		}
	}
	e := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s.End })
	if e < len(toks) {
		if w := strings.ToLower(toks[e].Text); isWord(w) {
			after = w
		}
	}
	return before, after
}

// sentenceOf is the sentence that holds the offset (the zero span when
// none does).
func sentenceOf(sents []storyline.Span, at int) storyline.Span {
	for _, x := range sents {
		if x.Start <= at && at < x.End {
			return x
		}
	}
	return storyline.Span{}
}

// sentencePeople is the surnames (last words, lower case) of the persons
// the article's entities name inside the sentence.
func sentencePeople(a *storyline.Article, sent storyline.Span) map[string]bool {
	m := map[string]bool{}
	for _, e := range a.Entities {
		if e.Type != storyline.Person {
			continue
		}
		for _, s := range e.Mentions {
			if s.Start >= sent.Start && s.End <= sent.End {
				ws := strings.Fields(strings.ToLower(e.Name))
				if len(ws) > 0 {
					m[ws[len(ws)-1]] = true
				}
				break
			}
		}
	}
	return m
}

// sentenceYears is the years the sentence names: four-digit years and the
// years of the date expressions the timex stage resolved in it.
func sentenceYears(a *storyline.Article, toks []storyline.Token, sent storyline.Span) map[string]bool {
	m := map[string]bool{}
	for _, d := range a.Dates {
		if d.Start >= sent.Start && d.End <= sent.End && len(d.Date) >= 4 && isDigits(d.Date[:4]) {
			m[d.Date[:4]] = true
		}
	}
	for _, t := range inSentence(toks, sent) {
		if len(t.Text) == 4 && isDigits(t.Text) && t.Text >= "1800" && t.Text <= "2100" {
			m[t.Text] = true
		}
	}
	return m
}

// sentenceFrames is the frameWords of the sentence outside the figure's
// own words ("11 seasons" counts seasons; it names no frame).
func sentenceFrames(toks []storyline.Token, sent, fig storyline.Span) map[string]bool {
	m := map[string]bool{}
	for _, t := range inSentence(toks, sent) {
		if t.Span.Overlaps(fig) {
			continue
		}
		if w := singular(strings.ToLower(t.Text)); frameWords()[w] {
			m[w] = true
		}
	}
	return m
}

// inSentence is the run of toks (in text order) that lie inside sent,
// found by binary search: a story's export reads every figure's sentence,
// and reading every token of the body for each figure made it quadratic.
func inSentence(toks []storyline.Token, sent storyline.Span) []storyline.Token {
	first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sent.Start })
	last := first
	for last < len(toks) && toks[last].End <= sent.End {
		last++
	}
	return toks[first:last]
}

// isTally reports whether the figure stands in "N of M": the whole after
// another number and "of" ("178 of 369 punches", "28 of his 68"), or the
// part before "of" and another number ("30 of 207").
func isTally(toks []storyline.Token, q Quantity) bool {
	k := q.tok
	for b := k - 1; b >= max(0, k-3); b-- { // "of", "of his"
		if strings.EqualFold(toks[b].Text, "of") {
			if b > 0 && isNumeral(toks[b-1].Text) {
				return true
			}
			break
		}
	}
	for e := k + 1; e < min(len(toks), k+3); e++ {
		if strings.EqualFold(toks[e].Text, "of") {
			return e+1 < len(toks) && isNumeral(toks[e+1].Text) || e+2 < len(toks) && isNumeral(toks[e+2].Text)
		}
	}
	return false
}

// nearWords is the content words within nearTokens tokens of the span,
// inside its sentence.
func nearWords(toks []storyline.Token, sent, s storyline.Span) map[string]bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s.Start })
	e := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s.End })
	m := map[string]bool{}
	for i := max(0, k-nearTokens); i < min(len(toks), e+nearTokens); i++ {
		t := toks[i]
		if i >= k && i < e || t.Start < sent.Start || t.End > sent.End {
			continue
		}
		w := strings.ToLower(t.Text)
		if isWord(w) && !countStop()[w] && !stopWords()[w] && len(w) > 2 {
			m[singular(w)] = true
		}
	}
	return m
}

// context is the content words of the figure's sentence, the figure's own
// words aside.
func context(toks []storyline.Token, sent storyline.Span, q Quantity) map[string]bool {
	m := map[string]bool{}
	for _, t := range inSentence(toks, sent) {
		if t.Span.Overlaps(q.Span) {
			continue
		}
		w := strings.ToLower(t.Text)
		if isWord(w) && !countStop()[w] && !stopWords()[w] && len(w) > 2 {
			m[singular(w)] = true
		}
	}
	return m
}

// overlap is |a∩b| / min(|a|,|b|), 0 when either is empty.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(shared(a, b)) / float64(min(len(a), len(b)))
}

// shared is the number of words two contexts share.
func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// farApart reports whether two values lie more than ratio times apart
// (ratio 0: never): reports of one quantity that differ stay within a
// small factor of each other ("12" and "18 people injured", "150" and "60
// metres"), while a story's counts of different things sharing a noun
// often lie orders apart ("10,000 people marching", "three people
// killed"). Values of opposite sign or a zero are far apart too.
func farApart(a, b Quantity, ratio float64) bool {
	if ratio <= 0 || a.Value == b.Value {
		return false
	}
	lo, hi := math.Min(math.Abs(a.Value), math.Abs(b.Value)), math.Max(math.Abs(a.Value), math.Abs(b.Value))
	return lo == 0 || a.Value*b.Value < 0 || hi/lo > ratio
}

// groupStates reports whether an article of group g states, besides its
// own, a value of the noun that agrees with one of group h's: a writer
// who gives both values counts two things with them, so the two groups
// are not one quantity told two ways.
func groupStates(g, h []int, reps []*frep) bool {
	for _, i := range g {
		for _, j := range h {
			if statesValue(reps, reps[i].doc, reps[j].noun, reps[j].q) {
				return true
			}
		}
	}
	return false
}

// groupsFarApart reports whether any value of one group lies far apart
// from any of the other's.
func groupsFarApart(g, h []int, reps []*frep, ratio float64) bool {
	for _, i := range g {
		for _, j := range h {
			if farApart(reps[i].q, reps[j].q, ratio) {
				return true
			}
		}
	}
	return false
}

func figure(g []int, reps []*frep, docs []*doc) storyline.Figure {
	sort.Slice(g, func(i, j int) bool { return reps[g[i]].doc < reps[g[j]].doc })
	f := storyline.Figure{Agree: true}
	votes := map[string]int{} // what each statement calls the figure
	what := ""
	for _, ri := range g {
		r := reps[ri]
		if len(r.q.What) > len(f.What) {
			f.What = r.q.What
		}
		name := r.q.What
		if r.label != "" {
			name = r.label
		}
		k := strings.ToLower(name)
		votes[k]++
		if n, m := votes[k], votes[strings.ToLower(what)]; what == "" || n > m || n == m && len(name) > len(what) {
			what = name
		}
		f.Values = append(f.Values, storyline.FigureValue{Report: docs[r.doc].report(r.q.Phrase), Value: r.q.Value})
	}
	f.Agree = allAgree(g, reps)
	if !strings.Contains(f.What, " ") { // "people killed" says what happened
		f.What = what // else the name most of its statements give it
	}
	return f
}

// allAgree reports whether every two figures of the group agree: a hedge
// lets each of "about 104" and "96" agree with "100", not with each
// other, so agreeing with the first is not enough.
func allAgree(g []int, reps []*frep) bool {
	for a := range g {
		for b := a + 1; b < len(g); b++ {
			if !agree(reps[g[a]].q, reps[g[b]].q) {
				return false
			}
		}
	}
	return true
}

// withinBound reports whether one of two figures states a limit the
// other's value keeps: "at least two ladder trucks" and "three ladder
// trucks", "up to 10" and "eight"; not "over $142 million" and "$140
// million". CONTRACT.md counts even a kept bound as a disagreement ("52
// people", "at least 50"); writers often mean one count by both, so it
// is a feature of the learned decision (FeatBoundKept), not a rule.
func withinBound(a, b Quantity) bool { return keeps(a, b) || keeps(b, a) }

// keeps reports whether q lies on the allowed side of limit's bound (a
// bound the same way keeps it whatever the values).
func keeps(limit, q Quantity) bool {
	switch {
	case !limit.Bound:
		return false
	case q.Bound && q.Below == limit.Below:
		return true
	case limit.Below:
		return q.Value <= limit.Value
	}
	return q.Value >= limit.Value
}

// hedgeTolerance is how far a hedged value ("about 940 miles") or one
// converted from another unit ("2,000 feet" = 609.6 metres) may lie from
// another and still agree with it: writers round such values to two
// significant digits, which moves them by up to 5%.
const hedgeTolerance = 0.05

// agree reports whether two statements of a quantity give the same value:
// equal; within hedgeTolerance when either is hedged ("about 940", "some
// 930") or converted; or equal after rounding the more precise one to the other's
// written precision when that one was written with a scale word ("$1.2
// billion" agrees with "$1.23 billion", "50" does not with "52"). A value
// half a unit away rounds either way, so it is no rounding: "$500,000"
// does not agree with "$1 million".
func agree(a, b Quantity) bool {
	if a.Value == b.Value {
		return true
	}
	if (a.Approx || b.Approx || converted(a, b)) && math.Abs(a.Value-b.Value) <= hedgeTolerance*math.Max(math.Abs(a.Value), math.Abs(b.Value)) {
		return true
	}
	for _, q := range []Quantity{a, b} {
		if q.Scale > 1 {
			unit := q.Scale / math.Pow(10, float64(q.Decimals))
			if math.Abs(a.Value-b.Value) < unit/2 {
				return true
			}
		}
	}
	return false
}

// converted reports whether one of two figures was converted from the
// other's unit ("2,000 feet" and "609 metres"): two written in one unit
// ("101 yards" and "96 yards", both stated in metres) were converted
// alike, and differ as their written numbers do. A figure whose unit is
// not known ("") may have been written in any.
func converted(a, b Quantity) bool {
	return (a.Converted || b.Converted) && (a.unit != b.unit || a.unit == "")
}

// stopWords are function words that say nothing about what a sentence is about.
var stopWords = english.LazyWordSet(`said says say also but not its their his her who which than more about after before been
	into over there they them what when where while would could should this those these mr.`)
