package extracttrain

import (
	"encoding/json"
	"fmt"
	"io"
	"math"

	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/logit"
)

// The byline of a text dump is a choice among candidate names and "none"
// (the last row of each example). A page whose gold author is among no
// candidate teaches nothing about which candidate is right; whether it
// teaches "none" (any name chosen there is wrong) is chosen by CV.
const (
	// textBylineL2 was chosen by 5-fold cross-validation by site over 0,
	// 0.001 and 0.01 (train textbyline prints all three; 0.1 fell to exact
	// 0.216).
	textBylineL2 = 0.001
	// textBylineRounds and textBylineRate: Adam steps on the full batch; the
	// candidates are many and sparse, and plain gradient descent at the
	// HTML fields' rate underfits them (training-fold exact 0.37 after 1500
	// rounds, against 0.76 reachable).
	textBylineRounds = 300
	textBylineRate   = 0.05
	// unreachableAsNone: whether a page whose gold author no candidate
	// matches is labelled "none" for training. CV by site prefers leaving
	// it out (train textbyline prints both).
	unreachableAsNone = false
)

// The choice is linear: trees boosted over it as for the HTML headline
// (choiceBoost; tried with 50 and 100 rounds of depth 2, 100 of depth 3,
// 200 of depth 3 at rate 0.05, the choice made by FieldModel.Score) moved
// the exact figure cross-validated by site from 0.416 to 0.400-0.424 at
// the embedded margin and from 0.445 to 0.437-0.453 at margin 0, with as
// many wrong names or more: what the linear choice misses is not an
// interaction of these features but how each site marks its author.

// bylineScores are a choice's figures on the pages with a gold author (as
// eval extraction's M4 reads them) and how many pages without one got a name.
type bylineScores struct {
	eval.FieldScores
	falseNames, noGold int
	wrongNames         int // names given to pages with an author that are not it
}

func (s bylineScores) String() string {
	return fmt.Sprintf("exact %.3f norm %.3f tokenF1 %.3f (%d pages with an author, %d wrong names); a name on %d of %d pages without one",
		s.Exact, s.Norm, s.TokenF1, s.N, s.wrongNames, s.falseNames, s.noGold)
}

func scoreBylines(m extract.FieldModel, xs []extract.FieldExample) bylineScores {
	return scoreBylinesAt(m, xs, extract.TextBylineMargin)
}

func scoreBylinesAt(m extract.FieldModel, xs []extract.FieldExample, margin float64) bylineScores {
	var pairs []eval.FieldPair
	var s bylineScores
	for _, x := range xs {
		pred := x.Texts[extract.ChooseTextByline(m.Weights, x.Feats, margin)]
		if x.GoldText == "" {
			s.noGold++
			if pred != "" {
				s.falseNames++
			}
			continue
		}
		if pred != "" && pred != x.GoldText {
			s.wrongNames++
		}
		pairs = append(pairs, eval.FieldPair{Gold: x.GoldText, Pred: pred})
	}
	s.FieldScores = eval.ScoreFields(pairs)
	return s
}

// predict is the row the model chooses with the embedded margin.
func predict(m extract.FieldModel, x extract.FieldExample) int {
	return extract.ChooseTextByline(m.Weights, x.Feats, extract.TextBylineMargin)
}

// fitTextByline fits the byline choice on xs.
func fitTextByline(xs []extract.FieldExample, l2 float64, asNone bool) extract.FieldModel {
	sets := make([]logit.Choice, len(xs))
	for i, x := range xs {
		gold := x.Gold
		if gold < 0 && asNone {
			gold = len(x.Feats) - 1
		}
		sets[i] = choice(x.Feats, gold)
	}
	w := logit.FitChoicesAdam(sets, extract.FieldTextByline.Features(), l2, textBylineRounds, textBylineRate)
	return extract.FieldModel{Features: len(w), Weights: w}
}

// crossValidateTextByline scores each fold's held-out sites with the model
// fitted on the other sites, and the training folds with it too, each
// choice made with the given margin over "none".
func crossValidateTextByline(xs []extract.FieldExample, l2 float64, asNone bool, margin float64) (held, trained bylineScores) {
	var preds, trainPreds []extract.FieldExample
	for k := range fieldFolds {
		train, test := splitFold(xs, k, func(x extract.FieldExample) string { return x.Group })
		m := fitTextByline(train, l2, asNone)
		choose := func(x extract.FieldExample) extract.FieldExample {
			return fixed(x, extract.ChooseTextByline(m.Weights, x.Feats, margin))
		}
		for _, x := range test {
			preds = append(preds, choose(x))
		}
		for _, x := range train {
			trainPreds = append(trainPreds, choose(x))
		}
	}
	return scoreBylinesAt(oneHot, preds, 0), scoreBylinesAt(oneHot, trainPreds, 0)
}

// oneHot scores the single feature fixed leaves: the row predicted.
var oneHot = extract.FieldModel{Features: 1, Weights: []float64{1}}

// fixed is x with its rows reduced to one feature that marks row i.
func fixed(x extract.FieldExample, i int) extract.FieldExample {
	y := x
	y.Feats = make([][]float64, len(x.Feats))
	for j := range y.Feats {
		y.Feats[j] = []float64{0}
	}
	y.Feats[i][0] = 1
	return y
}

// trainTextByline reports the choice cross-validated by site (with the
// embedded margin over "none", and the curve over margins) and writes
// the model fitted on all pages.
func trainTextByline(xs []extract.FieldExample, w io.Writer, r io.Writer) error {
	if r != nil {
		reachable, authored := 0, 0
		for _, x := range xs {
			if x.GoldText != "" {
				authored++
				if x.Gold >= 0 {
					reachable++
				}
			}
		}
		fmt.Fprintf(r, "%d pages with an author field, %d naming one; the gold is among the candidates of %d (%.3f)\n",
			len(xs), authored, reachable, float64(reachable)/float64(max(authored, 1)))
		fmt.Fprintf(r, "the hand-set prior: %v\n", scoreBylines(extract.FieldTextByline.Prior(), xs))
		for _, asNone := range []bool{false, true} {
			for _, l2 := range []float64{0, textBylineL2, 0.01} {
				held, trained := crossValidateTextByline(xs, l2, asNone, extract.TextBylineMargin)
				fmt.Fprintf(r, "unreachable as none %-5v l2 %-5g %d-fold CV by site: %v\n", asNone, l2, fieldFolds, held)
				fmt.Fprintf(r, "%37s on the training folds: %v\n", "", trained)
			}
		}
		for _, margin := range []float64{0, 0.5, 1, 1.5} {
			held, _ := crossValidateTextByline(xs, textBylineL2, unreachableAsNone, margin)
			right := int(math.Round(held.Exact * float64(held.N)))
			fmt.Fprintf(r, "margin over none %-3g %d-fold CV by site: %d right, %d wrong names: %v\n", margin, fieldFolds, right, held.wrongNames+held.falseNames, held)
		}
	}
	model := fitTextByline(xs, textBylineL2, unreachableAsNone)
	if r != nil {
		fmt.Fprintf(r, "fitted on all pages (l2 %g): %v on the same pages\n", textBylineL2, scoreBylines(model, xs))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(model)
}
