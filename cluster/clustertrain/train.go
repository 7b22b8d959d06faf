// Package clustertrain learns the story clusterer's join model on the events
// dev sets (../shared/data/events/*-dev.jsonl): a logistic model over the
// similarities of an article to a candidate story, with its features, its
// join threshold and its merge threshold chosen by cross-validation over
// events (whole events held out, never single articles).
package clustertrain

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/cluster"
	"github.com/storyline-news/storyline/eval"
)

// Options configure Train.
type Options struct {
	// Prepare runs the pipeline's stages over a gold file's records and
	// returns their docs in the order given (cmd wires the pipeline, as
	// `storyline eval events` does, so that the model learns from the
	// features it will see).
	Prepare func(ctx context.Context, path string, recs []eval.EventRecord) ([]*storyline.Doc, error)
	// Folds is the number of cross-validation folds over events (default 5).
	Folds int
	// Without lists features never to use.
	Without []string
	// Keep lists features the selection may not drop (default: the text
	// similarity and the event-day gap, the time decay a stream needs
	// whatever the dev sets say: in them the publication gap stands in for
	// it).
	Keep []string
	// Features, when set, fixes the features and skips their selection.
	Features []string
	// Report, when set, hears the cross-validated figures.
	Report io.Writer
	// Distractors are pages unrelated to the events (and mostly to each
	// other): the negatives a real stream is made of and the events sets
	// lack. They are interleaved with the events' articles when the model
	// learns, dealt to folds by site, and the pages of each held-out fold
	// are clustered alone to measure the over-merge (see Distractor).
	Distractors []Distractor
	// Verbose reports the cross-validated figures of every setting tried.
	Verbose bool
	// Lambda is the L2 penalty on standardised weights (0: lambda).
	Lambda float64
	// Hand, when set, are hand-set options to cross-validate on the same
	// folds in place of training: Train reports each and writes nothing.
	Hand []cluster.Options
}

// Distractor is a page of an unrelated stream: its doc, the event it was
// judged to report with other pages (its own id when none), and its site,
// the cross-validation group.
type Distractor struct {
	Doc   *storyline.Doc
	Event string
	Site  string
}

// Defaults of the search.
const (
	defaultFolds = 3
	// lambda is the L2 penalty on standardised weights: a few hundred
	// events, so the weights must not chase single articles.
	lambda = 1.0
	// overMergeCost is what a held-out distractor fold's over-merge share
	// (pages in a story with a page of another event) costs in the score
	// the settings are chosen by, against the events' BCubed F1: one for
	// one, for a wrong merge on a stream of unrelated pages is as bad as a
	// wrong story for an event's article.
	overMergeCost = 1.0
	// slack is how much cross-validated F1 a simpler model may give up.
	slack = 0.002
	// thresholdSlack is how much cross-validated F1 a stricter join or
	// merge threshold may give up: precision first, for the pages of a real
	// stream are mostly unrelated to each other, unlike the dev sets.
	thresholdSlack = 0.005
	// decayDays is the time decay the model is given (JoinModel.DecayDays):
	// a month beyond the first month between event days divides the odds of
	// one event by e.
	decayDays = 30
)

// thresholds are the join probabilities tried; merges are tried at the join
// threshold plus mergeSteps (above 1: no merges).
var (
	thresholds = []float64{0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9}
	mergeSteps = []float64{0, 0.05, 0.1, 0.2, 2}
)

// set is one events gold file, prepared.
type set struct {
	name   string
	docs   []*storyline.Doc
	labels map[string]string
	fold   map[string]int // event -> fold
}

// Train reads the events dev files in the folder data, chooses the features
// and thresholds by cross-validation over events, fits the model on all of
// them and writes it (JSON) to w.
func Train(ctx context.Context, data string, w io.Writer, opts Options) error {
	if opts.Prepare == nil {
		return fmt.Errorf("clustertrain: no Prepare")
	}
	if opts.Folds <= 1 {
		opts.Folds = defaultFolds
	}
	if opts.Lambda <= 0 {
		opts.Lambda = lambda
	}
	if opts.Keep == nil {
		opts.Keep = []string{cluster.FeatText, cluster.FeatDateGap}
	}
	sets, err := loadSets(ctx, data, opts)
	if err != nil {
		return err
	}
	t := &trainer{sets: sets, opts: opts}
	t.dealDistractors()
	if len(opts.Hand) > 0 {
		for i, o := range opts.Hand {
			r := t.crossValidate(ctx, func(int) cluster.Options { return o }, 0, 0)
			t.report("hand-set options %d, same folds: %.4f: %s", i+1, r.score, r.detail)
		}
		return nil
	}
	if opts.Report != nil {
		hand := t.crossValidate(ctx, func(int) cluster.Options { return baseOptions() }, 0, 0)
		t.report("hand-set options (DefaultOptions), same folds: %.4f: %s", hand.score, hand.detail)
	}
	if err := t.foldExamples(ctx); err != nil {
		return err
	}
	feats := t.selectFeatures(ctx)
	if len(opts.Features) > 0 {
		feats = nil
		for _, name := range opts.Features {
			j := slices.Index(cluster.JoinFeatures, name)
			if j < 0 {
				return fmt.Errorf("clustertrain: no feature %q", name)
			}
			feats = append(feats, j)
		}
	}
	best := t.tune(ctx, feats, thresholds, mergeSteps)
	t.report("chosen: features %s, threshold %.2f, merge %.2f: %s", names(feats), best.threshold, best.merge, best.detail)
	all, err := t.examples(ctx, -1)
	if err != nil {
		return err
	}
	m := fit(all, feats, opts.Lambda)
	m.Threshold, m.Merge, m.DecayDays = best.threshold, best.merge, decayOf(feats)
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return fmt.Errorf("clustertrain: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func loadSets(ctx context.Context, data string, opts Options) ([]*set, error) {
	paths, err := filepath.Glob(filepath.Join(data, "*-dev.jsonl"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("clustertrain: no *-dev.jsonl in %s", data)
	}
	sort.Strings(paths)
	var sets []*set
	for _, p := range paths {
		recs, err := eval.ReadEventGold(p)
		if err != nil {
			return nil, err
		}
		docs, err := opts.Prepare(ctx, p, recs)
		if err != nil {
			return nil, err
		}
		s := &set{name: filepath.Base(p), docs: docs, labels: map[string]string{}}
		for _, r := range recs {
			s.labels[r.ID] = r.Cluster
		}
		s.fold = assignFolds(s.labels, opts.Folds)
		sets = append(sets, s)
	}
	return sets, nil
}

// assignFolds deals the events to folds in the order of a hash of their
// topics: deterministic, balanced, and unrelated to dates. The sister events
// of an ECB+ topic (<topic>_ecb, <topic>_ecbplus) fall in one fold, so that
// the held-out stream holds the pair it is hardest to tell apart, as the
// whole set does; a label without "_" (BASIL) is its own topic.
func assignFolds(labels map[string]string, k int) map[string]int {
	var topics []string
	seen := map[string]bool{}
	for _, ev := range labels {
		if tp := topicOf(ev); !seen[tp] {
			seen[tp] = true
			topics = append(topics, tp)
		}
	}
	fold := eval.DealFolds(topics, k)
	out := map[string]int{}
	for _, ev := range labels {
		out[ev] = fold[topicOf(ev)]
	}
	return out
}

// topicOf is an event label up to its last "_".
func topicOf(ev string) string {
	if i := strings.LastIndex(ev, "_"); i > 0 {
		return ev[:i]
	}
	return ev
}

type trainer struct {
	sets []*set
	opts Options
	// byFold holds the training examples of each fold (all events but its own).
	byFold [][]cluster.Example
	// dfold is the fold of each distractor (by its site).
	dfold []int
}

// dealDistractors deals the distractors' sites to the folds.
func (t *trainer) dealDistractors() {
	var sites []string
	seen := map[string]bool{}
	for _, d := range t.opts.Distractors {
		if !seen[d.Site] {
			seen[d.Site] = true
			sites = append(sites, d.Site)
		}
	}
	fold := eval.DealFolds(sites, t.opts.Folds)
	t.dfold = make([]int, len(t.opts.Distractors))
	for i, d := range t.opts.Distractors {
		t.dfold[i] = fold[d.Site]
	}
}

// distractorsOf returns the distractors in or out of fold k (k < 0: all).
func (t *trainer) distractorsOf(k int, in bool) []Distractor {
	var out []Distractor
	for i, d := range t.opts.Distractors {
		if k < 0 || (t.dfold[i] == k) == in {
			out = append(out, d)
		}
	}
	return out
}

// mixed is the stream the distractors teach in: every set's training
// articles in their order, with the distractors spread evenly between them,
// each labelled by its set (or "distractor") and event.
func (t *trainer) mixed(k int) ([]*storyline.Doc, map[string]string) {
	var events []*storyline.Doc
	label := map[string]string{}
	for _, s := range t.sets {
		for _, d := range s.docsOf(k, false) {
			events = append(events, d)
			label[d.Article.ID] = s.name + "/" + s.labels[d.Article.ID]
		}
	}
	ds := t.distractorsOf(k, false)
	pages := make([]*storyline.Doc, len(ds))
	for i, d := range ds {
		pages[i] = d.Doc
		label[d.Doc.Article.ID] = "distractor/" + d.Event
	}
	return interleave(events, pages), label
}

// interleave spreads b evenly between the items of a: each next item is
// the one whose list is least far along.
func interleave(a, b []*storyline.Doc) []*storyline.Doc {
	out := make([]*storyline.Doc, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		// (i+0.5)/len(a) <= (j+0.5)/len(b), in integers
		if j == len(b) || i < len(a) && (2*i+1)*len(b) <= (2*j+1)*len(a) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// docs returns a set's docs in or out of fold k (k < 0: all).
func (s *set) docsOf(k int, in bool) []*storyline.Doc {
	var out []*storyline.Doc
	for _, d := range s.docs {
		if k < 0 || (s.fold[s.labels[d.Article.ID]] == k) == in {
			out = append(out, d)
		}
	}
	return out
}

// examples are the teacher-forced pairs of every set without fold k's events
// (k < 0: all events): each set as one stream, and again as small streams
// of a few events each (see streams).
func (t *trainer) examples(ctx context.Context, k int) ([]cluster.Example, error) {
	var out []cluster.Example
	for _, s := range t.sets {
		label := func(id string) string { return s.labels[id] }
		train := s.docsOf(k, false)
		for _, docs := range append([][]*storyline.Doc{train}, s.streams(train)...) {
			ex, err := cluster.Examples(ctx, docs, label, baseOptions())
			if err != nil {
				return nil, err
			}
			out = append(out, ex...)
		}
	}
	if len(t.opts.Distractors) > 0 {
		docs, label := t.mixed(k)
		ex, err := cluster.Examples(ctx, docs, func(id string) string { return label[id] }, baseOptions())
		if err != nil {
			return nil, err
		}
		out = append(out, ex...)
	}
	return out, nil
}

// A small stream holds streamEvents events, the first streamArticles
// articles of each.
const (
	streamEvents   = 6
	streamArticles = 3
)

// streams splits docs into small streams: streamEvents events each, taken
// in the order of their labels, with the first streamArticles articles of
// each event. A handful of articles about a few events is what a new store,
// a test corpus or a quiet feed holds, and there every cosine runs high (IDF
// from a few documents, one subject throughout). In ECB+ the label order
// puts the two sister events of a topic (<topic>_ecb, <topic>_ecbplus) in
// one stream, the hardest pair to keep apart in so small a collection.
func (s *set) streams(docs []*storyline.Doc) [][]*storyline.Doc {
	var events []string
	for _, d := range docs {
		if ev := s.labels[d.Article.ID]; !slices.Contains(events, ev) {
			events = append(events, ev)
		}
	}
	sort.Strings(events)
	chunk := map[string]int{}
	for i, ev := range events {
		chunk[ev] = i / streamEvents
	}
	out := make([][]*storyline.Doc, (len(events)+streamEvents-1)/streamEvents)
	taken := map[string]int{}
	for _, d := range docs {
		ev := s.labels[d.Article.ID]
		if taken[ev] < streamArticles {
			taken[ev]++
			out[chunk[ev]] = append(out[chunk[ev]], d)
		}
	}
	return out
}

func (t *trainer) foldExamples(ctx context.Context) error {
	t.byFold = make([][]cluster.Example, t.opts.Folds)
	for k := range t.byFold {
		ex, err := t.examples(ctx, k)
		if err != nil {
			return err
		}
		t.byFold[k] = ex
	}
	return nil
}

// baseOptions are the clusterer's options without a model: the teacher's
// and the base of every model tried.
func baseOptions() cluster.Options { return cluster.DefaultOptions() }

// result is a cross-validated figure for one setting.
type result struct {
	threshold, merge float64
	score            float64 // mean over sets of BCubed F1
	detail           string
}

// tune cross-validates the features at every threshold and merge step and
// returns the best setting: the highest threshold, then merge bar, within
// slack of the best score.
func (t *trainer) tune(ctx context.Context, feats []int, ths, merges []float64) result {
	models := make([]*cluster.JoinModel, t.opts.Folds)
	for k := range models {
		models[k] = fit(t.byFold[k], feats, t.opts.Lambda)
		models[k].DecayDays = decayOf(feats)
	}
	var rs []result
	for _, th := range ths {
		for _, step := range merges {
			merge := math.Round(min(th+step, 2)*100) / 100
			rs = append(rs, t.crossValidate(ctx, modelOptions(models, th, merge), th, merge))
		}
	}
	best := rs[0]
	for _, r := range rs {
		best = bestOf(best, r)
		if t.opts.Verbose {
			t.report("  threshold %.2f merge %.2f: %.4f: %s", r.threshold, r.merge, r.score, r.detail)
		}
	}
	var chosen result
	for _, r := range rs {
		if r.score >= best.score-thresholdSlack && (r.threshold > chosen.threshold || r.threshold == chosen.threshold && r.merge > chosen.merge) {
			chosen = r
		}
	}
	return chosen
}

// decayOf is the set time decay, none when the model has one already: its
// own from date_far (the years beyond a month between event days), or the
// hand score's date penalty in blend or margin (a second decay on top of it
// cut ECB+ dev from 0.882 to 0.862 with the margin model, whose sister events
// run over years).
func decayOf(feats []int) float64 {
	for _, name := range []string{cluster.FeatDateFar, cluster.FeatBlend, cluster.FeatMargin} {
		if slices.Contains(feats, slices.Index(cluster.JoinFeatures, name)) {
			return 0
		}
	}
	return decayDays
}

func bestOf(a, b result) result {
	if b.score > a.score {
		return b
	}
	return a
}

// crossValidate clusters each fold's held-out events with the options of
// that fold (the model fitted without them), as one stream and as small
// streams, and scores the pooled stories of each set both ways; the score is
// the mean of the four, less overMergeCost times the over-merge of the
// held-out distractor folds, each clustered alone.
func (t *trainer) crossValidate(ctx context.Context, optOf func(k int) cluster.Options, th, merge float64) result {
	r := result{threshold: th, merge: merge}
	var parts []string
	for _, s := range t.sets {
		pred, small := map[string]string{}, map[string]string{}
		for k := range t.opts.Folds {
			opt := optOf(k)
			held := s.docsOf(k, true)
			assign(ctx, opt, held, pred, fmt.Sprint(k))
			for i, docs := range s.streams(held) {
				assign(ctx, opt, docs, small, fmt.Sprintf("%d.%d", k, i))
			}
		}
		inSmall := map[string]string{}
		for id := range small {
			inSmall[id] = s.labels[id]
		}
		for i, p := range []map[string]string{pred, small} {
			gold := s.labels
			if i == 1 {
				gold = inSmall
			}
			sc := eval.ScoreClusters(gold, p)
			r.score += sc.BCubedF1 / float64(2*len(t.sets))
			name := strings.TrimSuffix(s.name, ".jsonl")
			if i == 1 {
				name += " in small streams"
			}
			parts = append(parts, fmt.Sprintf("%s BCubed F1 %.3f (P %.3f R %.3f) pairwise F1 %.3f, %d stories",
				name, sc.BCubedF1, sc.BCubedP, sc.BCubedR, sc.PairF1, sc.PredClusters))
		}
	}
	if len(t.opts.Distractors) > 0 {
		merged, total := 0, 0
		for k := range t.opts.Folds {
			m, n := overMerge(ctx, optOf(k), t.heldOutEvents(k), t.distractorsOf(k, true))
			merged += m
			total += n
		}
		share := float64(merged) / float64(max(total, 1))
		r.score -= overMergeCost * share
		parts = append(parts, fmt.Sprintf("held-out distractors among held-out events: %d of %d (%.1f%%) in a story with another event", merged, total, 100*share))
	}
	r.detail = strings.Join(parts, "; ")
	return r
}

// modelOptions are the base options with each fold's model at th and merge.
func modelOptions(models []*cluster.JoinModel, th, merge float64) func(k int) cluster.Options {
	opts := make([]cluster.Options, len(models))
	for k, m := range models {
		mm := *m
		mm.Threshold, mm.Merge = th, merge
		if err := mm.Prepare(); err != nil {
			panic(err) // the trainer built it
		}
		opts[k] = baseOptions()
		opts[k].Model = &mm
	}
	return func(k int) cluster.Options { return opts[k] }
}

// heldOutEvents are fold k's events of every set, each labelled by its set
// and event, in the sets' order.
func (t *trainer) heldOutEvents(k int) []Distractor {
	var out []Distractor
	for _, s := range t.sets {
		for _, d := range s.docsOf(k, true) {
			out = append(out, Distractor{Doc: d, Event: s.name + "/" + s.labels[d.Article.ID]})
		}
	}
	return out
}

// overMerge clusters the distractors interleaved with the held-out events
// (a stream holds both) and counts the distractors in a story with an
// article of another event (copies aside), as eval overmerge does.
func overMerge(ctx context.Context, opt cluster.Options, events, ds []Distractor) (merged, total int) {
	event := map[string]string{}
	var evDocs, dDocs []*storyline.Doc
	for _, d := range events {
		evDocs = append(evDocs, d.Doc)
		event[d.Doc.Article.ID] = d.Event
	}
	for _, d := range ds {
		dDocs = append(dDocs, d.Doc)
		event[d.Doc.Article.ID] = "distractor/" + d.Event
	}
	docs := interleave(evDocs, dDocs)
	if _, err := cluster.New(opt).Assign(ctx, docs); err != nil {
		return 0, 0
	}
	// the roots of each story's members: an article's event, or for a
	// copy its original's
	root := func(d *storyline.Doc) string {
		if o := d.Article.DuplicateOf; o != "" && event[o] != "" {
			return event[o]
		}
		return event[d.Article.ID]
	}
	events2 := map[string]map[string]bool{}
	for _, d := range docs {
		if events2[d.Article.Story] == nil {
			events2[d.Article.Story] = map[string]bool{}
		}
		events2[d.Article.Story][root(d)] = true
	}
	for _, d := range dDocs {
		if d.Article.Story != "" && len(events2[d.Article.Story]) > 1 {
			merged++
		}
	}
	return merged, len(dDocs)
}

// assign clusters docs as one stream and records their stories, prefixed.
func assign(ctx context.Context, opt cluster.Options, docs []*storyline.Doc, pred map[string]string, prefix string) {
	if _, err := cluster.New(opt).Assign(ctx, docs); err != nil {
		return
	}
	for _, d := range docs {
		pred[d.Article.ID] = prefix + "/" + d.Article.Story
	}
}

// selectFeatures removes features one at a time while the cross-validated
// score (at its best threshold, merges at the join threshold) stays within
// slack of the best seen.
func (t *trainer) selectFeatures(ctx context.Context) []int {
	if len(t.opts.Features) > 0 {
		return nil
	}
	var feats []int
	for j, name := range cluster.JoinFeatures {
		if !slices.Contains(t.opts.Without, name) {
			feats = append(feats, j)
		}
	}
	cur := t.tune(ctx, feats, thresholds, []float64{0})
	t.report("all %s: %.4f at %.2f", names(feats), cur.score, cur.threshold)
	top := cur.score
	for len(feats) > 1 {
		var bestDrop result
		drop := -1
		for i := range feats {
			if slices.Contains(t.opts.Keep, cluster.JoinFeatures[feats[i]]) {
				continue
			}
			try := slices.Delete(slices.Clone(feats), i, i+1)
			r := t.tune(ctx, try, thresholds, []float64{0})
			t.report("  without %s: %.4f at %.2f", cluster.JoinFeatures[feats[i]], r.score, r.threshold)
			if drop < 0 || r.score > bestDrop.score {
				bestDrop, drop = r, i
			}
		}
		if drop < 0 || bestDrop.score < top-slack {
			break
		}
		top = max(top, bestDrop.score)
		t.report("drop %s: %.4f", cluster.JoinFeatures[feats[drop]], bestDrop.score)
		feats = slices.Delete(feats, drop, drop+1)
		cur = bestDrop
	}
	return feats
}

func names(feats []int) string {
	var out []string
	for _, j := range feats {
		out = append(out, cluster.JoinFeatures[j])
	}
	return strings.Join(out, ",")
}

func (t *trainer) report(format string, args ...any) {
	if t.opts.Report != nil {
		fmt.Fprintf(t.opts.Report, format+"\n", args...)
	}
}
