package quote

import (
	"encoding/json"
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
