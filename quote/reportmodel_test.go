package quote

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/storyline-news/storyline"
)

// readings makes readings of one sentence whose only non-zero feature is
// the bias and "strong" (1 when strong[i]), with the probabilities a model
// of weights w0 (bias) and w5 (strong) gives them.
func readings(strong ...bool) []reportedCand {
	out := make([]reportedCand, len(strong))
	for i, s := range strong {
		x := make([]float64, len(ReportedFeatures))
		x[0], x[5] = 1, indicator(s)
		out[i] = reportedCand{q: storyline.Quote{Start: i}, x: x}
	}
	return out
}

func TestReportedDecide(t *testing.T) {
	weights := make([]float64, len(ReportedFeatures))
	weights[0], weights[5] = -1, 3 // p = 0.27 without "strong", 0.88 with
	// trees on "strong": +5 to a reading without it, or -3 to one with it
	favourWeak := ReportedTree{Feature: []int{5, 0, 0}, Below: []float64{0.5, 0, 0}, Left: []int{1, 0, 0}, Right: []int{2, 0, 0}, Value: []float64{0, 5, 0}}
	sinkStrong := ReportedTree{Feature: []int{5, 0, 0}, Below: []float64{0.5, 0, 0}, Left: []int{1, 0, 0}, Right: []int{2, 0, 0}, Value: []float64{0, 0, -3}}
	tests := []struct {
		name  string
		model *ReportedModel
		cands []reportedCand
		want  []int // Start of the kept readings
	}{
		{"no model: the first strong reading", nil, readings(false, true, true), []int{1}},
		{"no model: none strong", nil, readings(false, false), nil},
		{"best above the threshold", &ReportedModel{Weights: weights, Threshold: 0.5}, readings(false, true, true), []int{1}},
		{"nothing above the threshold", &ReportedModel{Weights: weights, Threshold: 0.9}, readings(true), nil},
		{"all above the threshold", &ReportedModel{Weights: weights, Threshold: 0.5, All: true}, readings(true, false, true), []int{0, 2}},
		{"a low threshold keeps one reading", &ReportedModel{Weights: weights, Threshold: 0.1}, readings(false, false), []int{0}},
		// the trees make the first reading the more probable; the regression
		// ranks the second first, which is kept as it is probable enough
		{"the best-ranked reading, not the most probable", &ReportedModel{Weights: weights, Threshold: 0.5, Trees: []ReportedTree{favourWeak}}, readings(false, true), []int{1}},
		{"the best-ranked reading is not probable enough", &ReportedModel{Weights: weights, Threshold: 0.5, Trees: []ReportedTree{sinkStrong}}, readings(false, true), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.model.decide(tc.cands)
			if len(got) != len(tc.want) {
				t.Fatalf("kept %d readings, want %v", len(got), tc.want)
			}
			for i, c := range got {
				if c.q.Start != tc.want[i] {
					t.Errorf("reading %d is %d, want %d", i, c.q.Start, tc.want[i])
				}
			}
		})
	}
}

func TestReadReportedModel(t *testing.T) {
	good, _ := json.Marshal(ReportedModel{Features: ReportedFeatures, Weights: make([]float64, len(ReportedFeatures)), Threshold: 0.5})
	short, _ := json.Marshal(ReportedModel{Features: ReportedFeatures[:3], Weights: make([]float64, 3)})
	withTree := func(t ReportedTree) string {
		b, _ := json.Marshal(ReportedModel{Features: ReportedFeatures, Weights: make([]float64, len(ReportedFeatures)), Trees: []ReportedTree{t}})
		return string(b)
	}
	stump := ReportedTree{Feature: []int{5, 0, 0}, Below: []float64{0.5, 0, 0}, Left: []int{1, 0, 0}, Right: []int{2, 0, 0}, Value: []float64{0, -1, 1}}
	cycle := ReportedTree{Feature: []int{5, 0}, Below: []float64{0.5, 0}, Left: []int{1, 0}, Right: []int{0, 0}, Value: []float64{0, 1}}
	far := ReportedTree{Feature: []int{len(ReportedFeatures), 0, 0}, Below: []float64{0.5, 0, 0}, Left: []int{1, 0, 0}, Right: []int{2, 0, 0}, Value: []float64{0, -1, 1}}
	ragged := ReportedTree{Feature: []int{5, 0, 0}, Below: []float64{0.5}, Left: []int{1, 0, 0}, Right: []int{2, 0, 0}, Value: []float64{0, -1, 1}}
	tests := []struct {
		name    string
		data    string
		wantNil bool
		wantErr bool
	}{
		{"a model", string(good), false, false},
		{"no model keeps the rule", "null\n", true, false},
		{"other features", string(short), false, true},
		{"not JSON", "{", false, true},
		{"a tree", withTree(stump), false, false},
		{"a tree whose child comes before it", withTree(cycle), false, true},
		{"a tree on a feature it does not have", withTree(far), false, true},
		{"a tree of ragged arrays", withTree(ragged), false, true},
		{"an empty tree", withTree(ReportedTree{}), false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ReadReportedModel([]byte(tc.data))
			if (err != nil) != tc.wantErr || !tc.wantErr && (m == nil) != tc.wantNil {
				t.Errorf("got %v, %v; want nil %v, error %v", m, err, tc.wantNil, tc.wantErr)
			}
		})
	}
}

// TestReportedTrees checks that boosted trees add to the regression's
// log-odds by the leaf each reading falls in.
func TestReportedTrees(t *testing.T) {
	w := make([]float64, len(ReportedFeatures))
	w[0] = -1
	// feature 5 below 0.5: leaf 1 (-1); else feature 1 below 0.3: leaf 3
	// (+1), else leaf 4 (+3)
	tree := ReportedTree{
		Feature: []int{5, 0, 1, 0, 0}, Below: []float64{0.5, 0, 0.3, 0, 0},
		Left: []int{1, 0, 3, 0, 0}, Right: []int{2, 0, 4, 0, 0}, Value: []float64{0, -1, 0, 1, 3},
	}
	m := &ReportedModel{Weights: w, Trees: []ReportedTree{tree, tree}}
	tests := []struct {
		name          string
		strong, share float64
		wantLogOdds   float64
	}{
		{"left leaf", 0, 0.9, -1 - 2},
		{"right then left", 1, 0.1, -1 + 2},
		{"right then right", 1, 0.5, -1 + 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := make([]float64, len(ReportedFeatures))
			x[0], x[1], x[5] = 1, tc.share, tc.strong
			want := 1 / (1 + math.Exp(-tc.wantLogOdds))
			if got := m.Prob(x); math.Abs(got-want) > 1e-12 {
				t.Errorf("p = %v, want %v", got, want)
			}
		})
	}
}

// TestEmbeddedReportedModel checks that the shipped model keeps a plain
// report and leaves a negated one.
func TestEmbeddedReportedModel(t *testing.T) {
	s := newStage(t)
	if s.Reported == nil {
		t.Fatal("the build embeds no reported-speech model")
	}
	tests := []struct {
		body string
		want int
	}{
		{"The Justice Department opened an inquiry. The department said that it had found thousands of cases of fraud in the state.", 1},
		{"Justice Department officials would not say whether they had found any cases of fraud in the state.", 0},
	}
	for _, tc := range tests {
		got := quotesOf(t, s, docWith(tc.body, "ORG:Justice Department"))
		if len(got) != tc.want {
			t.Errorf("%q: %d quotes, want %d: %+v", tc.body, len(got), tc.want, got)
		}
	}
}

// TestSentenceFeatures checks the features that compare a reading with the
// other readings of its sentence: the inner and the outer of a nested
// report, and the margin of its cue's share over the others'.
func TestSentenceFeatures(t *testing.T) {
	inside, holds, margin := slices.Index(ReportedFeatures, "inside_other"), slices.Index(ReportedFeatures, "holds_other"), slices.Index(ReportedFeatures, "share_margin")
	tests := []struct {
		name          string
		body          string
		names         []string
		cue           string
		inside, holds bool
		marginAbove   bool // the share margin is positive
	}{
		{"the outer of a nested report", "Donald Trump said Hillary Clinton claimed the bridge would reopen soon.", []string{"Donald Trump", "Hillary Clinton"}, "said", false, true, true},
		{"the inner of a nested report", "Donald Trump said Hillary Clinton claimed the bridge would reopen soon.", []string{"Donald Trump", "Hillary Clinton"}, "claimed", true, false, false},
		{"a reading alone in its sentence", "Donald Trump said the bridge would reopen soon.", []string{"Donald Trump"}, "said", false, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var x []float64
			for _, c := range readingsOf(t, tc.body, tc.names...) {
				if c.q.Cue == tc.cue {
					x = c.x
				}
			}
			if x == nil {
				t.Fatalf("no reading at %q", tc.cue)
			}
			if len(x) != len(ReportedFeatures) {
				t.Fatalf("%d features, want %d", len(x), len(ReportedFeatures))
			}
			if got := x[inside] == 1; got != tc.inside {
				t.Errorf("inside_other %v, want %v", got, tc.inside)
			}
			if got := x[holds] == 1; got != tc.holds {
				t.Errorf("holds_other %v, want %v", got, tc.holds)
			}
			if got := x[margin] > 0; got != tc.marginAbove {
				t.Errorf("share_margin %.3f, want above 0: %v", x[margin], tc.marginAbove)
			}
		})
	}
}

func TestFiniteIn(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{"the deal was dead", true},
		{"it wouldn't pass", true},
		{"he voted against it", true},
		{"the deal", false},
		{"brunch and mimosas with Glamour", false},
	}
	for _, tc := range tests {
		t.Run(tc.body, func(t *testing.T) {
			d := docWith(tc.body)
			r, _ := newStage(t).marked(d)
			if got := r.finiteIn(0, len(r.toks)); got != tc.want {
				t.Errorf("finiteIn(%q) = %v, want %v", tc.body, got, tc.want)
			}
		})
	}
}

// TestFlatTreesAreTrees holds Prob over the laid-out trees to Prob over
// the trees as read, node by node (ReportedTree.Eval), to the bit: on
// features at random, at the trees' own split values, and NaN.
func TestFlatTreesAreTrees(t *testing.T) {
	m, err := ReadReportedModel(embeddedReported)
	if err != nil || m == nil || len(m.Trees) == 0 {
		t.Skipf("no embedded model with trees (%v)", err)
	}
	walk := *m
	walk.nodes, walk.roots = nil, nil
	rng := rand.New(rand.NewPCG(5, 6))
	var splits []float64
	for _, tr := range m.Trees {
		splits = append(splits, tr.Below...)
	}
	x := make([]float64, len(ReportedFeatures))
	for k := range 3000 {
		for i := range x {
			switch {
			case k%3 == 0:
				x[i] = rng.Float64()*4 - 1
			case k%3 == 1:
				x[i] = splits[rng.IntN(len(splits))]
			default:
				x[i] = []float64{0, 1, math.NaN(), -1}[rng.IntN(4)]
			}
		}
		if got, want := m.Prob(x), walk.Prob(x); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("vector %d: Prob %v over the laid-out trees, %v over the trees", k, got, want)
		}
	}
}

// BenchmarkProb times the embedded model's probability of readings with
// features at random.
func BenchmarkProb(b *testing.B) {
	m, err := ReadReportedModel(embeddedReported)
	if err != nil || m == nil {
		b.Skipf("no embedded model (%v)", err)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	xs := make([][]float64, 64)
	for i := range xs {
		xs[i] = make([]float64, len(ReportedFeatures))
		for k := range xs[i] {
			xs[i][k] = []float64{0, 1, rng.Float64()}[rng.IntN(3)]
		}
	}
	for b.Loop() {
		for _, x := range xs {
			m.Prob(x)
		}
	}
}
