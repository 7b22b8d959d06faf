// Package cluster assigns articles to stories online, in publication order,
// without knowing how many stories exist, and links stories into storylines.
package cluster

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/dedup"
	"github.com/storyline-news/storyline/timex"
)

// noDay marks an article without a day-level event date.
const noDay = -1 << 31

// Clusterer is the online story clusterer. It is not safe for concurrent
// use: assignment is sequential by design, so its result depends only on the
// order of the articles.
type Clusterer struct {
	opt     Options
	vocab   *vocab
	hasher  *dedup.Hasher
	dups    *dedup.Index
	stories map[string]*story
	// of maps every article id to its story and, for duplicates, its original.
	of       map[string]*story
	original map[string]string
	// list holds every story by its seq - 1; the inverted lists below hold
	// those positions, so the garbage collector has no pointers to chase.
	list  []*story
	terms map[int32][]int32
	ents  map[string][]int32
	// hitW and hitAt accumulate one lookup's weights per story, stamped with
	// lookup so that nothing is cleared between lookups.
	hitW   []float64
	hitAt  []uint32
	lookup uint32
	seq    int
	// bg sums the vectors of every article featured so far (bgN of them),
	// keyed by term, for the background similarity of the next one.
	bgText, bgNames, bgPeople map[int32]float64
	bgN                       int
	// bgPairs sums the similarities of all pairs of those articles (text,
	// names): the background of two stories.
	bgPairsText, bgPairsNames, bgPairsPeople float64
	// trace, when set by a test, hears every placement decision.
	trace func(article string, best *story, score float64, joined bool)
	// exact is set by a Restore that replayed the store (see Restore).
	exact bool
	// counting is features' scratch for counting an article's words.
	counting docTerms
}

// New returns an empty Clusterer.
func New(opt Options) *Clusterer {
	return &Clusterer{
		opt:      opt,
		vocab:    newVocab(),
		hasher:   dedup.NewHasher(),
		dups:     dedup.NewIndex(dedup.DefaultOptions()),
		stories:  map[string]*story{},
		of:       map[string]*story{},
		original: map[string]string{},
		terms:    map[int32][]int32{},
		ents:     map[string][]int32{},
		bgText:   map[int32]float64{},
		bgNames:  map[int32]float64{},
		bgPeople: map[int32]float64{},
	}
}

// features are what the clusterer knows of one article.
type features struct {
	// vec is sorted by weight (its head is the query), sorted by term;
	// names and titleVec are sorted by term.
	vec      vector
	sorted   vector
	names    vector
	titleVec vector
	entities map[string]int
	// ents weighs the entities by IDF, sorted by term: "NATO" in every
	// article of a thread says less than "Manfred Weber".
	ents vector
	// people weighs the surnames of the people named by their mentions,
	// sorted by term: sister events differ most in who.
	people vector
	// yearsSaid weighs the years the article mentions (its dateline, the
	// season, the anniversaries), sorted by term.
	yearsSaid vector
	day       int
	year      int
	// said are the spans of days the article's dates name (a day, a
	// month), [first, last]: a report of a trial names the day of the
	// crime it goes back to.
	said [][2]int
	// bgText and bgNames are the article's mean similarity to every
	// article before it: how alike everything in the collection looks.
	bgText, bgNames, bgPeople float64
}

// Assign sets DuplicateOf and Story on each doc's article, in the order
// given, and returns every story it created or changed, in full, ready to be
// committed with the articles. A returned story with no articles was merged
// into another and should be deleted. An article already assigned (a page
// ingested again) keeps its story.
func (c *Clusterer) Assign(ctx context.Context, docs []*storyline.Doc) ([]*storyline.Story, error) {
	changed := &changeSet{seen: map[*story]bool{}}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("cluster.Assign: %w", err)
		}
		if d == nil || d.Article == nil {
			continue
		}
		c.assign(d, changed)
	}
	for _, d := range docs {
		if d != nil && d.Article != nil {
			if s := c.of[d.Article.ID]; s != nil {
				d.Article.Story = s.id
			}
		}
	}
	return changed.export(), nil
}

func (c *Clusterer) assign(d *storyline.Doc, changed *changeSet) {
	a := d.Article
	if s, ok := c.of[a.ID]; ok {
		a.DuplicateOf = c.original[a.ID]
		a.Story = s.id
		return
	}
	sig := c.hasher.Sign(a.Body)
	orig, dup := c.dups.Find(sig)
	c.dups.Add(a.ID, sig)
	if dup && c.addDuplicate(a, orig, changed) {
		return
	}
	f := c.features(d, true)
	c.place(a, f, changed)
}

// addDuplicate puts a copy into its original's story; false when the
// original has no story (restored from a store that had none).
func (c *Clusterer) addDuplicate(a *storyline.Article, orig string, changed *changeSet) bool {
	if root, ok := c.original[orig]; ok {
		orig = root
	}
	s := c.of[orig]
	if s == nil {
		return false
	}
	a.DuplicateOf = orig
	c.original[a.ID] = orig
	c.of[a.ID] = s
	s.addMember(a, nil)
	a.Story = s.id
	changed.add(s)
	return true
}

// features describes an article; observe counts it into the IDF statistics
// first (Restore has counted stored articles already).
func (c *Clusterer) features(d *storyline.Doc, observe bool) *features {
	a := d.Article
	entities := entityNames(d)
	entCounts := make(map[string]float64, len(entities))
	for e, n := range entities {
		entCounts["@"+e] = float64(n)
	}
	var ents, vec, nameVec vector
	if observe {
		c.counting.begin(c.vocab, langPrefix(a.Language))
		c.counting.countTerms(a, c.opt)
		ids := c.counting.observe(langKey(a.Language), entCounts)
		vec, nameVec, ents = c.vocab.tfidfOf(ids[0], c.opt.VectorTerms), c.vocab.tfidfOf(ids[1], c.opt.VectorTerms), c.vocab.tfidfOf(ids[2], 0)
	} else {
		counts, names := termCounts(a, c.opt)
		// in this order: a term met first here gets its id here
		ents = c.vocab.tfidf(entCounts, 0)
		vec, nameVec = c.vocab.tfidf(counts, c.opt.VectorTerms), c.vocab.tfidf(names, c.opt.VectorTerms)
	}
	f := &features{
		ents:      ents.byTerm(),
		vec:       vec,
		names:     nameVec.byTerm(),
		entities:  entities,
		people:    c.vocab.unit(peopleCounts(d)).byTerm(),
		yearsSaid: c.vocab.unit(yearCounts(a.Title, a.Body)).byTerm(),
		day:       noDay,
		year:      timex.Year(a),
	}
	if a.Title != "" {
		titleCounts := map[string]float64{}
		title := counter{counts: titleCounts, weight: 1, nameWeight: 1, prefix: langPrefix(a.Language)}
		title.add(a.Title)
		f.titleVec = c.vocab.tfidf(titleCounts, 0).byTerm()
	}
	f.sorted = f.vec.byTerm()
	f.bgText, f.bgNames, f.bgPeople = c.background(f)
	if t, err := time.Parse("2006-01-02", timex.EventDate(a)); err == nil {
		f.day = epochDay(t)
	}
	f.said = saidSpans(a.Dates)
	return f
}

// saidSpans are the spans of days of the article's day- and month-level
// dates, [first, last] in days since 1970. Years are left out: "since
// 2010" spans too much to tie a report to an event.
func saidSpans(ds []storyline.DateMention) [][2]int {
	var out [][2]int
	for _, d := range ds {
		switch len(d.Date) {
		case len("2006-01-02"):
			if t, err := time.Parse("2006-01-02", d.Date); err == nil {
				out = append(out, [2]int{epochDay(t), epochDay(t)})
			}
		case len("2006-01"):
			if t, err := time.Parse("2006-01", d.Date); err == nil {
				out = append(out, [2]int{epochDay(t), epochDay(t.AddDate(0, 1, -1))})
			}
		}
	}
	return out
}

// background returns the article's mean similarity to the articles featured
// before it (text, names), then counts it in: in a small collection about
// one subject every article looks like every other, and a join must stand
// out from that.
func (c *Clusterer) background(f *features) (text, names, people float64) {
	if c.bgN > 0 {
		dt, dn, dp := bgDot(c.bgText, f.sorted), bgDot(c.bgNames, f.names), bgDot(c.bgPeople, f.people)
		c.bgPairsText += dt
		c.bgPairsNames += dn
		c.bgPairsPeople += dp
		text, names, people = dt/float64(c.bgN), dn/float64(c.bgN), dp/float64(c.bgN)
	}
	for _, e := range f.people {
		c.bgPeople[e.term] += float64(e.w)
	}
	for _, e := range f.sorted {
		c.bgText[e.term] += float64(e.w)
	}
	for _, e := range f.names {
		c.bgNames[e.term] += float64(e.w)
	}
	c.bgN++
	return text, names, people
}

// pairBackground is the mean similarity between two articles of the
// collection (text, names).
func (c *Clusterer) pairBackground() (text, names float64) {
	if c.bgN < 2 {
		return 0, 0
	}
	pairs := float64(c.bgN*(c.bgN-1)) / 2
	return c.bgPairsText / pairs, c.bgPairsNames / pairs
}

// pairBackgroundPeople is pairBackground over the people named.
func (c *Clusterer) pairBackgroundPeople() float64 {
	if c.bgN < 2 {
		return 0
	}
	return c.bgPairsPeople / (float64(c.bgN*(c.bgN-1)) / 2)
}

func bgDot(sum map[int32]float64, v vector) float64 {
	var d float64
	for _, e := range v {
		d += sum[e.term] * float64(e.w)
	}
	return d
}

// place puts a new (non-duplicate) article into the best story, or a new one.
func (c *Clusterer) place(a *storyline.Article, f *features, changed *changeSet) {
	cands := c.candidates(f)
	scores := make([]float64, len(cands))
	for i, s := range cands {
		scores[i] = c.score(f, s)
	}
	var best *story
	var bestScore float64
	var joined bool
	var near func(joined *story) []*story
	if m := c.opt.Model; m != nil {
		var probs []float64
		best, bestScore, probs = c.bestByModel(a, f, cands)
		joined = best != nil && bestScore >= m.Threshold
		near = func(s *story) []*story { return c.nearByModel(s, cands, probs) }
	} else {
		best, bestScore = c.bestByBar(cands, scores)
		joined = best != nil && bestScore >= c.bar(best)
		near = func(s *story) []*story { return c.near(s, cands, scores) }
	}
	if c.trace != nil {
		c.trace(a.ID, best, bestScore, joined)
	}
	if !joined {
		s := c.newStory(a.ID)
		if t := c.threadTarget(f, cands, scores); t != nil {
			c.thread(s, t, changed)
		}
		best = s
	}
	if best.members > 0 {
		best.joinScores += c.handScore(best, cands, scores, bestScore)
		best.joins++
	}
	best.addMember(a, f)
	c.of[a.ID] = best
	a.Story = best.id
	c.post(best, f)
	changed.add(best)
	c.mergeInto(best, near(best), changed)
}

// handScore is the hand score with which the article joins s, which the
// cohesion of s (and the join model's blend_mean) is made of.
func (c *Clusterer) handScore(s *story, cands []*story, scores []float64, bestScore float64) float64 {
	if c.opt.Model == nil {
		return bestScore
	}
	for i, o := range cands {
		if o == s {
			return scores[i]
		}
	}
	return 0
}

// bestByBar picks the candidate whose hand score clears its bar by most.
func (c *Clusterer) bestByBar(cands []*story, scores []float64) (*story, float64) {
	var best *story
	bestScore := -1.0
	for i, s := range cands {
		if scores[i]-c.bar(s) > bestScore-c.bar(best) {
			best, bestScore = s, scores[i]
		}
	}
	return best, bestScore
}

// bestByModel picks the candidate the join model finds most probably the
// article's event, and returns every candidate's probability.
func (c *Clusterer) bestByModel(a *storyline.Article, f *features, cands []*story) (*story, float64, []float64) {
	x := make([]float64, len(JoinFeatures))
	probs := make([]float64, len(cands))
	var best *story
	bestP := -1.0
	for i, s := range cands {
		c.pairFeatures(x, a, f, s)
		probs[i] = c.opt.Model.Prob(x)
		if probs[i] > bestP {
			best, bestP = s, probs[i]
		}
	}
	return best, bestP, probs
}

// nearByModel lists the other candidates the article could have joined too:
// the stories checked for a merge with the one it joined.
func (c *Clusterer) nearByModel(joined *story, cands []*story, probs []float64) []*story {
	var out []*story
	for i, o := range cands {
		if o != joined && probs[i] >= c.opt.Model.Threshold {
			out = append(out, o)
		}
	}
	return out
}

// near lists the candidates, other than the story joined, that the article
// also fitted well enough to be checked for a merge.
func (c *Clusterer) near(joined *story, cands []*story, scores []float64) []*story {
	var out []*story
	for i, o := range cands {
		if o != joined && scores[i] >= c.opt.MergeFloor {
			out = append(out, o)
		}
	}
	return out
}

// bar is the score an article needs to join s: the Join threshold, raised
// for a tight story to a share of how well its members fitted when they
// joined, so that a story about one event does not swallow a sister event
// that shares its vocabulary.
//
// While the collection is small its IDF cannot tell common words from rare
// ones and every cosine is inflated; the bar is raised by SmallCorpus/sqrt(N)
// for N articles seen, which fades as the statistics firm up.
func (c *Clusterer) bar(s *story) float64 {
	if s == nil {
		return 0
	}
	b := c.opt.Join
	if s.joins >= 1 && c.opt.Cohesion > 0 {
		b = max(b, c.opt.Cohesion*s.joinScores/float64(s.joins))
	}
	return b + c.smallCorpus(s)
}

// smallCorpus is what the bars are raised by while the collection is small:
// SmallCorpus/sqrt(N) + SmallCorpusN/N for N articles seen in the story's
// language, at most SmallCap when that is set. Three Hindi articles in a
// stream of a thousand have the IDF of a collection of three.
func (c *Clusterer) smallCorpus(s *story) float64 {
	n := float64(max(c.langDocs(s), 1))
	x := c.opt.SmallCorpus/math.Sqrt(n) + c.opt.SmallCorpusN/n
	if c.opt.SmallCap > 0 {
		x = min(x, c.opt.SmallCap)
	}
	return x
}

// langDocs is the number of articles seen in the story's language.
func (c *Clusterer) langDocs(s *story) int { return c.vocab.docsIn(s.lang) }

func (c *Clusterer) newStory(firstArticle string) *story {
	return c.addStory(storyID(firstArticle))
}

func (c *Clusterer) addStory(id string) *story {
	c.seq++
	s := newStory(id, c.seq)
	c.stories[s.id] = s
	c.list = append(c.list, s)
	c.hitW = append(c.hitW, 0)
	c.hitAt = append(c.hitAt, 0)
	return s
}
