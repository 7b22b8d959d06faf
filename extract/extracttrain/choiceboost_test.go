package extracttrain

import (
	"testing"

	"github.com/storyline-news/storyline/extract"
)

// interactionPages are choices no linear score gets all right: the text
// with feature 0 is the gold one on the three pages in four where feature 2
// is set on every text, and the text with feature 1 on the others (a
// headline source that is right only when some other source agrees). Feature
// 2 adds the same to both texts' linear scores, so it cannot tell them apart.
func interactionPages(n int) []extract.FieldExample {
	xs := make([]extract.FieldExample, n)
	for i := range xs {
		flag, gold := 1.0, 0
		if i%4 == 0 {
			flag, gold = 0, 1
		}
		xs[i] = extract.FieldExample{
			Group: "site",
			Feats: [][]float64{{1, 0, flag}, {0, 1, flag}},
			Gold:  gold,
		}
	}
	return xs
}

// TestBoostChoicesLearnsAnInteraction checks that trees boosted on the
// linear choice pick what the linear score alone cannot.
func TestBoostChoicesLearnsAnInteraction(t *testing.T) {
	xs := interactionPages(40)
	linear := extract.FieldModel{Features: 3, Weights: make([]float64, 3)}
	cfg := boostConfig{rounds: 20, depth: 2, rate: 0.3, lambda: 1, minHess: 0.1, bins: 8}
	m := linear
	m.Trees = boostChoices(xs, linear.Weights, cfg)
	for i, x := range xs {
		if !m.Correct(x) {
			t.Errorf("page %d: the boosted choice misses the gold text", i)
		}
	}
}

// TestBoostChoicesSkipsUnreachablePages checks that pages whose gold is
// among no text add no rows: with only such pages there are no trees.
func TestBoostChoicesSkipsUnreachablePages(t *testing.T) {
	xs := interactionPages(4)
	for i := range xs {
		xs[i].Gold = -1
	}
	if trees := boostChoices(xs, make([]float64, 3), choiceBoost); trees != nil {
		t.Errorf("got %d trees from pages without a reachable gold", len(trees))
	}
	if trees := boostChoices(interactionPages(4), make([]float64, 3), linearOnly); trees != nil {
		t.Errorf("got %d trees from no rounds", len(trees))
	}
}
