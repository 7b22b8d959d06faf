package clustertrain

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/cluster"
)

// TestFit checks that the fitted model orders examples as their label does
// and that the same examples give the same model.
func TestFit(t *testing.T) {
	text := 0 // index of FeatText in cluster.JoinFeatures
	var ex []cluster.Example
	for i := 0; i < 200; i++ {
		x := make([]float64, len(cluster.JoinFeatures))
		x[text] = float64(i%20) / 20
		// Overlapping classes: above 0.5 mostly the same event.
		same := x[text] > 0.5 != (i%7 == 0)
		ex = append(ex, cluster.Example{X: x, Same: same})
	}
	m := fit(ex, []int{text}, lambda)
	if err := m.Prepare(); err != nil {
		t.Fatal(err)
	}
	if m.Weights[0] <= 0 {
		t.Fatalf("weight of text %v, want > 0", m.Weights[0])
	}
	for _, tc := range []struct {
		lo, hi float64
	}{{0.1, 0.9}, {0.3, 0.6}, {0.0, 0.55}} {
		xl := make([]float64, len(cluster.JoinFeatures))
		xh := make([]float64, len(cluster.JoinFeatures))
		xl[text], xh[text] = tc.lo, tc.hi
		if pl, ph := m.Prob(xl), m.Prob(xh); !(pl < ph) {
			t.Errorf("P(%v)=%v not below P(%v)=%v", tc.lo, pl, tc.hi, ph)
		}
	}
	again := fit(ex, []int{text}, lambda)
	if again.Weights[0] != m.Weights[0] || again.Bias != m.Bias {
		t.Errorf("fit not deterministic: %v %v vs %v %v", m.Weights, m.Bias, again.Weights, again.Bias)
	}
}

// TestAssignFolds checks that the sister events of an ECB+ topic share a
// fold, that BASIL events are dealt one by one, and that every fold is used.
func TestAssignFolds(t *testing.T) {
	labels := map[string]string{}
	for _, ev := range []string{"1_ecb", "1_ecbplus", "2_ecb", "2_ecbplus", "3_ecb", "3_ecbplus", "4_ecb", "4_ecbplus",
		"basil-a", "basil-b", "basil-c", "basil-d", "basil-e", "basil-f"} {
		labels["doc-"+ev] = ev
	}
	fold := assignFolds(labels, 3)
	for _, tp := range []string{"1", "2", "3", "4"} {
		if fold[tp+"_ecb"] != fold[tp+"_ecbplus"] {
			t.Errorf("topic %s split over folds %d and %d", tp, fold[tp+"_ecb"], fold[tp+"_ecbplus"])
		}
	}
	used := map[int]bool{}
	for _, f := range fold {
		used[f] = true
	}
	if len(used) != 3 {
		t.Errorf("folds used %v, want 3", used)
	}
}

// TestInterleave checks that distractors are spread evenly between the
// events' articles, every item kept once and each list in its own order.
func TestInterleave(t *testing.T) {
	docs := func(prefix string, n int) []*storyline.Doc {
		var out []*storyline.Doc
		for i := range n {
			out = append(out, &storyline.Doc{Article: &storyline.Article{ID: fmt.Sprintf("%s%d", prefix, i)}})
		}
		return out
	}
	for _, tc := range []struct {
		a, b int
		want string
	}{
		{2, 2, "a0 b0 a1 b1"},
		{1, 3, "b0 a0 b1 b2"},
		{3, 1, "a0 a1 b0 a2"},
		{4, 2, "a0 b0 a1 a2 b1 a3"},
		{0, 2, "b0 b1"},
		{2, 0, "a0 a1"},
	} {
		var ids []string
		for _, d := range interleave(docs("a", tc.a), docs("b", tc.b)) {
			ids = append(ids, d.Article.ID)
		}
		if got := strings.Join(ids, " "); got != tc.want {
			t.Errorf("interleave(%d, %d) = %s, want %s", tc.a, tc.b, got, tc.want)
		}
	}
}
