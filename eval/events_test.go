package eval

import (
	"math"
	"testing"
)

func TestScoreClusters(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred map[string]string
		want       ClusterScores
	}{
		{
			name: "perfect",
			gold: map[string]string{"a": "1", "b": "1", "c": "2"},
			pred: map[string]string{"a": "x", "b": "x", "c": "y"},
			want: ClusterScores{Items: 3, GoldClusters: 2, PredClusters: 2, PairP: 1, PairR: 1, PairF1: 1, BCubedP: 1, BCubedR: 1, BCubedF1: 1},
		},
		{
			// One cluster: 1 of 3 predicted pairs right; BCubed P = (2/3+2/3+1/3)/3.
			name: "all in one",
			gold: map[string]string{"a": "1", "b": "1", "c": "2"},
			pred: map[string]string{"a": "x", "b": "x", "c": "x"},
			want: ClusterScores{Items: 3, GoldClusters: 2, PredClusters: 1, PairP: 1.0 / 3, PairR: 1, PairF1: 0.5,
				BCubedP: 5.0 / 9, BCubedR: 1, BCubedF1: 2 * (5.0 / 9) / (5.0/9 + 1)},
		},
		{
			// Missing and empty predictions are singletons: no predicted pairs.
			name: "missing are singletons",
			gold: map[string]string{"a": "1", "b": "1"},
			pred: map[string]string{"a": ""},
			want: ClusterScores{Items: 2, GoldClusters: 1, PredClusters: 2, BCubedP: 1, BCubedR: 0.5, BCubedF1: 2 * 0.5 / 1.5},
		},
		{
			// Gold {a,b,c,d}; predicted {a,b} {c,d}: 2 of 6 gold pairs.
			name: "split",
			gold: map[string]string{"a": "1", "b": "1", "c": "1", "d": "1"},
			pred: map[string]string{"a": "x", "b": "x", "c": "y", "d": "y"},
			want: ClusterScores{Items: 4, GoldClusters: 1, PredClusters: 2, PairP: 1, PairR: 1.0 / 3, PairF1: 0.5,
				BCubedP: 1, BCubedR: 0.5, BCubedF1: 2 * 0.5 / 1.5},
		},
	}
	for _, tt := range tests {
		got := ScoreClusters(tt.gold, tt.pred)
		if got.Items != tt.want.Items || got.GoldClusters != tt.want.GoldClusters || got.PredClusters != tt.want.PredClusters {
			t.Errorf("%s: counts %+v, want %+v", tt.name, got, tt.want)
		}
		for _, c := range []struct {
			name      string
			got, want float64
		}{
			{"PairP", got.PairP, tt.want.PairP}, {"PairR", got.PairR, tt.want.PairR}, {"PairF1", got.PairF1, tt.want.PairF1},
			{"BCubedP", got.BCubedP, tt.want.BCubedP}, {"BCubedR", got.BCubedR, tt.want.BCubedR}, {"BCubedF1", got.BCubedF1, tt.want.BCubedF1},
		} {
			if math.Abs(c.got-c.want) > 1e-9 {
				t.Errorf("%s: %s = %.4f, want %.4f", tt.name, c.name, c.got, c.want)
			}
		}
	}
}
