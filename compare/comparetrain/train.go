// Package comparetrain learns the comparison's utterance decision (are two
// quotations of different articles reports of one utterance?) from hand
// annotations of quote groups (eval/testdata/compare-basil-*.jsonl): a
// logistic model over the pair features of compare.QuoteFeatures, with its
// L2 penalty, its decision threshold and its link rule chosen by
// cross-validation over events (whole events held out, never single pairs),
// scored as eval compare scores the comparison: pairwise F1 of the groups.
// TrainFigures (figures.go) learns the opt-in figure decision (do two
// figures of different values state one quantity?) the same way, scored by
// the precision and recall of disagreeing figures.
package comparetrain

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/compare"
	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/logit"
)

// Options configure Train.
type Options struct {
	// Prepare ingests the events file's records (labels removed) as
	// `storyline ingest` does and returns the articles by id and the
	// stories (cmd wires the pipeline, so that the model learns from the
	// quotations and stories it will see).
	Prepare func(ctx context.Context, path string, recs []eval.EventRecord) (map[string]*storyline.Article, []*storyline.Story, error)
	// Gold is the tuning annotations: only their events scoped for quotes
	// are learned from (never the held-out half of a gold file).
	Gold []eval.CompareItem
	// Folds is the number of cross-validation folds over events (default 5).
	Folds int
	// Report, when set, hears the cross-validated figures.
	Report io.Writer
	// Pairs, when set, receives the labelled candidate pairs (TSV: label,
	// the model's probability, features, the two texts) for reading.
	Pairs io.Writer
	// NoNested skips the nested cross-validation (its figure only; the
	// model is the same).
	NoNested bool
	// Features are the features the model uses (default: every one of
	// compare.QuoteFeatures), so that a feature is kept by comparing the
	// nested figure with and without it.
	Features []string
}

// The search.
var (
	// lambdas are the L2 penalties on standardised weights tried.
	lambdas = []float64{0.03, 0.1, 0.3, 1, 3, 10, 30}
	// thresholds are the decision probabilities tried.
	thresholds = []float64{0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9}
	links      = []string{compare.LinkSingle, compare.LinkAverage, compare.LinkComplete}
)

const (
	defaultFolds = 5
	// slack is how much cross-validated F1 a more precise setting may give
	// up: a false pair tells an analyst two outlets printed one utterance
	// when they did not; a missed pair only leaves two lines apart.
	slack = 0.01
)

// Train reads the events file data, learns the utterance model on the
// tuning annotations' events, chooses its penalty, threshold and link by
// cross-validation over those events, and writes it (JSON) to w. It
// reports the nested cross-validated figure: each event scored with a
// model whose setting was chosen and fitted without it.
func Train(ctx context.Context, data string, w io.Writer, opts Options) error {
	if opts.Prepare == nil {
		return fmt.Errorf("comparetrain: no Prepare")
	}
	if opts.Folds <= 1 {
		opts.Folds = defaultFolds
	}
	for _, n := range opts.Features {
		if indexOf(compare.QuoteFeatures, n) < 0 {
			return fmt.Errorf("comparetrain: unknown quote feature %q", n)
		}
	}
	t, err := load(ctx, data, opts)
	if err != nil {
		return err
	}
	if len(t.events) < 2 {
		return fmt.Errorf("comparetrain: %d events scoped for quotes in the gold; need 2 or more", len(t.events))
	}
	if !opts.NoNested {
		cv, chose := t.nested()
		t.report("nested cross-validation by event (%d events, outer leave-one-event-out, inner %d folds): quote grouping pairwise P %.3f R %.3f F1 %.3f (pairs: gold %d, system %d, both %d); settings chosen %v",
			len(t.events), opts.Folds, cv.QuoteP(), cv.QuoteR(), cv.QuoteF1(), cv.QuotePairsGold, cv.QuotePairsSys, cv.QuotePairsBoth, chose)
	}
	best, sc := t.choose(t.events)
	t.report("chosen on all %d events: lambda %g, threshold %.2f, link %s: cross-validated P %.3f R %.3f F1 %.3f",
		len(t.events), best.lambda, best.threshold, best.link, sc.QuoteP(), sc.QuoteR(), sc.QuoteF1())
	m := t.fit(t.events, best.lambda)
	m.Threshold, m.Link = best.threshold, best.link
	if opts.Pairs != nil {
		t.dump(opts.Pairs, m)
	}
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return fmt.Errorf("comparetrain: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// trainer holds the prepared stories, their candidate pairs and labels.
type trainer struct {
	reporter
	opts    Options
	events  []string                      // the quote-scoped tuning events, in gold order
	gold    map[string][]eval.CompareItem // per event
	label   map[string]func(kind, article string, start, end int) []string
	texts   map[string]string
	eventOf map[string]string
	arts    map[string]*storyline.Article
	stories []*storyStat
	// pairs are the labelled candidate pairs whose reports both lie in
	// tuning events.
	pairs []example
}

// storyStat is one story with its quotations and the events it touches.
type storyStat struct {
	s      *storyline.Story
	qs     *compare.QuoteSet
	events map[string]bool
}

type example struct {
	x      []float64
	same   bool
	events [2]string
	a, b   string // the texts, for dump
}

// dump writes the labelled pairs with the model's probabilities.
func (t *trainer) dump(w io.Writer, m *compare.GroupModel) {
	fmt.Fprintf(w, "same\tprob\t%s\ta\tb\n", strings.Join(compare.QuoteFeatures, "\t"))
	for _, p := range t.pairs {
		var xs []string
		for _, v := range p.x {
			xs = append(xs, fmt.Sprintf("%.3g", v))
		}
		fmt.Fprintf(w, "%v\t%.3f\t%s\t%q\t%q\n", p.same, m.Prob(p.x), strings.Join(xs, "\t"), p.a, p.b)
	}
}

func load(ctx context.Context, data string, opts Options) (*trainer, error) {
	recs, err := eval.ReadEventGold(data)
	if err != nil {
		return nil, err
	}
	arts, stories, err := opts.Prepare(ctx, data, recs)
	if err != nil {
		return nil, err
	}
	t := &trainer{reporter: reporter{opts.Report}, opts: opts, gold: map[string][]eval.CompareItem{}, texts: map[string]string{}, eventOf: map[string]string{}, arts: arts}
	for _, r := range recs {
		t.texts[r.ID], t.eventOf[r.ID] = r.Text, r.Cluster
	}
	scoped := map[string]bool{}
	for _, it := range opts.Gold {
		if it.Kind == "scope" && it.Scope == "quotes" && !scoped[it.Event] {
			scoped[it.Event] = true
			t.events = append(t.events, it.Event)
		}
	}
	for _, it := range opts.Gold {
		if scoped[it.Event] && (it.Kind == "quote" || it.Kind == "scope" && it.Scope == "quotes") {
			t.gold[it.Event] = append(t.gold[it.Event], it)
		}
	}
	var all []eval.CompareItem
	t.label = map[string]func(kind, article string, start, end int) []string{}
	for _, e := range t.events {
		all = append(all, t.gold[e]...)
		t.label[e], _ = eval.CompareGroups(t.gold[e], t.texts, arts)
	}
	groups, _ := eval.CompareGroups(all, t.texts, arts)
	for _, s := range stories {
		st := &storyStat{s: s, events: map[string]bool{}}
		var sa []*storyline.Article
		for _, id := range s.Articles {
			if a := arts[id]; a != nil {
				sa = append(sa, a)
				if scoped[t.eventOf[id]] {
					st.events[t.eventOf[id]] = true
				}
			}
		}
		if len(st.events) == 0 {
			continue
		}
		st.qs = compare.NewQuoteSet(s, sa)
		t.stories = append(t.stories, st)
		for _, p := range st.qs.Pairs() {
			ea, eb := t.eventOf[p.A.Article], t.eventOf[p.B.Article]
			if !scoped[ea] || !scoped[eb] {
				continue
			}
			ga := groups("quote", p.A.Article, p.A.Start, p.A.End)
			gb := groups("quote", p.B.Article, p.B.Start, p.B.End)
			t.pairs = append(t.pairs, example{x: p.X, same: shareAny(ga, gb), events: [2]string{ea, eb}, a: p.A.Text, b: p.B.Text})
		}
	}
	return t, nil
}

// shareAny says whether two lists of gold groups meet: a pair is one
// utterance when its reports stand for items of one group (a report the
// quote stage ran across two utterances stands for both).
func shareAny(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// setting is one point of the search.
type setting struct {
	lambda, threshold float64
	link              string
}

// fit learns the model on the pairs of the given events (both reports in
// them), every feature standardised, penalty lambda.
func (t *trainer) fit(events []string, lambda float64) *compare.GroupModel {
	in := eventSet(events)
	var ex []example
	for _, p := range t.pairs {
		if in[p.events[0]] && in[p.events[1]] {
			ex = append(ex, p)
		}
	}
	xs, same := make([][]float64, len(ex)), make([]bool, len(ex))
	for i, e := range ex {
		xs[i], same[i] = e.x, e.same
	}
	m := &compare.GroupModel{Standardized: fitStandardized(xs, same, t.opts.Features, compare.QuoteFeatures, lambda)}
	m.Threshold, m.Link = 0.5, compare.LinkSingle
	if err := m.Prepare(); err != nil {
		panic(err) // the trainer built it from compare.QuoteFeatures
	}
	return m
}

// scores groups the stories that touch the events under every threshold
// and link with model m, and scores each event: per setting (threshold
// index, link index), per event.
func (t *trainer) scores(events []string, m *compare.GroupModel) [][]map[string]eval.CompareScore {
	in := eventSet(events)
	type cached struct {
		st    *storyStat
		probs []float64
	}
	var sts []cached
	for _, st := range t.stories {
		for e := range st.events {
			if in[e] {
				sts = append(sts, cached{st, st.qs.Probs(m)})
				break
			}
		}
	}
	out := make([][]map[string]eval.CompareScore, len(thresholds))
	for ti, th := range thresholds {
		out[ti] = make([]map[string]eval.CompareScore, len(links))
		for li, rule := range links {
			byEvent := map[string][]*storyline.Story{}
			for _, c := range sts {
				s := *c.st.s
				s.Comparison = &storyline.Comparison{Quotes: c.st.qs.Group(c.probs, th, rule)}
				for e := range c.st.events {
					if in[e] {
						byEvent[e] = append(byEvent[e], &s)
					}
				}
			}
			out[ti][li] = map[string]eval.CompareScore{}
			for _, e := range events {
				out[ti][li][e] = eval.ScoreCompareLabelled(t.gold[e], t.label[e], 0, t.eventOf, byEvent[e])
			}
		}
	}
	return out
}

// choose cross-validates every setting over the events (folds by event)
// and returns the best: the highest pooled pairwise F1 (averaged over
// neighbouring thresholds), then, within slack of it, the highest
// precision, with its cross-validated score.
func (t *trainer) choose(events []string) (setting, eval.CompareScore) {
	fold := eval.DealFolds(events, t.opts.Folds)
	pooled := map[setting]eval.CompareScore{}
	for k := range t.opts.Folds {
		train, held := foldSplit(events, fold, k)
		if len(held) == 0 || len(train) == 0 {
			continue
		}
		for _, lam := range lambdas {
			sc := t.scores(held, t.fit(train, lam))
			for ti, th := range thresholds {
				for li, rule := range links {
					st := setting{lam, th, rule}
					for _, e := range held {
						pooled[st] = addScore(pooled[st], sc[ti][li][e])
					}
				}
			}
		}
	}
	var order []setting
	for _, lam := range lambdas {
		for _, th := range thresholds {
			for _, rule := range links {
				order = append(order, setting{lam, th, rule})
			}
		}
	}
	best := pickSmoothed(order, func(st setting) []setting {
		var ns []setting
		for _, j := range nearIndexes(indexOf(thresholds, st.threshold), len(thresholds)) {
			ns = append(ns, setting{st.lambda, thresholds[j], st.link})
		}
		return ns
	}, func(st setting) float64 { return pooled[st].QuoteF1() },
		func(st setting) float64 { return pooled[st].QuoteP() }, slack)
	return best, pooled[best]
}

// nested scores each event with the model chosen and fitted on the other
// events (leave one event out; the choice itself cross-validated inside),
// and counts the settings chosen.
func (t *trainer) nested() (eval.CompareScore, map[string]int) {
	type outcome struct {
		sc eval.CompareScore
		st setting
	}
	res, _ := leaveOneOut(context.Background(), t.events, func(held string, rest []string) outcome {
		st, _ := t.choose(rest)
		sc := t.scores([]string{held}, t.fit(rest, st.lambda))
		return outcome{sc[indexOf(thresholds, st.threshold)][indexOf(links, st.link)][held], st}
	})
	var cv eval.CompareScore
	chose := map[string]int{}
	for _, r := range res {
		cv = addScore(cv, r.sc)
		chose[fmt.Sprintf("%g/%.2f/%s", r.st.lambda, r.st.threshold, r.st.link)]++
	}
	return cv, chose
}

func indexOf[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func addScore(a, b eval.CompareScore) eval.CompareScore {
	a.QuotePairsGold += b.QuotePairsGold
	a.QuotePairsSys += b.QuotePairsSys
	a.QuotePairsBoth += b.QuotePairsBoth
	return a
}

// round6 keeps six decimals, so that the model file reads well and the
// same data gives the same bytes on any machine.
func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// fitStandardized fits the logistic regression of a pair decision: over
// the features names of all (every one when names is empty), each
// standardised over the pairs xs (labels same), penalty lambda, its
// numbers rounded as the model files keep them.
func fitStandardized(xs [][]float64, same []bool, names, all []string, lambda float64) logit.Standardized {
	if len(names) == 0 {
		names = all
	}
	cols := make([]int, len(names))
	for j, n := range names {
		cols[j] = indexOf(all, n)
	}
	d := len(names)
	m := logit.Standardized{Features: names, Mean: make([]float64, d), Scale: make([]float64, d), Weights: make([]float64, d)}
	for j := range d {
		var s, s2 float64
		for _, x := range xs {
			s += x[cols[j]]
			s2 += x[cols[j]] * x[cols[j]]
		}
		n := float64(max(len(xs), 1))
		m.Mean[j] = round6(s / n)
		m.Scale[j] = round6(math.Sqrt(max(s2/n-(s/n)*(s/n), 0)))
		if m.Scale[j] < 1e-6 {
			m.Scale[j] = 1
		}
	}
	rows := make([][]float64, len(xs))
	y := make([]float64, len(xs))
	for r, x := range xs {
		row := make([]float64, d+1)
		row[0] = 1
		for j := range d {
			row[j+1] = (x[cols[j]] - m.Mean[j]) / m.Scale[j]
		}
		rows[r] = row
		if same[r] {
			y[r] = 1
		}
	}
	w := logit.Fit(rows, y, lambda)
	if w == nil {
		w = make([]float64, d+1)
	}
	m.Bias = round6(w[0])
	for j := range d {
		m.Weights[j] = round6(w[j+1])
	}
	return m
}
