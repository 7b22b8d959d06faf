package quote

import (
	"encoding/json"
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
