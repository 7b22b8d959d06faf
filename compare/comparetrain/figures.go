package comparetrain

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/compare"
	"github.com/storyline-news/storyline/eval"
)

// FigureSource is one events file with the tuning annotations of figures
// that point into it.
type FigureSource struct {
	Events string
	Gold   []eval.CompareItem
}

// FigureOptions configure TrainFigures.
type FigureOptions struct {
	// Sources are the events files and their tuning annotations: only the
	// events scoped for figures are learned from (never the held-out half
	// of a gold file).
	Sources []FigureSource
	// Prepare ingests an events file's records as for Options.Prepare.
	Prepare func(ctx context.Context, path string, recs []eval.EventRecord) (map[string]*storyline.Article, []*storyline.Story, error)
	// Folds is the number of cross-validation folds over events (default 5).
	Folds int
	// Report, when set, hears the cross-validated figures.
	Report io.Writer
	// Pairs, when set, receives the labelled candidate pairs (TSV) for
	// reading.
	Pairs io.Writer
	// NoNested skips the nested cross-validation.
	NoNested bool
	// Features are the features the model uses (default: every one of
	// compare.FigureFeatures).
	Features []string
}

// pools are the pooling shares tried (compare.FigureModel.Pool): none,
// and the hand decision's FigureGroupDiffer and its neighbour.
var pools = []float64{0, 0.3, 0.4}

// figThresholds are the decision probabilities tried: lower than the
// utterance model's, since one candidate pair in twenty-five is one
// quantity.
var figThresholds = []float64{0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}

// figureSlack is how much cross-validated F1 a more precise setting may
// give up: a false disagreement tells an analyst that outlets contradict
// each other when they do not, a missed one only leaves two figures apart.
const figureSlack = 0.02

// figTrainer holds the prepared stories, their candidate pairs and labels.
type figTrainer struct {
	reporter
	opts    FigureOptions
	events  []string
	gold    map[string][]eval.CompareItem
	label   map[string]func(kind, article string, start, end int) []string
	eventOf map[string]string
	stories []*figStory
	pairs   []figExample
}

type figStory struct {
	s      *storyline.Story
	fs     *compare.FigureSet
	events map[string]bool
	// hand is the story's figures as compare.DefaultOptions groups them
	// (the hand decision, which the model is measured against)
	hand []storyline.Figure
}

type figExample struct {
	x      []float64
	same   bool
	events []string
	a, b   storyline.Report
	// ca, cb are the words around each figure in its body, for reading.
	ca, cb string
}

type figSetting struct {
	lambda, threshold, pool float64
	veto                    bool
}

// vetoes are the two ways the model may decide: alone, or only keeping
// apart pairs the hand decision joins.
var vetoes = []bool{false, true}

// TrainFigures learns the disagreement model on the sources' tuning
// events, chooses its penalty, threshold and pooling by cross-validation
// over those events (scored as eval compare scores disagreeing figures:
// F1, then within figureSlack the more precise), and writes it (JSON) to
// w, after the nested cross-validated figure.
func TrainFigures(ctx context.Context, w io.Writer, opts FigureOptions) error {
	if opts.Prepare == nil {
		return fmt.Errorf("comparetrain: no Prepare")
	}
	if opts.Folds <= 1 {
		opts.Folds = defaultFolds
	}
	for _, n := range opts.Features {
		if indexOf(compare.FigureFeatures, n) < 0 {
			return fmt.Errorf("comparetrain: unknown figure feature %q", n)
		}
	}
	t := &figTrainer{reporter: reporter{opts.Report}, opts: opts, gold: map[string][]eval.CompareItem{}, label: map[string]func(string, string, int, int) []string{}, eventOf: map[string]string{}}
	for _, src := range opts.Sources {
		if err := t.load(ctx, src); err != nil {
			return err
		}
	}
	if len(t.events) < 2 {
		return fmt.Errorf("comparetrain: %d events scoped for figures in the gold; need 2 or more", len(t.events))
	}
	pos := 0
	for _, p := range t.pairs {
		if p.same {
			pos++
		}
	}
	t.report("%d events scoped for figures, %d candidate pairs of differing values (%d one quantity)", len(t.events), len(t.pairs), pos)
	if !opts.NoNested {
		cv, chose, err := t.nested(ctx)
		if err != nil {
			return err
		}
		t.report("nested cross-validation by event (%d events, outer leave-one-event-out, inner %d folds): disagreeing figures P %.3f R %.3f F1 %.3f (gold %d, system %d, right %d, found %d); settings chosen %v",
			len(t.events), opts.Folds, cv.FigureP(), cv.FigureR(), f1(cv), cv.DisagreeGold, cv.DisagreeSys, cv.DisagreeSysRight, cv.DisagreeFound, chose)
	}
	hand := t.handScore(t.events)
	t.report("the hand decision (compare.DefaultOptions without LearnedFigures, its settings chosen on some of these events) on all %d events: disagreeing figures P %.3f R %.3f F1 %.3f (gold %d, system %d, right %d, found %d)",
		len(t.events), hand.FigureP(), hand.FigureR(), f1(hand), hand.DisagreeGold, hand.DisagreeSys, hand.DisagreeSysRight, hand.DisagreeFound)
	best, sc := t.choose(t.events)
	t.report("chosen on all %d events: lambda %g, threshold %.2f, pool %g, veto %v: cross-validated disagreeing figures P %.3f R %.3f F1 %.3f (gold %d, system %d, right %d, found %d)",
		len(t.events), best.lambda, best.threshold, best.pool, best.veto, sc.FigureP(), sc.FigureR(), f1(sc), sc.DisagreeGold, sc.DisagreeSys, sc.DisagreeSysRight, sc.DisagreeFound)
	m := t.fit(t.events, best.lambda)
	m.Threshold, m.Pool, m.Veto = best.threshold, best.pool, best.veto
	if opts.Pairs != nil {
		fmt.Fprintf(opts.Pairs, "same\tprob\t%s\tevents\ta\tb\ta_at\tb_at\ta_context\tb_context\n", strings.Join(compare.FigureFeatures, "\t"))
		for _, p := range t.pairs {
			var xs []string
			for _, v := range p.x {
				xs = append(xs, fmt.Sprintf("%.3g", v))
			}
			fmt.Fprintf(opts.Pairs, "%v\t%.3f\t%s\t%s\t%q\t%q\t%s:%d-%d\t%s:%d-%d\t%q\t%q\n", p.same, m.Prob(p.x), strings.Join(xs, "\t"),
				strings.Join(p.events, ","), p.a.Text, p.b.Text, p.a.Article, p.a.Start, p.a.End, p.b.Article, p.b.Start, p.b.End, p.ca, p.cb)
		}
	}
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return fmt.Errorf("comparetrain: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// contextRunes is how many code points of the body on either side of a
// figure the pairs file shows.
const contextRunes = 120

// around is the figure's words with the body's words on either side.
func around(a *storyline.Article, r storyline.Report) string {
	if a == nil {
		return r.Text
	}
	body := []rune(a.Body)
	from, to := max(0, r.Start-contextRunes), min(len(body), r.End+contextRunes)
	if r.Start > len(body) || r.End > len(body) || r.Start > r.End {
		return r.Text
	}
	return string(body[from:r.Start]) + "[[" + string(body[r.Start:r.End]) + "]]" + string(body[r.End:to])
}

func f1(s eval.CompareScore) float64 {
	p, r := s.FigureP(), s.FigureR()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// load ingests one source and adds its scoped events, stories and
// labelled pairs.
func (t *figTrainer) load(ctx context.Context, src FigureSource) error {
	recs, err := eval.ReadEventGold(src.Events)
	if err != nil {
		return err
	}
	arts, stories, err := t.opts.Prepare(ctx, src.Events, recs)
	if err != nil {
		return err
	}
	texts := map[string]string{}
	for _, r := range recs {
		texts[r.ID], t.eventOf[r.ID] = r.Text, r.Cluster
	}
	scoped := map[string]bool{}
	var events []string
	for _, it := range src.Gold {
		if it.Kind == "scope" && it.Scope == "figures" && !scoped[it.Event] {
			scoped[it.Event] = true
			events = append(events, it.Event)
		}
	}
	var all []eval.CompareItem
	for _, it := range src.Gold {
		if scoped[it.Event] && (it.Kind == "figure" || it.Kind == "scope" && it.Scope == "figures") {
			t.gold[it.Event] = append(t.gold[it.Event], it)
			all = append(all, it)
		}
	}
	for _, e := range events {
		t.label[e], _ = eval.CompareGroups(t.gold[e], texts, arts)
	}
	t.events = append(t.events, events...)
	groups, _ := eval.CompareGroups(all, texts, arts)
	opt := compare.DefaultOptions()
	opt.LearnedFigures = false // the pairs and the hand decision the model learns over and is measured against
	for _, s := range stories {
		st := &figStory{s: s, events: map[string]bool{}}
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
		st.fs = compare.NewFigureSet(s, sa, opt)
		byHand := *s
		compare.StoryWith(&byHand, sa, opt)
		if byHand.Comparison != nil {
			st.hand = byHand.Comparison.Figures
		}
		t.stories = append(t.stories, st)
		for _, p := range st.fs.Pairs() {
			var evs []string
			for _, id := range []string{p.A.Article, p.B.Article} {
				if e := t.eventOf[id]; scoped[e] && (len(evs) == 0 || evs[0] != e) {
					evs = append(evs, e)
				}
			}
			if len(evs) == 0 {
				continue
			}
			ga := groups("figure", p.A.Article, p.A.Start, p.A.End)
			gb := groups("figure", p.B.Article, p.B.Start, p.B.End)
			t.pairs = append(t.pairs, figExample{x: p.X, same: shareAny(ga, gb), events: evs, a: p.A, b: p.B,
				ca: around(arts[p.A.Article], p.A), cb: around(arts[p.B.Article], p.B)})
		}
	}
	return nil
}

// fit learns the model on the pairs of the given events (every scoped
// event of a pair among them), every feature standardised, penalty lambda.
func (t *figTrainer) fit(events []string, lambda float64) *compare.FigureModel {
	in := eventSet(events)
	var ex []figExample
	for _, p := range t.pairs {
		ok := true
		for _, e := range p.events {
			ok = ok && in[e]
		}
		if ok {
			ex = append(ex, p)
		}
	}
	xs, same := make([][]float64, len(ex)), make([]bool, len(ex))
	for i, e := range ex {
		xs[i], same[i] = e.x, e.same
	}
	m := &compare.FigureModel{Standardized: fitStandardized(xs, same, t.opts.Features, compare.FigureFeatures, lambda)}
	m.Threshold = 0.5
	if err := m.Prepare(); err != nil {
		panic(err) // the trainer built it from compare.FigureFeatures
	}
	return m
}

// handScore scores the hand decision's figures (figStory.hand) over the
// events, summed as the nested figure is.
func (t *figTrainer) handScore(events []string) eval.CompareScore {
	var sum eval.CompareScore
	for _, sc := range t.scoreByEvent(events, t.stories, func(st *figStory) []storyline.Figure { return st.hand }) {
		sum = addFigureScore(sum, sc)
	}
	return sum
}

// scores groups the stories that touch the events under every threshold,
// pooling and veto with model m, and scores each event: per setting (its
// lambda left 0), per event.
func (t *figTrainer) scores(events []string, m *compare.FigureModel) map[figSetting]map[string]eval.CompareScore {
	in := eventSet(events)
	probs := map[*figStory][]float64{}
	var sts []*figStory
	for _, st := range t.stories {
		for e := range st.events {
			if in[e] {
				probs[st] = st.fs.Probs(m)
				sts = append(sts, st)
				break
			}
		}
	}
	out := map[figSetting]map[string]eval.CompareScore{}
	for _, th := range figThresholds {
		for _, pool := range pools {
			for _, veto := range vetoes {
				out[figSetting{threshold: th, pool: pool, veto: veto}] = t.scoreByEvent(events, sts, func(st *figStory) []storyline.Figure {
					figs, _ := st.fs.Group(probs[st], th, pool, veto)
					return figs
				})
			}
		}
	}
	return out
}

// scoreByEvent scores each event against the stories that touch it, each
// story compared with the figures figures gives it.
func (t *figTrainer) scoreByEvent(events []string, stories []*figStory, figures func(*figStory) []storyline.Figure) map[string]eval.CompareScore {
	in := eventSet(events)
	byEvent := map[string][]*storyline.Story{}
	for _, st := range stories {
		s := *st.s
		s.Comparison = &storyline.Comparison{Figures: figures(st)}
		for e := range st.events {
			if in[e] {
				byEvent[e] = append(byEvent[e], &s)
			}
		}
	}
	out := make(map[string]eval.CompareScore, len(events))
	for _, e := range events {
		out[e] = eval.ScoreCompareLabelled(t.gold[e], t.label[e], 0, t.eventOf, byEvent[e])
	}
	return out
}

// eventSet is the set of the events, for the trainers' folds.
func eventSet(events []string) map[string]bool {
	in := make(map[string]bool, len(events))
	for _, e := range events {
		in[e] = true
	}
	return in
}

// choose cross-validates every setting over the events (folds by event)
// and returns the best: the highest pooled F1 of disagreeing figures
// (averaged over neighbouring thresholds), then, within figureSlack of
// it, the highest precision, with its cross-validated score.
func (t *figTrainer) choose(events []string) (figSetting, eval.CompareScore) {
	fold := eval.DealFolds(events, t.opts.Folds)
	pooled := map[figSetting]eval.CompareScore{}
	for k := range t.opts.Folds {
		train, held := foldSplit(events, fold, k)
		if len(held) == 0 || len(train) == 0 {
			continue
		}
		for _, lam := range lambdas {
			for st, byEvent := range t.scores(held, t.fit(train, lam)) {
				st.lambda = lam
				for _, e := range held {
					pooled[st] = addFigureScore(pooled[st], byEvent[e])
				}
			}
		}
	}
	var order []figSetting
	for _, lam := range lambdas {
		for _, th := range figThresholds {
			for _, pool := range pools {
				for _, veto := range vetoes {
					order = append(order, figSetting{lam, th, pool, veto})
				}
			}
		}
	}
	best := pickSmoothed(order, func(st figSetting) []figSetting {
		var ns []figSetting
		for _, j := range nearIndexes(indexOf(figThresholds, st.threshold), len(figThresholds)) {
			ns = append(ns, figSetting{st.lambda, figThresholds[j], st.pool, st.veto})
		}
		return ns
	}, func(st figSetting) float64 { return f1(pooled[st]) },
		func(st figSetting) float64 { return pooled[st].FigureP() }, figureSlack)
	return best, pooled[best]
}

// nested scores each event with the model chosen and fitted on the other
// events (leave one event out; the choice itself cross-validated inside).
// It stops early when ctx is done.
func (t *figTrainer) nested(ctx context.Context) (eval.CompareScore, map[string]int, error) {
	type outcome struct {
		sc eval.CompareScore
		st figSetting
	}
	res, err := leaveOneOut(ctx, t.events, func(held string, rest []string) outcome {
		st, _ := t.choose(rest)
		sc := t.scores([]string{held}, t.fit(rest, st.lambda))
		return outcome{sc[figSetting{threshold: st.threshold, pool: st.pool, veto: st.veto}][held], st}
	})
	if err != nil {
		return eval.CompareScore{}, nil, err
	}
	var cv eval.CompareScore
	chose := map[string]int{}
	for _, r := range res {
		cv = addFigureScore(cv, r.sc)
		chose[fmt.Sprintf("%g/%.2f/%g/%v", r.st.lambda, r.st.threshold, r.st.pool, r.st.veto)]++
	}
	return cv, chose, nil
}

func addFigureScore(a, b eval.CompareScore) eval.CompareScore {
	a.DisagreeGold += b.DisagreeGold
	a.DisagreeSys += b.DisagreeSys
	a.DisagreeFound += b.DisagreeFound
	a.DisagreeSysRight += b.DisagreeSysRight
	return a
}
