package compare

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/logit"
)

// The disagreement decision (do two figures of different values, from two
// articles, state one quantity?) is a logistic model over the pair's
// features (FigureFeatures), learned by compare/comparetrain on
// hand-annotated figure disagreements (`storyline train figures`) and
// embedded here (figpairs.json). It is the default (Options.LearnedFigures):
// with 33 annotated disagreements in the 73 tuning events its nested
// cross-validated figure (P 0.250 R 0.242) is level with the hand
// decision's in sample (P 0.235 R 0.242; see DESIGN.md). Figures whose values agree still join by their sentences'
// shared words (Options.FigureContext): a wrong join of equal values claims
// no disagreement.

// Feature names, in the order FigureFeatures lists them.
const (
	FeatCtxOverlap = "ctx_overlap" // shared content words of the two sentences over the shorter's
	FeatCtxShared  = "ctx_shared"  // log(1 + shared content words)
	FeatCtxJaccard = "ctx_jaccard" // shared content words over the words of either
	FeatCtxShort   = "ctx_short"   // log(1 + the shorter sentence's content words)
	FeatHarm       = "harm"        // a count of people killed or injured
	FeatHarmOnly   = "harm_only"   // harm, and a sentence says little besides (fewer than minContextWords)
	FeatWhatSame   = "what_same"   // what both count is the same to the participle ("people killed" both)
	FeatLogRatio   = "log_ratio"   // log of the larger value over the smaller
	FeatSmall      = "small"       // log(1 + the smaller value): small counts are often incidental
	FeatBound      = "bound"       // either is a bound ("at least 50"), not a count
	FeatApprox     = "approx"      // either is hedged ("about 50")
	FeatFrame      = "frame"       // share of the words around the two figures (before, after) that are equal
	FeatOwnValues  = "own_values"  // log(1 + other values of the noun the two articles state themselves)
	FeatNounValues = "noun_values" // log of the distinct values of the noun over the story's articles
	FeatLead       = "lead"        // the later of the two figures' places in their bodies (0 first word, 1 last)
	FeatTimeUnit   = "time_unit"   // the noun is a stretch of time (years, days): a story has many
	FeatHand       = "hand"        // the hand decision joins them (handDiffer at DefaultOptions' thresholds)
	FeatHeadSame   = "head_same"   // the heads of the two noun phrases are one ("two ladder trucks", "three trucks")
	FeatNearShared = "near_shared" // log(1 + content words within nearTokens of both figures)
	FeatPeopleDiff = "people_diff" // both sentences name persons, and none of one's in the other's: two people's counts
	FeatPeople     = "people"      // log(1 + the persons both sentences name, by surname)
	FeatYearDiff   = "year_diff"   // both sentences name years, and none is shared: counts of two times
	FeatFrameDiff  = "frame_diff"  // log(1 + time-frame words one sentence has and the other lacks: "last", "since", "round")
	FeatTally      = "tally"       // either figure is a part or the whole of a tally ("178 of 369 punches")
	FeatBoundKept  = "bound_kept"  // one states a bound the other's value keeps ("at least two trucks", "three trucks"; see withinBound)
	FeatModifier   = "modifier"    // one counts the head under a modifier the other lacks or changes ("animal species", "species")
	FeatOneWriter  = "one_writer"  // an article of the two states both values (Options.FigureOneWriter, which the hand decision keeps apart)
	FeatTimeWord   = "time_word"   // two stretches of one time unit the words after them tell apart ("30 hours of deliberation", "40 hours over four days")
)

// FigureFeatures lists every feature computed for a pair of figures.
var FigureFeatures = []string{FeatCtxOverlap, FeatCtxShared, FeatCtxJaccard, FeatCtxShort, FeatHarm, FeatHarmOnly,
	FeatWhatSame, FeatLogRatio, FeatSmall, FeatBound, FeatApprox, FeatFrame, FeatOwnValues, FeatNounValues,
	FeatLead, FeatTimeUnit, FeatHand, FeatHeadSame, FeatNearShared,
	FeatPeopleDiff, FeatPeople, FeatYearDiff, FeatFrameDiff, FeatTally, FeatBoundKept,
	FeatModifier, FeatOneWriter, FeatTimeWord}

// FigureModel is the learned disagreement decision: P(one quantity) =
// σ(Bias + Σ w·x), x standardised by Mean and Scale. Two figures of
// different values may join a group when it is at least Threshold; Pool,
// when above 0, then joins groups whose pooled sentences share that much
// (Options.FigureGroupDiffer).
type FigureModel struct {
	logit.Standardized
	Threshold float64 `json:"threshold"`
	Pool      float64 `json:"pool"`
	// Veto set: the model only keeps apart pairs the hand decision
	// (Options.FigureContextDiffer) would join; it never joins others.
	Veto bool `json:"veto"`
}

//go:embed figpairs.json
var figpairsJSON []byte

// LoadFigureModel returns the embedded disagreement model.
func LoadFigureModel() (*FigureModel, error) { return ParseFigureModel(figpairsJSON) }

// ParseFigureModel reads a model file and checks it.
func ParseFigureModel(b []byte) (*FigureModel, error) {
	var m FigureModel
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("compare: figure model: %w", err)
	}
	if err := m.Prepare(); err != nil {
		return nil, err
	}
	return &m, nil
}

// Prepare checks the model and resolves its feature names.
func (m *FigureModel) Prepare() error {
	if err := m.Resolve(FigureFeatures); err != nil {
		return fmt.Errorf("compare: figure model: %w", err)
	}
	return nil
}

// Prob is the probability of one quantity for a full feature vector (in
// the order of FigureFeatures).
func (m *FigureModel) Prob(x []float64) float64 { return logit.Sigmoid(m.LogOdds(x)) }

// String names the model by its decision, for listings of options.
func (m *FigureModel) String() string {
	if m == nil {
		return "none"
	}
	return fmt.Sprintf("model(%d features, threshold %g, pool %g, veto %v)", len(m.Features), m.Threshold, m.Pool, m.Veto)
}

// embeddedFigureModel is the model the build embeds, read once; a
// malformed embedded file is a build error (TestEmbeddedFigureModel).
var embeddedFigureModel = sync.OnceValue(func() *FigureModel {
	m, err := LoadFigureModel()
	if err != nil {
		panic(err)
	}
	return m
})

// FigureSet is a story's figures with their candidate pairs: two figures
// of different articles that count one noun with compatible participles,
// their values within Options.FigureRatio of each other. Pairs whose
// values differ carry features; they are the learned decision. Built once,
// it groups the figures under any model: what the trainer cross-validates.
type FigureSet struct {
	docs []*doc
	reps []*frep
	o    Options
	cand []fcand
	// differ indexes the candidates whose values differ, in the order of
	// Pairs.
	differ []int
}

type fcand struct {
	i, j     int
	agree    bool
	s        float64 // overlap of the two sentences' content words
	harmOnly bool
	// own is the most distinct values of the noun either article states.
	own int
	// oneWriter is set when an article of the two states both values
	// (Options.FigureOneWriter), timeWord when the two count one time unit
	// whose following words differ ("hour-of", "hour-over"): candidates the
	// learned decision weighs and the hand decision keeps apart.
	oneWriter, timeWord bool
	x                   []float64
}

// FigurePair is one candidate pair of a FigureSet whose values differ: two
// figures of different articles (spans in their bodies) and their features,
// in the order of FigureFeatures.
type FigurePair struct {
	A, B storyline.Report
	X    []float64
}

// NewFigureSet reads the figures of the story's articles (those s lists, in
// the order the comparison takes them) under the options' candidate bounds.
func NewFigureSet(s *storyline.Story, articles []*storyline.Article, o Options) *FigureSet {
	arts := storyArticles(s, articles)
	docs := make([]*doc, len(arts))
	for i, a := range arts {
		docs[i] = newDoc(a)
	}
	return newFigureSet(docs, o)
}

func newFigureSet(docs []*doc, o Options) *FigureSet {
	f := &FigureSet{docs: docs, reps: figureReports(docs), o: o}
	st := nounStats(f.reps)
	for i, a := range f.reps {
		for j := i + 1; j < len(f.reps); j++ {
			b := f.reps[j]
			agreeing := agree(a.q, b.q)
			timeWord := a.noun != b.noun && !agreeing && timeNoun(a.noun) && timeUnit(a.noun) == timeUnit(b.noun)
			if a.doc == b.doc || a.noun != b.noun && !timeWord || farApart(a.q, b.q, o.FigureRatio) {
				continue
			}
			if pa, pb := participle(a.q.What), participle(b.q.What); pa != pb && (pa != "" && pb != "" || isHarm(pa) || isHarm(pb)) {
				continue // "states enacted" and "states legalized" are two counts; so are "people killed" and "people"
			}
			// the article that states both values counts two things with
			// them, mostly: the hand decision keeps them apart, the learned
			// one weighs it ("Ninety percent of the 288 candidates" beside
			// a turnout of 93.87 percent)
			oneWriter := o.FigureOneWriter && !agreeing && (statesValue(f.reps, a.doc, a.noun, b.q) || statesValue(f.reps, b.doc, b.noun, a.q))
			c := fcand{i: i, j: j, agree: agreeing, s: overlap(a.ctx, b.ctx),
				harmOnly:  isHarm(participle(a.q.What)) && min(len(a.ctx), len(b.ctx)) < minContextWords,
				own:       max(st.own[a.noun][a.doc], st.own[b.noun][b.doc]),
				oneWriter: oneWriter, timeWord: timeWord}
			if !c.agree {
				c.x = figurePairFeatures(a, b, c, st, handJoins(a, b, c, o))
				f.differ = append(f.differ, len(f.cand))
			}
			f.cand = append(f.cand, c)
		}
	}
	return f
}

// Pairs lists the candidate pairs whose values differ, with their features.
func (f *FigureSet) Pairs() []FigurePair {
	out := make([]FigurePair, len(f.differ))
	for k, pi := range f.differ {
		p := f.cand[pi]
		a, b := f.reps[p.i], f.reps[p.j]
		out[k] = FigurePair{A: f.docs[a.doc].report(a.q.Span), B: f.docs[b.doc].report(b.q.Span), X: p.x}
	}
	return out
}

// Probs is the model's probability for each pair, in the order of Pairs.
func (f *FigureSet) Probs(m *FigureModel) []float64 {
	out := make([]float64, len(f.differ))
	for k, pi := range f.differ {
		out[k] = m.Prob(f.cand[pi].x)
	}
	return out
}

// Group groups the figures by the pairs' probabilities (in the order of
// Pairs), a threshold, a pooling share and whether the model only vetoes
// the hand decision (see FigureModel), and returns the contract's figures,
// disagreements first, and the figures one outlet alone states.
func (f *FigureSet) Group(probs []float64, threshold, pool float64, veto bool) ([]storyline.Figure, []storyline.SingleItem) {
	differ := make([]bool, len(probs))
	var hand []bool
	if veto {
		hand = f.handDiffer()
	}
	for k, p := range probs {
		differ[k] = p >= threshold && (!veto || hand[k])
	}
	return f.group(differ, pool)
}

// statesValue reports whether the article doc states a figure of noun
// whose value agrees with q's.
func statesValue(reps []*frep, doc int, noun string, q Quantity) bool {
	for _, r := range reps {
		if r.doc == doc && r.noun == noun && agree(r.q, q) {
			return true
		}
	}
	return false
}

// figureStats are what the story's figures say about each noun.
type figureStats struct {
	// values is the number of distinct values of the noun over the story.
	values map[string]int
	// own is the number of distinct values of the noun per article.
	own map[string]map[int]int
}

func nounStats(reps []*frep) figureStats {
	vals := map[string]map[float64]bool{}
	own := map[string]map[int]map[float64]bool{}
	for _, r := range reps {
		if vals[r.noun] == nil {
			vals[r.noun] = map[float64]bool{}
			own[r.noun] = map[int]map[float64]bool{}
		}
		vals[r.noun][r.q.Value] = true
		if own[r.noun][r.doc] == nil {
			own[r.noun][r.doc] = map[float64]bool{}
		}
		own[r.noun][r.doc][r.q.Value] = true
	}
	st := figureStats{values: map[string]int{}, own: map[string]map[int]int{}}
	for n, vs := range vals {
		st.values[n] = len(vs)
		st.own[n] = map[int]int{}
		for d, vs := range own[n] {
			st.own[n][d] = len(vs)
		}
	}
	return st
}

// timeNoun reports whether a counted noun is a stretch of time ("year",
// "year-in" of "25 years in prison").
func timeNoun(n string) bool {
	return timeUnits[timeUnit(n)]
}

// timeUnit is a counted noun without the words that tell its stretches of
// time apart ("year" of "year-in").
func timeUnit(n string) string {
	unit, _, _ := strings.Cut(n, "-")
	return unit
}

// figurePairFeatures computes the features of two figures whose values
// differ, in the order of FigureFeatures.
func figurePairFeatures(a, b *frep, c fcand, st figureStats, hand bool) []float64 {
	bit := func(ok bool) float64 {
		if ok {
			return 1
		}
		return 0
	}
	lo, hi := math.Min(math.Abs(a.q.Value), math.Abs(b.q.Value)), math.Max(math.Abs(a.q.Value), math.Abs(b.q.Value))
	ratio := math.Log1p(hi) // a zero: as far as the larger value is from nothing
	if lo > 0 {
		ratio = math.Log(hi / lo)
	}
	frame := 0.0
	if a.before != "" && a.before == b.before {
		frame += 0.5
	}
	if a.after != "" && a.after == b.after {
		frame += 0.5
	}
	sh := shared(a.ctx, b.ctx)
	union := len(a.ctx) + len(b.ctx) - sh
	jac := 0.0
	if union > 0 {
		jac = float64(sh) / float64(union)
	}
	return []float64{
		c.s,
		math.Log1p(float64(sh)),
		jac,
		math.Log1p(float64(min(len(a.ctx), len(b.ctx)))),
		bit(isHarm(participle(a.q.What))),
		bit(c.harmOnly),
		bit(a.q.What == b.q.What),
		ratio,
		math.Log1p(lo),
		bit(a.q.Bound || b.q.Bound),
		bit(a.q.Approx || b.q.Approx),
		frame,
		math.Log1p(float64(st.own[a.noun][a.doc] - 1 + st.own[b.noun][b.doc] - 1)),
		math.Log(float64(max(st.values[a.noun], 1))),
		math.Max(a.pos, b.pos),
		bit(timeNoun(a.noun) || timeNoun(b.noun)),
		bit(hand),
		bit(a.q.head == b.q.head),
		math.Log1p(float64(shared(a.near, b.near))),
		bit(disjoint(a.people, b.people)),
		math.Log1p(float64(shared(a.people, b.people))),
		bit(disjoint(a.years, b.years)),
		math.Log1p(float64(len(a.frames) + len(b.frames) - 2*shared(a.frames, b.frames))),
		bit(a.tally || b.tally),
		bit(withinBound(a.q, b.q)),
		bit(modifierDiffers(a.q, b.q)),
		bit(c.oneWriter),
		bit(c.timeWord),
	}
}

// disjoint reports whether both sets hold something and share nothing.
func disjoint(a, b map[string]bool) bool {
	return len(a) > 0 && len(b) > 0 && shared(a, b) == 0
}
