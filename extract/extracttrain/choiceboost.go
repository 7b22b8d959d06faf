package extracttrain

import (
	"math"

	"github.com/storyline-news/storyline/extract"
)

// choiceBoost sizes the trees boosted on a field's linear choice: picked
// from a range tried by 5-fold cross-validation by site on the HTML
// headline (exact, from 0.819 for the linear score alone): 20 rounds of
// depth 2 0.826, 50 of depth 2 0.838, 50 of depth 3 0.843, 100 of depth 2
// 0.843, 100 of depth 3 at rate 0.05 0.845, 200 of depth 2 at rate 0.05
// 0.845. Any size from 50 rounds gains about as much, so the pick of the
// middle one on the same folds flatters the headline's figure little. On
// the HTML byline every size stayed within a page of the linear score.
var choiceBoost = boostConfig{rounds: 100, depth: 2, rate: 0.1, lambda: 1, minHess: 1, bins: 32}

// linearOnly is the size of no trees: the linear choice alone.
var linearOnly = boostConfig{}

// boostChoices grows trees on top of the linear weights w by gradient
// boosting on the loss of the conditional logit: a softmax over each
// page's texts, whose gradient for a text is its probability less 1 for
// the gold one. Pages whose gold is among no text teach nothing; with no
// rounds there are no trees.
func boostChoices(xs []extract.FieldExample, w []float64, cfg boostConfig) []extract.Tree {
	if cfg.rounds == 0 {
		return nil
	}
	var rows [][]float64
	var gold []bool
	var pages [][2]int // each page's rows, [from, to)
	for _, x := range xs {
		if x.Gold < 0 {
			continue
		}
		from := len(rows)
		for i, f := range x.Feats {
			rows = append(rows, f)
			gold = append(gold, i == x.Gold)
		}
		pages = append(pages, [2]int{from, len(rows)})
	}
	return boostRows(rows, gold, pages, extract.FieldModel{Features: len(w), Weights: w}, cfg)
}

// boostRows grows cfg.rounds trees on top of model m's scores of rows,
// each page's rows (pages: [from, to)) one choice whose right rows gold
// marks, on the gradients of multiGoldGradients.
func boostRows(rows [][]float64, gold []bool, pages [][2]int, m extract.FieldModel, cfg boostConfig) []extract.Tree {
	if len(rows) == 0 {
		return nil
	}
	margin := make([]float64, len(rows))
	for i, f := range rows {
		margin[i] = m.Score(f)
	}
	binned := binRows(rows, m.Features, cfg.bins)
	g, h := make([]float64, len(rows)), make([]float64, len(rows))
	var trees []extract.Tree
	for range cfg.rounds {
		for _, p := range pages {
			multiGoldGradients(margin[p[0]:p[1]], gold[p[0]:p[1]], g[p[0]:p[1]], h[p[0]:p[1]])
		}
		t := growTree(binned, g, h, cfg)
		for i, f := range rows {
			margin[i] += t.Value(f)
		}
		trees = append(trees, t)
	}
	return trees
}

// multiGoldGradients writes the gradient and the diagonal of the hessian
// of one choice's loss, -log of the summed probability of its right
// candidates: a candidate's probability less its share of the right ones'
// (with one right candidate, the softmax's: its probability less 1).
func multiGoldGradients(margin []float64, gold []bool, g, h []float64) {
	top := math.Inf(-1)
	for _, v := range margin {
		top = math.Max(top, v)
	}
	z, zg := 0.0, 0.0
	for i, v := range margin {
		e := math.Exp(v - top)
		z += e
		if gold[i] {
			zg += e
		}
	}
	for i, v := range margin {
		e := math.Exp(v - top)
		p, q := e/z, 0.0
		if gold[i] {
			q = e / zg
		}
		g[i], h[i] = p-q, math.Max(p*(1-p), 1e-6)
	}
}
