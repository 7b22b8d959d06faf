package cluster

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/logit"
)

// The join decision (does this article report the event of that story?) is a
// logistic model over the similarities the clusterer computes between an
// article and a candidate story, learned by cluster/clustertrain on the events
// dev sets (`storyline train stories`) and embedded here.

// Feature names, in the order JoinFeatures returns them. A model uses any
// subset, by name.
const (
	FeatText      = "text"       // average-link TF-IDF similarity to the members
	FeatNames     = "names"      // the same over capitalised words and numbers
	FeatEntities  = "entities"   // the same over IDF-weighted canonical entities
	FeatPeople    = "people"     // the same over the surnames of the people named
	FeatNoPeople  = "no_people"  // 1 when either side names nobody
	FeatYearsSaid = "years_said" // the same over the years the texts mention
	FeatDateGap   = "date_gap"   // log(1 + days) from the story's nearest event day
	FeatNoDate    = "no_date"    // 1 when either side has no event day
	FeatDateFar   = "date_far"   // years beyond a month between event days (or from a day the article names: farGap)
	FeatPubGap    = "pub_gap"    // log(1 + days) from the story's publication span
	FeatSource    = "same_source"
	FeatCohesion  = "cohesion"     // the story's own mean similarity between members
	FeatSize      = "size"         // log of the story's members
	FeatSmall     = "small"        // 1/sqrt(articles seen): small collections inflate cosines
	FeatDateWeeks = "date_weeks"   // weeks between event days, up to farDays
	FeatBgText    = "text_bg"      // the article's mean text similarity to all before it
	FeatBgNames   = "names_bg"     // the same over names and numbers
	FeatTextRel   = "text_rel"     // text less text_bg: how far the story stands out
	FeatNamesRel  = "names_rel"    // names less names_bg
	FeatPeopleRel = "people_rel"   // people less the article's mean people similarity to all before it
	FeatBlend     = "blend"        // the hand-weighted blend of the similarities and date penalty (score)
	FeatBlendMean = "blend_mean"   // the story's mean blend when its members joined (0: none yet)
	FeatRaise     = "raise"        // how much a small collection inflates the blend (smallCorpus)
	FeatMargin    = "margin"       // the blend less the hand-set bar (for two stories, less the merge bar): the hand decision's own value
	FeatTitles    = "titles_apart" // 1 when both sides have headlines and none shares a word (titlesApart)
)

// JoinFeatures lists every feature the clusterer computes for a pair.
var JoinFeatures = []string{FeatText, FeatNames, FeatEntities, FeatPeople, FeatNoPeople, FeatYearsSaid,
	FeatDateGap, FeatNoDate, FeatDateFar, FeatPubGap, FeatSource, FeatCohesion, FeatSize, FeatSmall, FeatDateWeeks, FeatBgText, FeatBgNames, FeatTextRel, FeatNamesRel, FeatPeopleRel, FeatBlend, FeatBlendMean, FeatRaise, FeatMargin, FeatTitles}

// farDays is where an event stops stretching: reports of one event fall
// within weeks of each other, and beyond a month only a story that names
// the same event (its text, names and people) may still take an article.
const farDays = 30

// JoinModel is the learned join decision: P(same event) = σ(Bias + Σ w·x),
// with x standardised by Mean and Scale. An article joins its most probable
// candidate when that probability is at least Threshold, and two stories
// merge when the probability for the pair is at least Merge.
type JoinModel struct {
	logit.Standardized
	Threshold float64 `json:"threshold"`
	Merge     float64 `json:"merge"`
	// DecayDays is the time decay, set and not learned: beyond farDays
	// between event days the log-odds fall by one every DecayDays, so that
	// an event of one year does not absorb an article of the next. The dev
	// sets cannot teach it: most of their sister events are undated, and some
	// of their events run over years.
	DecayDays float64 `json:"decay_days"`
}

//go:embed join.json
var joinJSON []byte

// LoadJoinModel returns the embedded join model.
func LoadJoinModel() (*JoinModel, error) { return ParseJoinModel(joinJSON) }

// ParseJoinModel reads a join model as train stories writes it.
func ParseJoinModel(b []byte) (*JoinModel, error) {
	var m JoinModel
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("cluster: join model: %w", err)
	}
	if err := m.Prepare(); err != nil {
		return nil, err
	}
	return &m, nil
}

// Prepare checks the model and resolves its feature names.
func (m *JoinModel) Prepare() error {
	if err := m.Resolve(JoinFeatures); err != nil {
		return fmt.Errorf("cluster: join model: %w", err)
	}
	return nil
}

// Prob is the probability of the same event for a full feature vector (in
// the order of JoinFeatures).
func (m *JoinModel) Prob(x []float64) float64 {
	z := m.LogOdds(x)
	if m.DecayDays > 0 {
		z -= x[8] * 365 / m.DecayDays // x[8] is date_far, in years
	}
	return logit.Sigmoid(z)
}

// pairFeatures fills x (len(JoinFeatures)) for an article and a story.
func (c *Clusterer) pairFeatures(x []float64, a *storyline.Article, f *features, s *story) {
	clear(x)
	x[0] = s.cent.mean(f.sorted)
	if len(f.names) > 0 && s.names.n > 0 {
		x[1] = s.names.mean(f.names)
	}
	if len(f.ents) > 0 && s.ents.n > 0 {
		x[2] = s.ents.mean(f.ents)
	}
	if len(f.people) > 0 && s.people.n > 0 {
		x[3] = s.people.mean(f.people)
	} else {
		x[4] = 1
	}
	if len(f.yearsSaid) > 0 && s.yearsSaid.n > 0 {
		x[5] = s.yearsSaid.mean(f.yearsSaid)
	}
	gap, far := -1, -1
	switch {
	case f.day != noDay && len(s.days) > 0:
		gap = nearest(f.day, s.days)
		far = farGap(f, s, gap)
	case f.year != 0 && len(s.years) > 0 && s.years[f.year] == 0:
		gap = 365 * nearestYear(f.year, s.years)
		far = gap
	}
	c.gapFeatures(x, gap, far, pubGap(a.Published, s.first, s.last))
	if src := sourceOf(a); src != "" {
		for _, o := range s.sources {
			if o == src {
				x[10] = 1
			}
		}
	}
	x[11] = s.cent.cohesion()
	x[12] = math.Log(float64(max(s.members, 1)))
	x[13] = 1 / math.Sqrt(float64(max(c.langDocs(s), 1)))
	x[15], x[16] = f.bgText, f.bgNames
	x[17], x[18] = x[0]-x[15], x[1]-x[16]
	x[19] = x[3] - f.bgPeople
	x[20] = c.score(f, s)
	if s.joins > 0 {
		x[21] = s.joinScores / float64(s.joins)
	}
	x[22] = c.smallCorpus(s)
	x[23] = x[20] - c.bar(s)
	if titlesApart([]titled{{vec: f.titleVec}}, s.titles) {
		x[24] = 1
	}
}

// gapFeatures sets the event-day gap (-1: unknown), the gap the time decay
// counts (far, see farGap) and the publication gap.
func (c *Clusterer) gapFeatures(x []float64, gap, far, pub int) {
	if gap >= 0 {
		x[6] = math.Log1p(float64(gap))
		x[8] = float64(max(0, far-farDays)) / 365
		x[14] = float64(min(gap, farDays)) / 7
	} else {
		x[7] = 1
	}
	if pub >= 0 {
		x[9] = math.Log1p(float64(pub))
	}
}

// storyFeatures fills x for two stories, as pairFeatures does for an article
// and a story: average links between their members, the gap between their
// spans of days.
func (c *Clusterer) storyFeatures(x []float64, s, o *story) {
	clear(x)
	x[0] = s.cent.meanCentroid(o.cent)
	x[1] = s.names.meanCentroid(o.names)
	x[2] = s.ents.meanCentroid(o.ents)
	if s.people.n > 0 && o.people.n > 0 {
		x[3] = s.people.meanCentroid(o.people)
	} else {
		x[4] = 1
	}
	x[5] = s.yearsSaid.meanCentroid(o.yearsSaid)
	gap := -1
	if len(s.days) > 0 && len(o.days) > 0 {
		gap, _ = spanGap(s.days, o.days)
	}
	pub := -1
	lo1, ok1 := day(s.first)
	hi1, ok2 := day(s.last)
	lo2, ok3 := day(o.first)
	hi2, ok4 := day(o.last)
	if ok1 && ok2 && ok3 && ok4 {
		pub = max(0, lo1-hi2, lo2-hi1)
	}
	c.gapFeatures(x, gap, gap, pub)
	for _, a := range s.sources {
		for _, b := range o.sources {
			if a == b {
				x[10] = 1
			}
		}
	}
	x[11] = max(s.cent.cohesion(), o.cent.cohesion())
	x[12] = math.Log(float64(max(min(s.members, o.members), 1)))
	x[13] = 1 / math.Sqrt(float64(max(c.langDocs(s), 1)))
	x[15], x[16] = c.pairBackground()
	x[17], x[18] = x[0]-x[15], x[1]-x[16]
	x[19] = x[3] - c.pairBackgroundPeople()
	x[20] = c.storySim(s, o)
	if s.joins+o.joins > 0 {
		x[21] = (s.joinScores + o.joinScores) / float64(s.joins+o.joins)
	}
	x[22] = c.smallCorpus(s)
	x[23] = x[20] - c.mergeBar(s)
	if titlesApart(s.titles, o.titles) {
		x[24] = 1
	}
}

// nearestYear is the gap in years to the story's closest member year.
func nearestYear(y int, years map[int]int) int {
	best := math.MaxInt
	for x := range years {
		best = min(best, max(y-x, x-y))
	}
	return best
}

// pubGap is the number of days from a publication date to the span
// [first, last], 0 inside it, -1 when a date is unknown.
func pubGap(p, first, last string) int {
	d, ok := day(p)
	lo, ok1 := day(first)
	hi, ok2 := day(last)
	if !ok || !ok1 || !ok2 {
		return -1
	}
	return max(0, lo-d, d-hi)
}

// day reads the calendar day a timestamp starts with, in days since 1970.
func day(s string) (int, bool) {
	if len(s) < 10 {
		return 0, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return 0, false
	}
	return epochDay(t), true
}

// epochDay is the day t falls on, in days since 1970 (UTC).
func epochDay(t time.Time) int { return int(t.Unix() / secondsPerDay) }

const secondsPerDay = 24 * 60 * 60

// cohesion is the mean similarity between distinct members (the vectors are
// unit length, so the sum's squared norm holds n ones on its diagonal), 0
// for fewer than two.
func (c *centroid) cohesion() float64 {
	if c.n < 2 {
		return 0
	}
	return (c.norm2 - float64(c.n)) / float64(c.n*(c.n-1))
}
