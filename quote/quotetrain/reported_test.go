package quotetrain

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/quote"
)

func TestSelectReadings(t *testing.T) {
	cs := []quote.ReportedCandidate{
		{Sentence: 0, Quote: storyline.Quote{Start: 0}}, {Sentence: 0, Quote: storyline.Quote{Start: 1}},
		{Sentence: 1, Quote: storyline.Quote{Start: 2}}, {Sentence: 2, Quote: storyline.Quote{Start: 3}},
	}
	probs := []float64{0.6, 0.8, 0.4, 0.9}
	tests := []struct {
		name string
		t    float64
		all  bool
		want []int
	}{
		{"the best of each sentence", 0.5, false, []int{1, 3}},
		{"every reading above", 0.5, true, []int{0, 1, 3}},
		{"a high threshold", 0.85, false, []int{3}},
		{"a low threshold", 0.1, false, []int{1, 2, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := selectReadings(cs, probs, probs, tc.t, tc.all)
			var starts []int
			for _, q := range got {
				starts = append(starts, q.Start)
			}
			if fmt.Sprint(starts) != fmt.Sprint(tc.want) {
				t.Errorf("kept %v, want %v", starts, tc.want)
			}
		})
	}
}

// TestSelectReadingsByRank checks that a sentence keeps its best-ranked
// reading, and only when that reading is probable enough, whatever the
// probability of the others.
func TestSelectReadingsByRank(t *testing.T) {
	cs := []quote.ReportedCandidate{{Sentence: 0, Quote: storyline.Quote{Start: 0}}, {Sentence: 0, Quote: storyline.Quote{Start: 1}}}
	probs, rank := []float64{0.9, 0.6}, []float64{-1, 2}
	tests := []struct {
		t    float64
		want []int
	}{{0.5, []int{1}}, {0.7, nil}}
	for _, tc := range tests {
		var starts []int
		for _, q := range selectReadings(cs, probs, rank, tc.t, false) {
			starts = append(starts, q.Start)
		}
		if fmt.Sprint(starts) != fmt.Sprint(tc.want) {
			t.Errorf("threshold %.1f: kept %v, want %v", tc.t, starts, tc.want)
		}
	}
}

// TestTrainReported trains on articles made up for the test: readings
// with feature 1 set cover a gold attribution, the others do not, so the
// model must keep the first kind and reach the precision bar.
func TestTrainReported(t *testing.T) {
	var arts []ReportedArticle
	for i := range 60 {
		a := ReportedArticle{ID: fmt.Sprintf("doc%d", i), Text: string(bytes.Repeat([]byte("x"), 400))}
		for s := range 4 {
			start := s * 100
			good := (i+s)%3 != 0
			x := make([]float64, len(quote.ReportedFeatures))
			x[0], x[1] = 1, indicatorOf(good)
			if good {
				a.Gold = append(a.Gold, eval.GoldQuote{Spans: [][2]int{{start, start + 50}}, Start: start, End: start + 50, Kind: "indirect"})
			}
			a.Cands = append(a.Cands, quote.ReportedCandidate{Sentence: s, Quote: storyline.Quote{Start: start, End: start + 50, Kind: storyline.QuoteIndirect}, Features: x})
		}
		arts = append(arts, a)
	}
	var buf bytes.Buffer
	if err := TrainReported(context.Background(), arts, &buf, Options{}); err != nil {
		t.Fatal(err)
	}
	m, err := quote.ReadReportedModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if m.CV["precision"] < targetPrecision || m.CV["recall"] < 0.99 {
		t.Errorf("cv = %v, want every attribution found at precision %.2f", m.CV, targetPrecision)
	}
	keep, drop := arts[0].Cands[1].Features, arts[0].Cands[0].Features
	if m.Prob(keep) < m.Threshold || m.Prob(drop) >= m.Threshold {
		t.Errorf("p(keep) = %.3f, p(drop) = %.3f, threshold %.2f", m.Prob(keep), m.Prob(drop), m.Threshold)
	}
}

func indicatorOf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
