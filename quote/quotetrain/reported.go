package quotetrain

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"math"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/logit"
	"github.com/storyline-news/storyline/quote"
)

// ReportedArticle is one training article for the reported-speech model:
// its gold, the quotations with marks the stage found and every reading of
// its other sentences as reported speech (quote.Stage.Candidates).
type ReportedArticle struct {
	ID     string
	Text   string
	Gold   []eval.GoldQuote
	Marked []storyline.Quote
	Cands  []quote.ReportedCandidate
	// targets are the gold targets (eval.QuoteTarget), filled by labels.
	targets [][][2]int
}

const (
	// targetPrecision is the precision over all attributions the threshold
	// must keep in cross-validation: the bar (14).
	targetPrecision = 0.85
	// strictPrecision is a stricter floor the report also gives the
	// chosen model's recall at, to show what a margin over the bar costs.
	strictPrecision = 0.86
	// reportedFolds is the number of cross-validation folds, by article.
	reportedFolds = 5
)

// reportedL2s are the L2 strengths the cross-validation chooses among.
var reportedL2s = []float64{0.1, 1, 10}

// reportedConfig is one setting the cross-validation compares.
type reportedConfig struct {
	l2  float64
	all bool
}

// reportedCV is the outcome of one setting: the threshold that keeps
// precision at targetPrecision with the most recall.
type reportedCV struct {
	cfg       reportedConfig
	threshold float64
	p, r      float64
	ok        bool
}

// TrainReported learns the decision over readings of reported speech: it
// labels each reading by the benchmark's matching rule (it covers half of a
// gold attribution), fits an L2 logistic regression and regression trees
// boosted on its log-odds, and chooses the L2 strength, whether a sentence
// keeps one reading or all, the trees' setting (or none) and the
// probability threshold by cross-validation by article, so that precision over all
// attributions stays at targetPrecision with the most recall. It writes the
// model as JSON to w (the file quote embeds as reported.json). The same
// articles give the same bytes.
func TrainReported(ctx context.Context, arts []ReportedArticle, w io.Writer, opts Options) error {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	report := opts.Report
	if report == nil {
		report = io.Discard
	}
	ys := labels(arts)
	rp, rr := scoreAt(arts, alike(ruleProbs(arts)), 0.5, false)
	fmt.Fprintf(report, "all attributions, %d articles: the rule it replaces P %.3f R %.3f\n", len(arts), rp, rr)
	cp, cr := scoreAt(arts, alike(ys), 0.5, true)
	fmt.Fprintf(report, "every reading that matches gold (the ceiling): P %.3f R %.3f\n", cp, cr)
	var best reportedCV
	for _, l2 := range reportedL2s {
		if err := ctx.Err(); err != nil {
			return err
		}
		probs := outOfFold(arts, ys, l2)
		for _, all := range []bool{false, true} {
			cv := chooseThreshold(arts, probs, reportedConfig{l2, all}, log)
			note := ""
			if !cv.ok {
				note = fmt.Sprintf(" (precision %.2f never reached)", targetPrecision)
			}
			fmt.Fprintf(report, "l2 %-4g all readings %-5v %d-fold CV by article: threshold %.2f P %.3f R %.3f%s\n",
				l2, all, reportedFolds, cv.threshold, cv.p, cv.r, note)
			if cv.ok && (!best.ok || cv.r > best.r) {
				best = cv
			}
		}
	}
	if !best.ok {
		return fmt.Errorf("train reported: no threshold keeps precision %.2f in cross-validation", targetPrecision)
	}
	fmt.Fprintf(report, "chosen: l2 %g, all readings %v, threshold %.2f: CV P %.3f R %.3f\n", best.cfg.l2, best.cfg.all, best.threshold, best.p, best.r)
	// boosted trees on the chosen regression's log-odds, kept when the
	// cross-validation finds more recall at the same precision
	var boosted *boostSetting
	for _, b := range reportedBoosts {
		if err := ctx.Err(); err != nil {
			return err
		}
		probs := outOfFoldBoosted(arts, ys, best.cfg.l2, &b)
		cv := chooseThreshold(arts, probs, best.cfg, log)
		fmt.Fprintf(report, "l2 %-4g all readings %-5v %d trees of depth %d, rate %g: threshold %.2f P %.3f R %.3f\n",
			best.cfg.l2, best.cfg.all, b.trees, b.depth, b.rate, cv.threshold, cv.p, cv.r)
		if cv.ok && cv.r > best.r {
			best, boosted = cv, &b
			// for the reader: what a stricter floor would keep
			strict := chooseThresholdAt(arts, probs, best.cfg, strictPrecision, log)
			fmt.Fprintf(report, "  at precision %.2f: threshold %.2f P %.3f R %.3f\n", strictPrecision, strict.threshold, strict.p, strict.r)
		}
	}
	x, y := rows(arts, ys, func(int) bool { return true })
	m := quote.ReportedModel{
		Features: quote.ReportedFeatures, Weights: fitWeights(x, y, best.cfg.l2),
		Threshold: best.threshold, All: best.cfg.all,
		CV: map[string]float64{"l2": best.cfg.l2, "precision": round3(best.p), "recall": round3(best.r), "folds": reportedFolds},
	}
	if boosted != nil {
		m.Trees = boost(x, y, margins(m.Weights, x), baseFeatures(), *boosted)
		m.CV["trees"], m.CV["depth"], m.CV["rate"] = float64(boosted.trees), float64(boosted.depth), boosted.rate
		fmt.Fprintf(report, "chosen: %d trees of depth %d, threshold %.2f: CV P %.3f R %.3f\n", boosted.trees, boosted.depth, best.threshold, best.p, best.r)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	if err := enc.Encode(m); err != nil {
		return fmt.Errorf("train reported: write model: %w", err)
	}
	return nil
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

// labels marks each reading that covers half of a gold attribution.
func labels(arts []ReportedArticle) [][]float64 {
	ys := make([][]float64, len(arts))
	for i := range arts {
		a := &arts[i]
		body := []rune(a.Text)
		targets := make([][][2]int, len(a.Gold))
		for j, g := range a.Gold {
			targets[j] = eval.QuoteTarget(body, g)
		}
		a.targets = targets
		ys[i] = make([]float64, len(a.Cands))
		for k, c := range a.Cands {
			for _, t := range targets {
				if eval.QuoteCovers(t, c.Quote) {
					ys[i][k] = 1
					break
				}
			}
		}
	}
	return ys
}

// ruleProbs scores the readings as the rule did: 1 at a strong cue, so
// that the first of them in a sentence is kept.
func ruleProbs(arts []ReportedArticle) [][]float64 {
	out := make([][]float64, len(arts))
	for i, a := range arts {
		out[i] = make([]float64, len(a.Cands))
		for k, c := range a.Cands {
			out[i][k] = c.Features[5]
		}
	}
	return out
}

// fold assigns an article to a fold by its id, not its place in the file.
func fold(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % reportedFolds)
}

func rows(arts []ReportedArticle, ys [][]float64, keep func(int) bool) ([][]float64, []float64) {
	var x [][]float64
	var y []float64
	for i, a := range arts {
		if !keep(i) {
			continue
		}
		for k, c := range a.Cands {
			x = append(x, c.Features)
			y = append(y, ys[i][k])
		}
	}
	return x, y
}

// fitWeights fits the regression, its weights rounded as the model file
// keeps them.
func fitWeights(x [][]float64, y []float64, l2 float64) []float64 {
	w := logit.Fit(x, y, l2)
	for i := range w {
		w[i] = math.Round(w[i]*1e6) / 1e6
	}
	return w
}

// margins are the regression's log-odds of the rows x.
func margins(w []float64, x [][]float64) []float64 {
	out := make([]float64, len(x))
	for i := range x {
		out[i] = logit.Dot(w, x[i])
	}
	return out
}

// outOfFold gives every reading the probability a regression fitted on the
// other folds' articles gives it.
func outOfFold(arts []ReportedArticle, ys [][]float64, l2 float64) readingScores {
	return outOfFoldBoosted(arts, ys, l2, nil)
}

// readingScores are the scores of every reading of every article: the
// model's probability and the rank the readings of one sentence are
// compared by (quote.ReportedModel.Rank).
type readingScores struct{ prob, rank [][]float64 }

// alike ranks the readings by their probability.
func alike(probs [][]float64) readingScores { return readingScores{probs, probs} }

// outOfFoldBoosted gives every reading the probability a model fitted on
// the other folds' articles gives it: the regression, and trees boosted on
// it when b is set.
func outOfFoldBoosted(arts []ReportedArticle, ys [][]float64, l2 float64, b *boostSetting) readingScores {
	s := readingScores{make([][]float64, len(arts)), make([][]float64, len(arts))}
	for f := range reportedFolds {
		x, y := rows(arts, ys, func(i int) bool { return fold(arts[i].ID) != f })
		m := quote.ReportedModel{Weights: fitWeights(x, y, l2)}
		if b != nil {
			m.Trees = boost(x, y, margins(m.Weights, x), baseFeatures(), *b)
		}
		for i, a := range arts {
			if fold(a.ID) != f {
				continue
			}
			s.prob[i], s.rank[i] = make([]float64, len(a.Cands)), make([]float64, len(a.Cands))
			for k, c := range a.Cands {
				s.prob[i][k], s.rank[i][k] = m.Prob(c.Features), m.Rank(c.Features)
			}
		}
	}
	return s
}

// chooseThreshold scores every threshold from 0.05 to 0.95 by the
// benchmark over all attributions and keeps the one with the most recall
// at targetPrecision.
func chooseThreshold(arts []ReportedArticle, probs readingScores, cfg reportedConfig, log *slog.Logger) reportedCV {
	return chooseThresholdAt(arts, probs, cfg, targetPrecision, log)
}

// chooseThresholdAt keeps the threshold with the most recall at precision
// floor.
func chooseThresholdAt(arts []ReportedArticle, probs readingScores, cfg reportedConfig, floor float64, log *slog.Logger) reportedCV {
	best := reportedCV{cfg: cfg}
	for step := 5; step <= 95; step++ {
		t := float64(step) / 100
		p, r := scoreAt(arts, probs, t, cfg.all)
		log.Debug("train reported: curve", "l2", cfg.l2, "all", cfg.all, "threshold", t, "p", round3(p), "r", round3(r))
		if p >= floor && (!best.ok || r > best.r) {
			best = reportedCV{cfg: cfg, threshold: t, p: p, r: r, ok: true}
		}
	}
	return best
}

// scoreAt is the span-overlap precision and recall over all attributions
// when the readings at or above threshold t are kept.
func scoreAt(arts []ReportedArticle, probs readingScores, t float64, all bool) (float64, float64) {
	var s eval.QuotePRF
	for i, a := range arts {
		pred := append([]storyline.Quote(nil), a.Marked...)
		pred = append(pred, selectReadings(a.Cands, probs.prob[i], probs.rank[i], t, all)...)
		s.TP += eval.QuoteOverlapTP(a.targets, pred)
		s.Pred += len(pred)
		s.Gold += len(a.Gold)
	}
	return s.P(), s.R()
}

// selectReadings keeps, sentence by sentence, the reading with the highest
// rank when its probability is at or above t, or every reading at or above
// t when all is set: what the quote stage does with the model
// (quote.ReportedModel.decide).
func selectReadings(cs []quote.ReportedCandidate, probs, rank []float64, t float64, all bool) []storyline.Quote {
	var out []storyline.Quote
	best := -1
	flush := func() {
		if best >= 0 && probs[best] >= t {
			out = append(out, cs[best].Quote)
		}
		best = -1
	}
	for k, c := range cs {
		if k > 0 && c.Sentence != cs[k-1].Sentence {
			flush()
		}
		if all {
			if probs[k] >= t {
				out = append(out, c.Quote)
			}
		} else if best < 0 || rank[k] > rank[best] {
			best = k
		}
	}
	flush()
	return out
}
